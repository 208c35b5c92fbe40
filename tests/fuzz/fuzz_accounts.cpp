// The account list: ApiParse::accounts on a bare array or an object with "data".

#include "FuzzCheck.h"
#include "network/ApiTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    // As the client reads a reply: an empty body is an empty object.
    const QJsonDocument doc
        = body.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(body);
    QString error, again;
    const auto list = ApiParse::accounts(doc, &error);
    FUZZ_CHECK(ApiParse::accounts(doc, &again) == list);
    if (!list) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QJsonArray items
        = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("data")).toArray();
    // One account per entry, none dropped or invented, each with its id.
    FUZZ_CHECK(list->size() == items.size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const Account &a = list->at(i);
        FUZZ_CHECK(!a.id.isEmpty());
        FUZZ_CHECK(a.id == items.at(i).toObject().value(QLatin1String("id")).toString());
        FUZZ_CHECK(a.isAuthenticated
                   == items.at(i).toObject().value(QLatin1String("is_authenticated")).toBool());
    }
    return 0;
}
