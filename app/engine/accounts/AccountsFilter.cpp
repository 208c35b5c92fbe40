#include "accounts/AccountsFilter.h"

#include "accounts/AccountsModel.h"

AccountsFilter::AccountsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccountsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // A row whose state changes moves to its sorted place and leaves a filter it no longer
    // matches.
    setDynamicSortFilter(true);
}

void AccountsFilter::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void AccountsFilter::setAttentionOnly(bool on)
{
    if (on == m_attentionOnly)
        return;
    m_attentionOnly = on;
    invalidateFilter();
}

bool AccountsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_attentionOnly && !m->data(first, AccountsModel::NeedsAttentionRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c :
         {AccountsModel::NameColumn, AccountsModel::UsernameColumn, AccountsModel::IdColumn}) {
        const QString value
            = m->data(m->index(sourceRow, c, sourceParent), AccountsModel::SortRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
