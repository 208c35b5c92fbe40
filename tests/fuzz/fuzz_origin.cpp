// Where the API key may go: Origin::problem, Origin::same, Origin::of and
// Origin::isLoopbackHost on URLs read as the app reads --api-base-url.

#include "FuzzCheck.h"
#include "network/Origin.h"

#include <QHostAddress>

namespace {

// Loopback by an independent reading: the name localhost, 127.0.0.0/8 or ::1 (also as an
// IPv4-mapped IPv6 address).
bool reallyLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress a;
    if (!a.setAddress(host))
        return false;
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        return (v4 >> 24) == 127;
    return a == QHostAddress(QHostAddress::LocalHostIPv6);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Two URLs, one per line: the API base and another (a polling_url, a redirect target).
    const QStringList lines = QString::fromUtf8(fuzzBytes(data, size)).split(QLatin1Char('\n'));
    const QUrl a(lines.value(0).trimmed(), QUrl::StrictMode);
    const QUrl b(lines.value(1).trimmed(), QUrl::StrictMode);

    // same() is an equivalence on URLs that have a host.
    FUZZ_CHECK(Origin::same(a, b) == Origin::same(b, a));
    if (!a.host().isEmpty())
        FUZZ_CHECK(Origin::same(a, a));
    FUZZ_CHECK(Origin::problem(a) == Origin::problem(a));

    if (!Origin::problem(a).isEmpty())
        return 0;
    // Accepted: absolute, no user name or password, https, or http to this computer only.
    FUZZ_CHECK(a.isValid() && !a.host().isEmpty() && a.userInfo().isEmpty());
    const QString scheme = a.scheme().toLower();
    FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"));
    if (scheme == QLatin1String("http"))
        FUZZ_CHECK(reallyLoopback(a.host()));

    // An accepted origin round-trips through the form stored data is filed under.
    const QString name = Origin::of(a);
    const QUrl back(name, QUrl::StrictMode);
    FUZZ_CHECK(Origin::problem(back).isEmpty());
    FUZZ_CHECK(Origin::same(back, a));
    FUZZ_CHECK(Origin::of(back) == name);

    // Two accepted URLs filed under the same name are the same origin: stored keys and
    // logins of one are never read for another.
    if (Origin::problem(b).isEmpty() && Origin::of(b) == name)
        FUZZ_CHECK(Origin::same(a, b));
    return 0;
}
