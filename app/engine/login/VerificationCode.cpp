#include "login/VerificationCode.h"

namespace VerificationCode {

QString normalize(const QString &typed)
{
    QString digits;
    for (const QChar c : typed)
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    return digits;
}

bool isPlausible(const QString &digits)
{
    return digits.size() >= kMinDigits && digits.size() <= kMaxDigits;
}

bool isComplete(const QString &digits)
{
    return digits.size() == kFanslyDigits;
}

} // namespace VerificationCode
