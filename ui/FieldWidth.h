#pragma once

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

// The width at which `edit` shows `text` whole (its placeholder, say) in its own font and
// style, frame and margins included: what QLineEdit::sizeHint() does for its 17 "x". A hint
// cut short with "…" in a longer language says nothing.
inline int fieldWidthFor(const QLineEdit *edit, const QString &text)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth
        = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
    const QMargins margins = edit->textMargins();
    const QSize content(edit->fontMetrics().horizontalAdvance(text) + 2 * 2 // QLineEdit's own
                            + margins.left() + margins.right(),
                        edit->fontMetrics().height());
    return edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, content, edit).width();
}
