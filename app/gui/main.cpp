// fansly-connect: reads the command line, then hands over to the shared start-up
// (Bootstrap, Backend) and the GUI's composition root (GuiApp).
#include "Backend.h"
#include "Bootstrap.h"
#include "GuiApp.h"
#include "Languages.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace {

// The parser works without an application object, so --help and --version can answer
// before QApplication exists (which needs a display).
void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Connect a creator's Fansly account to OnlyFansAPI, step by step."));
    parser.addOption({QStringList {QStringLiteral("h"), QStringLiteral("help")},
                      QStringLiteral("Show this help and exit.")});
    parser.addOption({QStringList {QStringLiteral("v"), QStringLiteral("version")},
                      QStringLiteral("Show the version and exit.")});
    parser.addOption({QStringLiteral("practice"),
                      QStringLiteral("Practise against the built-in simulator; no real account "
                                     "is touched.")});
    parser.addOption({QStringLiteral("api-base-url"),
                      QStringLiteral("OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL "
                                     "or https://app.onlyfansapi.com)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Speak this language (%1) instead of the system's, for "
                                     "this run.")
                          .arg(Languages::codes().join(QStringLiteral(", "))),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("practice-rate-limit"),
                      QStringLiteral("With --practice: the simulator allows N requests a minute."),
                      QStringLiteral("N")});
}

QString helpText(const QCommandLineParser &parser, const char *argv0)
{
    QString text = parser.helpText();
    // Without an application object Qt cannot know the program's name.
    const QString name = QFileInfo(QString::fromLocal8Bit(argv0)).fileName();
    text.replace(QStringLiteral("<executable_name>"), name);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    Bootstrap::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText(parser, argv[0])), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("fansly-connect %s\n", FC_VERSION);
        return 0;
    }
    const bool practice = parser.isSet(QStringLiteral("practice"));
    const QString apiBaseUrl = parser.value(QStringLiteral("api-base-url"));
    if (practice && !apiBaseUrl.isEmpty()) {
        std::fputs("--practice and --api-base-url do not go together: practice mode runs its "
                   "own simulator.\n",
                   stderr);
        return 2;
    }
    // A bad address is a command-line mistake: say so before a display is needed.
    if (const QString problem = Backend(practice, apiBaseUrl).problem(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }

    int practiceRateLimit = 0;
    if (parser.isSet(QStringLiteral("practice-rate-limit"))) {
        practiceRateLimit = parser.value(QStringLiteral("practice-rate-limit")).toInt();
        if (!practice || practiceRateLimit < 1) {
            std::fputs("--practice-rate-limit takes a number (1 or more), with --practice.\n",
                       stderr);
            return 2;
        }
    }

    QString language;
    if (parser.isSet(QStringLiteral("lang"))) {
        language = Languages::match(parser.value(QStringLiteral("lang")));
        if (language.isEmpty()) {
            std::fprintf(stderr, "--lang takes one of: %s\n",
                         qPrintable(Languages::codes().join(QStringLiteral(", "))));
            return 2;
        }
    }

    QApplication app(argc, argv);
    Bootstrap::setUpApplication();
    Backend backend(practice, apiBaseUrl);
    // --lang, else the Language menu's choice, else the system's.
    Languages::use(app, language.isEmpty() ? backend.savedLanguage() : language);
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
    backend.setPracticeRateLimit(practiceRateLimit);
    QString error;
    if (!backend.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    GuiApp gui(backend);
    gui.start();
    return app.exec();
}
