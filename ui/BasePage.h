#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

// Common frame of every page: the practice-mode banner on top, the page's own
// content below.
class BasePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BasePage(QWidget *parent = nullptr);

    void setPracticeMode(bool practice);
    // Room for the longest sentences without wrapping every line, relative to the font so it
    // holds at any scale, and more where the page's labels need it in a long language. (A
    // minimum width set on the page or the wizard would replace what the content needs, and
    // QWizard would squeeze such a page.) A value without spaces (a name, a server's reason)
    // widens it to two thirds of the screen at most, what Qt gives a new window anyway.
    QSize minimumSizeHint() const override;

protected:
    QVBoxLayout *body() const { return m_body; }
    // A wrapped plain-text paragraph.
    static QLabel *paragraph(const QString &text, QWidget *parent);

private:
    QLabel *m_banner;
    QVBoxLayout *m_body;
};
