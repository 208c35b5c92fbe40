#pragma once

#include <QString>

class GuiApp;

// fansly-connect-screenshots DIR (practice mode): drives the wizard through
// a scripted practice flow, then the accounts window, and saves a grab of each to DIR, then quits
// the app (exit code 1 if a step did not come). For docs/screenshots/ and for eyeballing layouts.
namespace ScreenshotTour {
void run(GuiApp *gui, const QString &directory);
}
