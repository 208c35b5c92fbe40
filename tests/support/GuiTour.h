// The practice-mode GUI (GuiApp on Backend's simulator) taken through every page and dialog
// a person meets: the wizard's pages with their messages, the accounts window, its menus,
// dialogs and questions. A list of steps, each waiting until the GUI is ready for it, then
// showing `visit` what is on screen and moving on. The screenshot tool saves a picture at
// each stop; tst_layouts checks the layout there, in every language.
#pragma once

#include "login/PollPolicy.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class GuiApp;
class QWidget;

namespace GuiTour {

struct Step
{
    QString what; // what it waits for, for messages
    std::function<bool()> ready;
    std::function<void()> act;
};

// A stop: its name ("03b-proxy-invalid", also the picture's file name) and the window.
using Visit = std::function<void(const QString &stop, QWidget *window)>;

struct Options
{
    // For the logins the tour starts (the wizard's and the window's); none: the app's own.
    std::optional<PollPolicy> policy;
};

// `practiceKey`: the key the practice simulator accepts (typed after a rejected one).
// GuiApp must have been started (its first wizard open at the key page).
QList<Step> steps(GuiApp *gui, const QString &practiceKey, const Visit &visit,
                  const Options &options = {});

} // namespace GuiTour
