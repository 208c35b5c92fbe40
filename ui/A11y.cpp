#include "A11y.h"

#include <QAbstractButton>
#include <QLabel>

namespace A11y {

QString plain(const QString &mnemonicText)
{
    QString out;
    out.reserve(mnemonicText.size());
    for (qsizetype i = 0; i < mnemonicText.size(); ++i) {
        const QChar c = mnemonicText.at(i);
        if (c == QLatin1Char('&')) {
            if (i + 1 < mnemonicText.size() && mnemonicText.at(i + 1) == QLatin1Char('&')) {
                out.append(c);
                ++i;
            }
            continue;
        }
        out.append(c);
    }
    return out;
}

void labelField(QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    field->setAccessibleName(plain(label->text()));
    // An underlined letter in Arabic breaks the joining of its word, which then draws a few
    // pixels wider than QLabel's size hint (Qt 6.4 measures it joined): leave room for that.
    if (plain(label->text()).isRightToLeft() && label->text() != plain(label->text()))
        label->setMinimumWidth(label->sizeHint().width()
                               + label->fontMetrics().horizontalAdvance(QLatin1Char('M')));
}

void nameAfterText(QAbstractButton *button)
{
    button->setAccessibleName(plain(button->text()));
}

void makeReadable(QLabel *label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // keyboard selection = a caret
    label->setFocusPolicy(Qt::StrongFocus);
}

} // namespace A11y
