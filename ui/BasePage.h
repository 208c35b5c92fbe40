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

protected:
    QVBoxLayout *body() const { return m_body; }
    // A wrapped plain-text paragraph.
    static QLabel *paragraph(const QString &text, QWidget *parent);

private:
    QLabel *m_banner;
    QVBoxLayout *m_body;
};
