// A custom proxy as typed: parseHostPort (the CLI's --proxy HOST:PORT), then the rules of
// ProxyChoice::validate, and what the start request sends for an accepted proxy.

#include "FuzzCheck.h"
#include "cli/CliOptions.h"
#include "network/ApiTypes.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // HOST:PORT on the first line; the proxy user name and password on the next two.
    const QStringList lines = QString::fromUtf8(fuzzBytes(data, size)).split(QLatin1Char('\n'));
    const QString text = lines.value(0);

    QString host;
    int port = 0;
    const bool parsed = parseHostPort(text, &host, &port);
    QString hostAgain;
    int portAgain = 0;
    FUZZ_CHECK(parseHostPort(text, &hostAgain, &portAgain) == parsed);
    if (!parsed)
        return 0;
    FUZZ_CHECK(hostAgain == host && portAgain == port);
    FUZZ_CHECK(!host.isEmpty());

    const ProxyChoice choice = ProxyChoice::custom(host, port, lines.value(1), lines.value(2));
    const ProxyProblem problem = choice.validate();
    FUZZ_CHECK(problem.isEmpty() == problem.message.isEmpty());
    FUZZ_CHECK(choice.validate() == problem);
    if (!problem.isEmpty())
        return 0;

    // Accepted: a host alone (nothing invisible, no spaces, slashes, brackets or user
    // name), a real port, and no password without its user name.
    const QString h = host.trimmed();
    FUZZ_CHECK(!h.isEmpty());
    for (const QChar c : h)
        FUZZ_CHECK(!c.isSpace() && c.category() != QChar::Other_Control
                   && c.category() != QChar::Other_Format && c != u'/' && c != u'@' && c != u'['
                   && c != u']');
    FUZZ_CHECK(port >= 1 && port <= 65535);
    FUZZ_CHECK(lines.value(2).isEmpty() || !lines.value(1).isEmpty());

    // Written back as HOST:PORT (IPv6 in brackets), it reads the same.
    const QString written = (h.contains(u':') ? u'[' + h + u']' : h) + u':' + QString::number(port);
    QString host2;
    int port2 = 0;
    FUZZ_CHECK(parseHostPort(written, &host2, &port2));
    FUZZ_CHECK(host2 == h && port2 == port);

    // The start request carries exactly this proxy and no country.
    StartRequest request;
    request.username = QStringLiteral("creator");
    request.proxy = choice;
    const QJsonObject json = request.toJson();
    FUZZ_CHECK(!json.contains(QLatin1String("proxyCountry")));
    const QJsonObject sent = json.value(QLatin1String("customProxy")).toObject();
    FUZZ_CHECK(sent.value(QLatin1String("host")).toString() == h);
    FUZZ_CHECK(sent.value(QLatin1String("port")).toInt() == port);
    FUZZ_CHECK(sent.contains(QLatin1String("password")) == !choice.password.isEmpty());
    return 0;
}
