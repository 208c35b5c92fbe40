// The status object (poll and submit-code replies): ApiParse::authStatus on any bytes a
// server can send, read as the API client reads them.

#include "FuzzCheck.h"
#include "network/ApiTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzzBytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    QString error;
    const std::optional<AuthStatus> s = ApiParse::authStatus(o, &error);

    // Deterministic: the same object parses to the same value (or the same refusal).
    QString again;
    FUZZ_CHECK(ApiParse::authStatus(o, &again) == s);
    FUZZ_CHECK(again == error);
    if (!s) {
        FUZZ_CHECK(!error.isEmpty()); // a refusal always says why (it goes to the log)
        return 0;
    }
    FUZZ_CHECK(!s->accountId.isEmpty());

    // The phase follows the booleans as the API README says; `status` is only text, except
    // that "verifying" separates a code being checked from a code being waited for.
    const AuthStatus::Phase phase = s->phase();
    if (s->isAuthenticated)
        FUZZ_CHECK(phase == AuthStatus::Phase::Connected);
    else if (s->needsCode)
        FUZZ_CHECK(phase == AuthStatus::Phase::NeedsCode || phase == AuthStatus::Phase::Verifying);
    else if (!s->lastError.isEmpty())
        FUZZ_CHECK(phase == AuthStatus::Phase::Failed);
    else
        FUZZ_CHECK(phase == AuthStatus::Phase::Working);

    // A twofa_type sent as a number is kept exactly, never wrapped or truncated.
    const QJsonValue t = o.value(QLatin1String("twofa_type"));
    if (t.isDouble())
        FUZZ_CHECK(s->twofaType && double(*s->twofaType) == t.toDouble());
    if (s->isEmailChallenge())
        FUZZ_CHECK(s->twofaType == 2);

    // Writing the object out and reading it back changes nothing.
    const QByteArray written = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QString rereadError;
    FUZZ_CHECK(ApiParse::authStatus(QJsonDocument::fromJson(written).object(), &rereadError) == s);
    return 0;
}
