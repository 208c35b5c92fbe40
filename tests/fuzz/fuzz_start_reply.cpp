// Start and re-authenticate replies: ApiParse::startReply and ApiParse::reauthReply.

#include "FuzzCheck.h"
#include "network/ApiTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzzBytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    const QString knownId = QStringLiteral("fansly_acct_123");

    QString error, again;
    const std::optional<StartReply> start = ApiParse::startReply(o, &error);
    FUZZ_CHECK(ApiParse::startReply(o, &again) == start);
    FUZZ_CHECK(start || !error.isEmpty());
    if (start) {
        FUZZ_CHECK(!start->accountId.isEmpty());
        FUZZ_CHECK(start->accountId == o.value(QLatin1String("account_id")).toString());
        // An absent or empty polling_url leaves the URL empty: the client then builds it.
        if (o.value(QLatin1String("polling_url")).toString().isEmpty())
            FUZZ_CHECK(start->pollingUrl.isEmpty());
    }

    error.clear();
    const std::optional<StartReply> reauth = ApiParse::reauthReply(o, knownId, &error);
    QString reauthAgain;
    FUZZ_CHECK(ApiParse::reauthReply(o, knownId, &reauthAgain) == reauth);
    if (!reauth) {
        FUZZ_CHECK(!error.isEmpty());
        // "Not started" is reserved for an explicit "success": false.
        if (error.startsWith(ApiParse::kNotStarted))
            FUZZ_CHECK(o.value(QLatin1String("success")) == QJsonValue(false));
        return 0;
    }
    // Never without an id: the server's, or the one the request was for.
    FUZZ_CHECK(!reauth->accountId.isEmpty());
    const QString sent = o.value(QLatin1String("account_id")).toString();
    FUZZ_CHECK(reauth->accountId == (sent.isEmpty() ? knownId : sent));
    // Whatever the start parser accepts, the re-authenticate parser reads the same way.
    if (start)
        FUZZ_CHECK(*reauth == *start);
    return 0;
}
