#include "PracticeBanner.h"

PracticeBanner::PracticeBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("practiceBanner"));
    setText(tr("Practice mode — no real account is touched"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    // The system's tooltip colours: a contrasting pair that follows the palette.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}
