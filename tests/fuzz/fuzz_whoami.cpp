// The key check reply: ApiParse::whoami.

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
    QString error, again;
    const std::optional<WhoamiInfo> w = ApiParse::whoami(o, &error);
    FUZZ_CHECK(ApiParse::whoami(o, &again) == w);
    if (!w) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // Accepted only with at least one of the two objects; the names are theirs.
    const QJsonValue key = o.value(QLatin1String("api_key"));
    const QJsonValue team = o.value(QLatin1String("team"));
    FUZZ_CHECK(key.isObject() || team.isObject());
    FUZZ_CHECK(w->keyName == key.toObject().value(QLatin1String("name")).toString());
    FUZZ_CHECK(w->teamName == team.toObject().value(QLatin1String("name")).toString());
    FUZZ_CHECK(w->teamSlug == team.toObject().value(QLatin1String("slug")).toString());
    return 0;
}
