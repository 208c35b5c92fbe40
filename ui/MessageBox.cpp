#include "MessageBox.h"

#include "A11y.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPointer>
#include <QPushButton>

namespace {
MessageBox::Button s_nextAnswer = QMessageBox::NoButton;
int s_asked = 0;
QString s_lastText;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

int MessageBox::askedCount()
{
    return s_asked;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::ask(QWidget *parent, const Question &q, Answered done)
{
    ++s_asked;
    s_lastText = q.text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Button answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        QPointer<QWidget> guard(parent);
        QMetaObject::invokeMethod(
            parent ? static_cast<QObject *>(parent) : QCoreApplication::instance(),
            [guard, parent, done, answer] {
                if (!parent || guard)
                    done(answer);
            },
            Qt::QueuedConnection);
        return;
    }

    auto *box = new QMessageBox(QMessageBox::Question, q.title, q.text, q.buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!q.informativeText.isEmpty())
        box->setInformativeText(q.informativeText);
    // The plain question layout: the style's icons (a cross on both "Close" and "Cancel")
    // would make "Keep working" look like a way out.
    for (QAbstractButton *b : box->buttons())
        b->setIcon(QIcon());
    for (auto it = q.buttonTexts.cbegin(); it != q.buttonTexts.cend(); ++it) {
        if (QAbstractButton *b = box->button(it.key())) {
            b->setText(it.value());
            b->setAccessibleName(A11y::plain(it.value()));
        }
    }
    if (q.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(q.defaultButton);
    if (q.escapeButton != QMessageBox::NoButton)
        box->setEscapeButton(q.escapeButton);
    QObject::connect(box, &QMessageBox::finished, box, [box, done](int) {
        QAbstractButton *clicked = box->clickedButton();
        done(clicked ? box->standardButton(clicked) : box->standardButton(box->escapeButton()));
    });
    box->open();
}
