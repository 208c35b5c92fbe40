#pragma once

#include <QString>

class GuiApp;

// fansly-connect-screenshots DIR (practice mode): takes the GUI through the tour of
// tests/support/GuiTour (every wizard page, the accounts window, its dialogs and questions)
// and saves a grab of each stop to DIR, then quits the app (exit code 1 if a step did not
// come). For docs/screenshots/ and for eyeballing layouts.
// `practiceKey`: the key this run's simulator accepts (typed after a rejected one).
namespace ScreenshotTour {
void run(GuiApp *gui, const QString &directory, const QString &practiceKey);
}
