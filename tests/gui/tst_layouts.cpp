// Every page and dialog in every language, offscreen, as the app builds them (GuiApp in
// practice mode): the tour of tests/support/GuiTour (the screenshot tool's) stops at each
// wizard page and message, the accounts window and its menus, the code dialog, About and the
// questions; at each stop LayoutInspector measures every text against its room. A language
// fails on a clipped text, a window larger than 1366×768 device pixels, or a text that is one
// of our English messages (or Qt's English button texts) in a language that has its own words.
//
// The screen is a 1366×768 laptop's. ctest runs this twice: as is, and with
// QT_SCALE_FACTOR=1.5 (which must be set before QApplication exists).
// FC_LAYOUTS_PICTURES=DIR also saves a picture of every stop to DIR/<language>-<scale>/.
#include "Backend.h"
#include "Bootstrap.h"
#include "EnglishTexts.h"
#include "GuiApp.h"
#include "GuiTour.h"
#include "Languages.h"
#include "LayoutInspector.h"
#include "WizardHarness.h"
#include "network/Origin.h"
#include "storage/PendingStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

namespace {

const QSize kScreen(1366, 768); // device pixels: the smallest common laptop screen

// The offscreen platform's screen, in a file its plugin reads (before QApplication).
void useLaptopScreen(const QString &dir)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && platform != "offscreen")
        return; // a platform the caller chose, with its own screens
    QFile config(dir + QStringLiteral("/screen.json"));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(config.fileName()));
    config.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0,
        "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                     .arg(kScreen.width())
                     .arg(kScreen.height())
                     .toUtf8());
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
}

// Layouts are done when their posted requests are.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QString scaleName()
{
    const double factor = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
    return QStringLiteral("%1 %").arg(qRound(factor * 100));
}

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

    EnglishTexts m_english;
    QStringList m_summary;

private slots:
    void initTestCase()
    {
        Languages::use(*qApp, QStringLiteral("en"));
        QString error;
        QVERIFY2(m_english.load(QStringLiteral(FC_TS_DIR "/fansly-connect_en.ts"), &error),
                 qPrintable(error));
        QVERIFY(m_english.count() > 300);
    }

    void cleanupTestCase()
    {
        for (const QString &line : std::as_const(m_summary))
            std::printf("%s\n", qPrintable(line));
    }

    void everyStop_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Languages::codes())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyStop()
    {
        QFETCH(QString, language);
        QElapsedTimer clock;
        clock.start();
        Languages::use(*qApp, language);
        QGuiApplication::setLayoutDirection(QLocale().textDirection());

        QFile::remove(Backend::practiceStateFile()); // the demo accounts, as on a first run
        PendingStore pending;
        for (const PendingSession &p : pending.list(Origin::of(Backend::practiceOrigin())))
            pending.remove(p.origin, p.accountId);
        Backend backend(true, {});
        // 120 a minute (the default) would pace the polls 0.5 s apart; 1000 keeps the rate label a
        // realistic length.
        backend.setPracticeRateLimit(1000);
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        backend.simulator()->setTiming({150, 150});
        GuiApp gui(backend);
        gui.start();

        QString pictures = qEnvironmentVariable("FC_LAYOUTS_PICTURES");
        if (!pictures.isEmpty()) {
            pictures += QStringLiteral("/%1-%2").arg(language, scaleName().chopped(2));
            QDir().mkpath(pictures);
        }
        // Qt's own texts are Qt's translators' (Qt 6.4's Arabic "< ال&سّابق" splits a word).
        const QStringList qtTexts = EnglishTexts::qtButtonTexts();
        QStringList split;
        QStringList problems;
        QHash<QString, QString> seen; // each text once, with the first place it showed
        int widgets = 0;
        int stops = 0;
        bool languageMenu = false;
        const auto visit = [&](const QString &stop, QWidget *window) {
            settle();
            ++stops;
            if (!pictures.isEmpty())
                window->grab().save(pictures + QLatin1Char('/') + stop + QStringLiteral(".png"));
            languageMenu |= window->objectName() == QLatin1String("languageMenu");
            const LayoutInspector::Findings found = LayoutInspector::inspect(window, kScreen);
            widgets += found.widgets;
            for (const QString &p : found.problems)
                problems << stop + QStringLiteral(": ") + p;
            for (const LayoutInspector::Seen &s : found.texts) {
                if (!seen.contains(s.text))
                    seen.insert(s.text, stop + QStringLiteral(": ") + s.where);
                if (LayoutInspector::acceleratorSplitsWord(s.raw) && !qtTexts.contains(s.raw)
                    && !split.contains(s.raw)) {
                    split << s.raw;
                    problems << QStringLiteral("%1: %2: accelerator splits a word: “%3”")
                                    .arg(stop, s.where, s.raw);
                }
            }
        };
        GuiTour::Options options;
        options.policy = PollPolicy::fast();
        for (const GuiTour::Step &step :
             GuiTour::steps(&gui, backend.practiceKey(), visit, options)) {
            QVERIFY2(QTest::qWaitFor(step.ready, 20000),
                     qPrintable(QStringLiteral("gave up waiting for ") + step.what));
            step.act();
        }

        if (language != QLatin1String("en")) {
            for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
                const QString source = m_english.englishLeft(language, it.key());
                if (!source.isEmpty())
                    problems << QStringLiteral("%1: English left: “%2” (the message “%3”)")
                                    .arg(it.value(), it.key(), source);
            }
        }

        const QString where = QStringLiteral("%1 at %2").arg(language, scaleName());
        m_summary << QStringLiteral("tst_layouts: %1: %2 stops, %3 widgets measured, %4 texts "
                                    "read, %5 problem(s), %6 ms%7")
                         .arg(where)
                         .arg(stops)
                         .arg(widgets)
                         .arg(seen.size())
                         .arg(problems.size())
                         .arg(clock.elapsed())
                         .arg(languageMenu ? QString() : QStringLiteral(" (no Language menu yet)"));
        for (const QString &p : std::as_const(problems))
            qWarning("%s: %s", qPrintable(where), qPrintable(p));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 layout problem(s) in %2 (listed above)")
                                .arg(problems.size())
                                .arg(where)));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir home;
    useThrowawayHome(home.path());
    useLaptopScreen(home.path());
    QApplication app(argc, argv);
    Bootstrap::setUpApplication();
    TestLayouts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layouts.moc"
