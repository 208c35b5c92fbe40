// What people type or paste as a verification code: VerificationCode::normalize and the
// checks the session, the code field and the CLI prompt make on its result.

#include "FuzzCheck.h"
#include "login/VerificationCode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // Byte 0 picks how the rest is read: UTF-8 (a terminal, a paste) or raw UTF-16, which
    // reaches every QChar, lone surrogates included.
    const QByteArray bytes = fuzzBytes(data + 1, size - 1);
    const QString typed = data[0] & 1
        ? QString(reinterpret_cast<const QChar *>(bytes.constData()), bytes.size() / 2)
        : QString::fromUtf8(bytes);

    const QString code = VerificationCode::normalize(typed);
    // Only ASCII digits come out, never more characters than went in, and the ASCII digits
    // typed keep their order.
    FUZZ_CHECK(code.size() <= typed.size());
    for (const QChar c : code)
        FUZZ_CHECK(c >= u'0' && c <= u'9');
    QString asciiTyped;
    for (const QChar c : typed)
        if (c >= u'0' && c <= u'9')
            asciiTyped.append(c);
    if (asciiTyped.size() == code.size())
        FUZZ_CHECK(asciiTyped == code);
    // Normalising twice changes nothing; the same text always gives the same code.
    FUZZ_CHECK(VerificationCode::normalize(code) == code);
    FUZZ_CHECK(VerificationCode::normalize(typed) == code);

    // Accepted means digits only, of the right length; a whole code is always acceptable.
    const bool plausible = VerificationCode::isPlausible(code);
    FUZZ_CHECK(plausible
               == (code.size() >= VerificationCode::kMinDigits
                   && code.size() <= VerificationCode::kMaxDigits));
    FUZZ_CHECK(VerificationCode::isComplete(code)
               == (code.size() == VerificationCode::kFanslyDigits));
    if (VerificationCode::isComplete(code))
        FUZZ_CHECK(plausible);
    return 0;
}
