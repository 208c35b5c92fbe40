// fansly-connect-screenshots DIR: the GUI exactly as `fansly-connect --practice` builds it,
// then the scripted tour that saves a picture of every page to DIR.
#include "Backend.h"
#include "Bootstrap.h"
#include "ConnectWizard.h"
#include "GuiApp.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: fansly-connect-screenshots DIR\n", stderr);
        return 2;
    }
    Bootstrap::setUpApplication();
    GuiApp::useLanguage(app, {});
    QFile::remove(Backend::practiceStateFile()); // the demo accounts as a first run has them
    Backend backend(true, {});
    QString error;
    if (!backend.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    GuiApp gui(backend);
    gui.start();
    ScreenshotTour::run(&gui, args.at(1), backend.practiceKey());
    return app.exec();
}
