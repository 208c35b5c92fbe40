#include "ScreenshotTour.h"

#include "GuiApp.h"
#include "GuiTour.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

// Runs the tour's steps on the application's own event loop: a step acts once it is ready,
// after a moment for layouts and busy indicators to settle before the picture.
class Runner : public QObject
{
public:
    Runner(QList<GuiTour::Step> steps, QObject *parent)
        : QObject(parent)
        , m_steps(std::move(steps))
    {
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, &Runner::poll);
        m_clock.start();
        m_poll.start();
    }

private:
    void poll()
    {
        if (m_index >= m_steps.size()) {
            m_poll.stop();
            QTimer::singleShot(100, qApp, [] { QApplication::exit(0); });
            return;
        }
        if (m_clock.elapsed() > 30000) {
            std::fprintf(stderr, "fansly-connect-screenshots: gave up waiting for: %s\n",
                         qPrintable(m_steps[m_index].what));
            m_poll.stop();
            QApplication::exit(1);
            return;
        }
        if (!m_steps[m_index].ready())
            return;
        m_poll.stop();
        QTimer::singleShot(250, this, [this] {
            m_steps[m_index++].act();
            m_clock.restart();
            m_poll.start();
        });
    }

    QList<GuiTour::Step> m_steps;
    QTimer m_poll;
    QElapsedTimer m_clock;
    qsizetype m_index = 0;
};

void save(const QPixmap &picture, const QString &path)
{
    if (!picture.save(path))
        std::fprintf(stderr, "fansly-connect-screenshots: could not write %s\n", qPrintable(path));
    else
        std::printf("fansly-connect-screenshots: %s\n", qPrintable(path));
}

} // namespace

namespace ScreenshotTour {

void run(GuiApp *gui, const QString &directory, const QString &practiceKey)
{
    QDir().mkpath(directory);
    const QDir dir(directory);
    const auto visit = [dir](const QString &stop, QWidget *window) {
        save(window->grab(), dir.filePath(stop + QStringLiteral(".png")));
        // The whole screen once, to see whether the wizard fits (where the platform can).
        if (stop == QLatin1String("03-proxy")) {
            if (QScreen *screen = window->screen(); screen && !screen->grabWindow(0).isNull())
                save(screen->grabWindow(0), dir.filePath(QStringLiteral("03-proxy-screen.png")));
        }
    };
    new Runner(GuiTour::steps(gui, practiceKey, visit), gui->window());
}

} // namespace ScreenshotTour
