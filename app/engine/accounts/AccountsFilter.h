#pragma once

#include <QSortFilterProxyModel>

// Sorting and filtering of the accounts list: a text that the name, username or id
// contains, and "Needs attention" only. Widget-free so tests use it as the window does.
class AccountsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountsFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setAttentionOnly(bool on);
    bool attentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_attentionOnly = false;
};
