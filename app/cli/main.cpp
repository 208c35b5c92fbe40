// fansly-connect-cli: the command-line companion of Fansly Connect, on the same engine.
// Option parsing and dispatch only; each command group lives in its own file.

#include "AccountCommands.h"
#include "Bootstrap.h"
#include "Cli.h"
#include "CliOptions.h"
#include "ExitCode.h"
#include "KeyCommands.h"
#include "Languages.h"
#include "Output.h"
#include "ProxyCommands.h"
#include "SessionCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <atomic>
#include <cstdio>
#include <cstring>

namespace {

std::atomic<bool> showEngineLog {false};

// The engine's categories (fc.*) log at info level; a command-line user sees them only
// with --verbose or their own QT_LOGGING_RULES. Everything else goes through as usual.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    const bool engine = std::strncmp(category, "fc.", 3) == 0;
    if (engine && !showEngineLog && type != QtCriticalMsg && type != QtFatalMsg)
        return;
    if (!engine && type == QtDebugMsg && !showEngineLog)
        return;
    const char *level = "";
    switch (type) {
    case QtWarningMsg: level = " warning"; break;
    case QtCriticalMsg: level = " critical"; break;
    case QtFatalMsg: level = " fatal"; break;
    default: break;
    }
    // The log can quote a server's words: escaped like everything else for the terminal.
    std::fprintf(stderr, "[%s%s] %s\n", category, level,
                 Output::printable(message).toLocal8Bit().constData());
    std::fflush(stderr);
}

// --lang CODE or --lang=CODE (also with one dash); CliOptions::parse checks the value.
QString languageOption(const QStringList &arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") || a == QLatin1String("-lang"))
            code = arguments.value(i + 1);
        else if (a.startsWith(QLatin1String("--lang=")) || a.startsWith(QLatin1String("-lang=")))
            code = a.section(QLatin1Char('='), 1);
    }
    return Languages::match(code);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    Bootstrap::hardenProcess();
    qInstallMessageHandler(messageHandler);
    QCoreApplication app(argc, argv);
    Bootstrap::setUpApplication();
    // Before the command line is parsed, so its own messages are in that language too.
    Languages::use(app, languageOption(QCoreApplication::arguments()));

    QString error;
    const std::optional<CliOptions> options
        = CliOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        print(stderr,
              error + QLatin1Char('\n')
                  + QCoreApplication::translate("main",
                                                "Run with --help for the commands and options.")
                  + QLatin1Char('\n'));
        // With --json every error is JSON, even one in the command line itself.
        if (QCoreApplication::arguments().contains(QLatin1String("--json"))) {
            const QJsonObject o {
                {QLatin1String("error"), Output::errorObject(QStringLiteral("usage"), error)}};
            print(stdout,
                  QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                      + QLatin1Char('\n'));
        }
        return ExitCode::Usage;
    }
    if (options->help) {
        print(stdout, CliOptions::helpText(options->helpCommand));
        return ExitCode::Ok;
    }
    if (options->version) {
        print(
            stdout,
            QStringLiteral("fansly-connect-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    }
    if (options->verbose) {
        showEngineLog = true;
        QLoggingCategory::setFilterRules(QStringLiteral("fc.*.debug=true"));
    } else if (!qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        showEngineLog = true;
    }

    Cli cli(*options);
    const QString &name = options->command;
    if (name == QLatin1String("connect") || name == QLatin1String("status")
        || name == QLatin1String("reauth")) {
        auto *c = new SessionCommands(&cli, &cli);
        QMetaObject::invokeMethod(c, &SessionCommands::run, Qt::QueuedConnection);
    } else if (name == QLatin1String("accounts") || name == QLatin1String("disconnect")) {
        auto *c = new AccountCommands(&cli, &cli);
        QMetaObject::invokeMethod(c, &AccountCommands::run, Qt::QueuedConnection);
    } else if (name == QLatin1String("key")) {
        auto *c = new KeyCommands(&cli, &cli);
        QMetaObject::invokeMethod(c, &KeyCommands::run, Qt::QueuedConnection);
    } else {
        auto *c = new ProxyCommands(&cli, &cli);
        QMetaObject::invokeMethod(c, &ProxyCommands::run, Qt::QueuedConnection);
    }
    return app.exec();
}
