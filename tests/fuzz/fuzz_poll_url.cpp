// Where a poll goes: ApiClient::pollUrl with any account id and any polling_url a server
// sends. The key must only ever go to this account's status URL under the API base.

#include "FuzzCheck.h"
#include "network/ApiClient.h"
#include "network/Origin.h"

#include <QStringList>

namespace {

// An account id by an independent reading: 1 to 100 of A-Z a-z 0-9 _ -.
bool plainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    for (const QChar c : id)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The client warns about every polling_url it does not follow: millions here.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // Byte 0 picks the API base; then the account id and the polling_url, one per line,
    // the URL read as the start reply's parser reads it.
    static const char *const bases[]
        = {"https://app.onlyfansapi.com", "http://127.0.0.1:8123", "https://api.example/v1/"};
    const QUrl base(QString::fromLatin1(bases[data[0] % 3]));
    const QStringList lines = QString::fromUtf8(fuzzBytes(data + 1, size - 1)).split(u'\n');
    const QString id = lines.value(0);
    const QUrl pollingUrl(lines.value(1), QUrl::StrictMode);

    const ApiClient client(nullptr, base);
    const QUrl url = client.pollUrl(id, pollingUrl);
    FUZZ_CHECK(client.pollUrl(id, pollingUrl) == url);
    FUZZ_CHECK(ApiClient::isValidAccountId(id) == plainId(id));
    if (!plainId(id)) {
        FUZZ_CHECK(url.isEmpty()); // nothing is sent for an id that could change the path
        return 0;
    }
    // Whatever the server says, the poll goes to this id's status URL under the base, on
    // the base's origin, with nothing else in it.
    const QUrl expected(base.toString(QUrl::StripTrailingSlash)
                        + QStringLiteral("/api/fansly/authenticate/") + id);
    FUZZ_CHECK(url == expected);
    FUZZ_CHECK(url == client.pollUrl(id));
    FUZZ_CHECK(Origin::same(url, base));
    FUZZ_CHECK(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment());
    return 0;
}
