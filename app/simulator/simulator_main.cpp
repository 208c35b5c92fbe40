// fansly-connect-simulator: the practice-mode server on its own, for training
// and for scripted tests. Serves until killed.
#include "Simulator.h"

#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fansly-connect-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Practice-mode OnlyFansAPI Fansly server on 127.0.0.1 (see SCENARIOS.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (default: a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        QStringLiteral("Accept this API key (repeatable; the first one owns the demo accounts). "
                       "Without it a random key is made and printed."),
        QStringLiteral("KEY"));
    const QCommandLineOption fastOption(
        QStringLiteral("fast"), QStringLiteral("Short login and code-check times (300 ms)."));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests a minute each key may make before 429 (default 120)."),
        QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-accounts"),
        QStringLiteral("Start with practice mode's demo accounts (one session expired)."));
    parser.addOptions({portOption, keyOption, fastOption, rateOption, demoOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "fansly-connect-simulator: --port must be 0..65535\n");
        return 2;
    }

    const int rateLimit = parser.value(rateOption).toInt(&ok);
    if (!ok || rateLimit < 1) {
        std::fprintf(stderr, "fansly-connect-simulator: --rate-limit must be 1 or more\n");
        return 2;
    }

    // No recording (Options' default): nobody reads the requests here, and they hold passwords.
    const QStringList keys = parser.values(keyOption);
    Simulator::Options options;
    options.key = keys.value(0);
    Simulator simulator(options);
    simulator.setRateLimitPerMinute(rateLimit);
    for (const QString &key : keys)
        simulator.addApiKey(key);
    if (parser.isSet(fastOption))
        simulator.setTiming({300, 300});
    if (!simulator.start(quint16(port))) {
        std::fprintf(stderr, "fansly-connect-simulator: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    if (parser.isSet(demoOption))
        simulator.addDemoAccounts();

    // Scripts wait for the first line, so flush it at once. Keys given with --key are not
    // echoed; a random one is, since nobody else could know it.
    std::printf("Listening on %s\n", qPrintable(simulator.baseUrl().toString()));
    if (keys.isEmpty())
        std::printf("Practice key: %s\n", qPrintable(simulator.key()));
    std::fflush(stdout);
    return app.exec();
}
