#pragma once

#include <QLabel>

// A one-line value that never pushes its row wider than the window: too long a text is
// shown with "…" and given whole as tooltip and to screen readers (the label's text stays
// the full text; only the painting is shortened).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text); // hides QLabel::setText: keeps the tooltip right
    bool isElided() const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
};
