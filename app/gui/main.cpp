// fansly-connect: reads the command line, then hands over to the shared start-up
// (Bootstrap, Backend) and the GUI's composition root (GuiApp).
#include "Backend.h"
#include "Bootstrap.h"
#include "GuiApp.h"
#include "Languages.h"
#include "accounts/AccountsService.h"
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <chrono>
#include <cstdio>
#include <memory>

namespace {

// For the start-up benchmark (tests/bench/bench_report), which times the program from
// outside: with FANSLY_CONNECT_EXIT_ON_PAINT=N set, the first paint once at least N accounts
// are listed (0: the very first paint) writes "painted <steady clock ns>" to stderr when its
// paint pass is over, and the program ends. Unset, nothing is installed.
class ExitOnPaint : public QObject
{
public:
    ExitOnPaint(int minRows, const QAbstractItemModel *rows)
        : m_minRows(minRows)
        , m_rows(rows)
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_rows->rowCount() >= m_minRows) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::fprintf(
                        stderr, "painted %lld\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_minRows;
    const QAbstractItemModel *m_rows;
    bool m_seen = false;
};

QString say(const char *text)
{
    return QCoreApplication::translate("GuiMain", text);
}

// The parser works without an application object, so --help and --version can answer
// before QApplication exists (which needs a display). Its texts are translated once a
// QCoreApplication with the language exists (see main()).
void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        say(QT_TRANSLATE_NOOP("GuiMain",
                              "Connect a creator's Fansly account to OnlyFansAPI, "
                              "step by step.")));
    parser.addOption({QStringList {QStringLiteral("h"), QStringLiteral("help")},
                      say(QT_TRANSLATE_NOOP("GuiMain", "Show this help and exit."))});
    parser.addOption({QStringList {QStringLiteral("v"), QStringLiteral("version")},
                      say(QT_TRANSLATE_NOOP("GuiMain", "Show the version and exit."))});
    parser.addOption({QStringLiteral("practice"),
                      say(QT_TRANSLATE_NOOP("GuiMain",
                                            "Practise against the built-in "
                                            "simulator; no real account is "
                                            "touched."))});
    parser.addOption({QStringLiteral("api-base-url"),
                      say(QT_TRANSLATE_NOOP("GuiMain",
                                            "OnlyFansAPI address (default: "
                                            "FANSLY_CONNECT_API_BASE_URL or "
                                            "https://app.onlyfansapi.com).")),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("lang"),
                      say(QT_TRANSLATE_NOOP("GuiMain",
                                            "Speak this language (%1) instead of "
                                            "the system's, for this run."))
                          .arg(Languages::codes().join(QStringLiteral(", "))),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("practice-rate-limit"),
                      say(QT_TRANSLATE_NOOP("GuiMain",
                                            "With --practice: the simulator allows "
                                            "N requests a minute.")),
                      QStringLiteral("N")});
}

QString helpText(const QCommandLineParser &parser, const char *argv0)
{
    QString text = parser.helpText();
    // The program's name, not the path it was started by.
    const QString path = QString::fromLocal8Bit(argv0);
    const QString name = QFileInfo(path).fileName();
    text.replace(QStringLiteral("<executable_name>"), name);
    text.replace(QStringLiteral("Usage: ") + path, QStringLiteral("Usage: ") + name);
    text.replace(path + QLatin1Char(' '), name + QLatin1Char(' '));
    return text;
}

struct Choices
{
    bool practice = false;
    QString apiBaseUrl;
    int practiceRateLimit = 0;
    QString language; // a Languages code, or empty
};

// What is wrong with a parsed command line (empty: nothing), in the application's
// language once one is set up. Fills `c` as it goes.
QString problemWith(const QCommandLineParser &parser, Choices *c)
{
    c->practice = parser.isSet(QStringLiteral("practice"));
    c->apiBaseUrl = parser.value(QStringLiteral("api-base-url"));
    if (c->practice && !c->apiBaseUrl.isEmpty())
        return say(QT_TRANSLATE_NOOP("GuiMain",
                                     "--practice and --api-base-url do not go "
                                     "together: practice mode runs its own "
                                     "simulator."));
    // A bad address is a command-line mistake: say so before a display is needed.
    if (const QString problem = Backend(c->practice, c->apiBaseUrl).problem(); !problem.isEmpty())
        return problem;
    if (parser.isSet(QStringLiteral("practice-rate-limit"))) {
        c->practiceRateLimit = parser.value(QStringLiteral("practice-rate-limit")).toInt();
        if (!c->practice || c->practiceRateLimit < 1)
            return say(QT_TRANSLATE_NOOP("GuiMain",
                                         "--practice-rate-limit takes a number (1 "
                                         "or more), with --practice."));
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        c->language = Languages::match(parser.value(QStringLiteral("lang")));
        if (c->language.isEmpty())
            return say(QT_TRANSLATE_NOOP("GuiMain", "--lang takes one of: %1."))
                .arg(Languages::codes().join(QStringLiteral(", ")));
    }
    return {};
}

// --help, --version and command-line mistakes: printed in the chosen or the system's
// language, by a QCoreApplication (no display needed), and the program ends.
int answerWithoutWindow(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication core(argc, argv);
    QCommandLineParser first;
    setUp(first);
    first.parse(arguments);
    Languages::use(core, Languages::match(first.value(QStringLiteral("lang"))));
    QCommandLineParser parser; // again, with the texts in that language
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
    Choices ignored;
    std::fprintf(stderr, "%s\n", qPrintable(problemWith(parser, &ignored)));
    return 2;
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
    Choices choices;
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help"))
        || parser.isSet(QStringLiteral("version")) || !problemWith(parser, &choices).isEmpty())
        return answerWithoutWindow(argc, argv, arguments);

    QApplication app(argc, argv);
    Bootstrap::setUpApplication();
    Backend backend(choices.practice, choices.apiBaseUrl);
    // --lang, else the Language menu's choice, else the system's.
    GuiApp::useLanguage(app,
                        choices.language.isEmpty() ? backend.savedLanguage() : choices.language);
    backend.setPracticeRateLimit(choices.practiceRateLimit);
    QString error;
    if (!backend.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    GuiApp gui(backend);
    std::unique_ptr<ExitOnPaint> exitOnPaint;
    if (qEnvironmentVariableIsSet("FANSLY_CONNECT_EXIT_ON_PAINT")) {
        exitOnPaint = std::make_unique<ExitOnPaint>(
            qEnvironmentVariableIntValue("FANSLY_CONNECT_EXIT_ON_PAINT"), gui.service()->model());
        app.installEventFilter(exitOnPaint.get());
    }
    gui.start();
    return app.exec();
}
