#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// Questions to the user without a nested event loop (QMessageBox::open), with a test
// hook in the KeePassXC manner: setNextAnswer() answers the next question instead of
// showing it, so no modal ever blocks a test.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Answered = std::function<void(Button)>;

    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No;
        Button defaultButton = QMessageBox::NoButton;
        Button escapeButton = QMessageBox::NoButton;
        QMap<Button, QString> buttonTexts; // own words for the standard buttons
    };

    // `done` runs later with the button chosen, only while `parent` lives.
    static void ask(QWidget *parent, const Question &question, Answered done);

    // Tests: the next question is answered with `answer` (once), without showing anything.
    static void setNextAnswer(Button answer);
    static int askedCount(); // questions asked so far (shown or answered by the hook)
    static QString lastText(); // text of the last question
};
