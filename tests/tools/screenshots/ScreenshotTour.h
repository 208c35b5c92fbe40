#pragma once

#include <QString>

class QWizard;

// fansly-connect-screenshots DIR (practice mode): drives the wizard through
// a scripted practice flow and saves a grab of every page to DIR, then quits the app
// (exit code 1 if a step did not come). For docs/screenshots/ and for eyeballing layouts.
namespace ScreenshotTour {
void run(QWizard *wizard, const QString &directory);
}
