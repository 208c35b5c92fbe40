// tst_layouts' eyes: what a window shows, and where its text does not fit.
#pragma once

#include <QList>
#include <QSize>
#include <QString>

class QWidget;

namespace LayoutInspector {

// A text on screen and where it is ("QPushButton#tryAgainButton in DonePage").
struct Seen
{
    QString where;
    QString text; // as shown: "&" accelerators removed
    QString raw; // with them
};

struct Findings
{
    int widgets = 0; // widgets with text whose room was measured
    QStringList problems; // "clipped: QLabel#doneAdvice in DonePage …"
    QList<Seen> texts;
};

// Looks at `window` (a top-level widget or a popped-up menu) as laid out now: every visible
// label, button, field, combo box, header section, menu bar and tool bar entry whose text
// needs more room than it has, any such widget reaching outside its window, and the window
// larger than `limit` device pixels. Elided labels (ElidedLabel) shorten by design and are
// only read.
Findings inspect(QWidget *window, QSize limit);

// "&Save as" -> "Save as" ("&&" stays one "&").
QString withoutAccelerator(const QString &text);

// Whether an "&" accelerator sits inside a word of a joining script (Arabic "مس&تخدم"): Qt 6.4
// then draws the word in two pieces, its letters unjoined and wider than it measures them,
// and cuts the end off. At the start of a word it is drawn right.
bool acceleratorSplitsWord(const QString &text);

} // namespace LayoutInspector
