// The GUI's composition root: reads the command line, builds the engine objects and the
// connect wizard, and wires them together.
#include "AppInfo.h"
#include "ConnectController.h"
#include "ConnectWizard.h"
#include "Origin.h"
#include "PollPolicy.h"
#include "ProxyProfiles.h"
#include "ScreenshotTour.h"
#include "SecretStore.h"
#include "Simulator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    bool practice = false;
    QString apiBaseUrl;
    QString tourDir;
};

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
    QCommandLineOption tour(QStringLiteral("screenshot-tour"),
                            QStringLiteral("Save a screenshot of every page to DIR (practice)."),
                            QStringLiteral("DIR"));
    tour.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(tour);
}

QString helpText(const QCommandLineParser &parser, const char *argv0)
{
    QString text = parser.helpText();
    // Without an application object Qt cannot know the program's name.
    const QString name = QFileInfo(QString::fromLocal8Bit(argv0)).fileName();
    text.replace(QStringLiteral("<executable_name>"), name);
    return text;
}

void loadTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // English is the fallback: its file holds the plural forms ("1 second", "3 seconds").
    if (own->load(locale, QStringLiteral("fansly-connect"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/fansly-connect_en.qm")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
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
    Options options;
    options.tourDir = parser.value(QStringLiteral("screenshot-tour"));
    options.practice = parser.isSet(QStringLiteral("practice")) || !options.tourDir.isEmpty();
    options.apiBaseUrl = parser.value(QStringLiteral("api-base-url"));
    if (options.practice && !options.apiBaseUrl.isEmpty()) {
        std::fputs("--practice and --api-base-url do not go together: practice mode runs its "
                   "own simulator.\n",
                   stderr);
        return 2;
    }

    // A bad address is a command-line mistake: say so before a display is needed.
    const QUrl apiBase = options.practice ? QUrl() : AppInfo::apiBase(options.apiBaseUrl);
    if (!options.practice) {
        const QString problem = Origin::problem(apiBase);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "The API address %s cannot be used: %s\n",
                         qPrintable(apiBase.toDisplayString()), qPrintable(problem));
            return 2;
        }
    }

    QApplication app(argc, argv);
    AppInfo::apply();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fansly-connect.png")));
    loadTranslations(app);

    ConnectController::Options co;
    Simulator simulator;
    SecretStore secrets;
    std::unique_ptr<ProxyProfiles> profiles;
    if (options.practice) {
        if (!simulator.start()) {
            std::fputs("The practice simulator could not start.\n", stderr);
            return 1;
        }
        co.apiBase = simulator.baseUrl();
        co.practice = true;
        co.keyPrefill = Simulator::practiceKey();
    } else {
        co.apiBase = apiBase;
        co.secrets = &secrets;
        profiles = std::make_unique<ProxyProfiles>(&secrets, co.apiBase);
        co.profiles = profiles.get();
    }

    ConnectController controller(co);
    ConnectWizard wizard(&controller);
    wizard.show();
    wizard.start();
    if (!options.tourDir.isEmpty())
        ScreenshotTour::run(&wizard, options.tourDir);
    return app.exec();
}
