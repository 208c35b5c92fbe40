#include "accounts/AccountsModel.h"

#include "login/ServerWords.h"

AccountsModel::AccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccountsModel::needsAttention(const Row &row)
{
    switch (row.live) {
    case Live::Interrupted:
    case Live::CodeNeeded:
    case Live::Failed: return true;
    case Live::Connecting:
    case Live::Verifying: return false;
    case Live::None: break;
    }
    return !row.account.isAuthenticated;
}

QString AccountsModel::stateText(const Row &row)
{
    switch (row.live) {
    case Live::Interrupted: return tr("Interrupted: choose Resume");
    case Live::Connecting:
        return row.detail.isEmpty() ? tr("Connecting…") : tr("Connecting… (%1)").arg(row.detail);
    case Live::CodeNeeded: return tr("Code needed");
    case Live::Verifying: return tr("Checking the code…");
    case Live::Failed:
        return row.detail.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(row.detail);
    case Live::None: break;
    }
    if (row.account.isAuthenticated)
        return tr("Connected");
    // The server's progress token in words; one this app has not seen is left out.
    const QString words = ServerWords::status(row.account.progress);
    return words.isEmpty() ? tr("Not connected") : tr("Not connected (%1)").arg(words);
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        // Names and reasons come from the server: never read as markup.
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant()
                              : QVariant(QStringLiteral("<qt>") + text.toHtmlEscaped());
    }
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return r.account.displayName.isEmpty() && role == Qt::DisplayRole
                ? tr("(no name)")
                : r.account.displayName;
        case UsernameColumn: return r.account.fanslyUsername;
        case IdColumn: return r.account.id;
        case StateColumn:
            // Attention first when sorted by state, then by the words.
            if (role == SortRole)
                return QString(QLatin1Char(needsAttention(r) ? '0' : '1') + stateText(r));
            return stateText(r);
        }
        return {};
    case AccountIdRole: return r.account.id;
    case NeedsAttentionRole: return needsAttention(r);
    case LiveRole: return int(r.live);
    case ConnectedRole: return r.account.isAuthenticated;
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Display name");
    case UsernameColumn: return tr("Fansly username");
    case IdColumn: return tr("Account ID");
    case StateColumn: return tr("State");
    }
    return {};
}

void AccountsModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccountsModel::setAccounts(const QList<Account> &accounts, const QDateTime &readAt)
{
    m_readAt = readAt;
    QHash<QString, const Account *> byId;
    for (const Account &a : accounts)
        byId.insert(a.id, &a);
    // Rows the server no longer lists go, unless a login here still knows them.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        Row &r = m_rows[i];
        if (byId.contains(r.account.id))
            continue;
        r.listed = false;
        if (r.live != Live::None)
            changed(i); // stays, for the login here; its server-side actions go
        dropIfUnknown(i);
    }
    for (const Account &a : accounts) {
        const int i = rowOf(a.id);
        if (i < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(Row {a, true, Live::None, {}});
            endInsertRows();
            continue;
        }
        Row &r = m_rows[i];
        if (r.account == a && r.listed)
            continue;
        // A login here may know a name the server has not got yet.
        const QString name = r.account.displayName;
        r.account = a;
        if (r.account.displayName.isEmpty())
            r.account.displayName = name;
        r.listed = true;
        changed(i);
    }
}

void AccountsModel::setLive(const QString &accountId, Live live, const QString &detail,
                            const QString &displayName)
{
    if (accountId.isEmpty())
        return;
    int i = rowOf(accountId);
    if (i < 0) {
        i = int(m_rows.size());
        Row r;
        r.account.id = accountId;
        r.account.displayName = displayName;
        beginInsertRows({}, i, i);
        m_rows.append(r);
        endInsertRows();
    }
    Row &r = m_rows[i];
    if (r.live == live && r.detail == detail
        && (displayName.isEmpty() || displayName == r.account.displayName))
        return;
    r.live = live;
    r.detail = detail;
    if (!displayName.isEmpty() && r.account.displayName.isEmpty())
        r.account.displayName = displayName;
    changed(i);
}

void AccountsModel::clearLive(const QString &accountId)
{
    const int i = rowOf(accountId);
    if (i < 0)
        return;
    Row &r = m_rows[i];
    r.live = Live::None;
    r.detail.clear();
    changed(i);
    dropIfUnknown(i);
}

void AccountsModel::setConnected(const QString &accountId)
{
    const int i = rowOf(accountId);
    if (i < 0)
        return;
    Row &r = m_rows[i];
    r.live = Live::None;
    r.detail.clear();
    r.listed = true;
    r.account.isAuthenticated = true;
    r.account.progress.clear();
    changed(i);
}

void AccountsModel::removeAccount(const QString &accountId)
{
    const int i = rowOf(accountId);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
}

void AccountsModel::dropIfUnknown(int i)
{
    const Row &r = m_rows.at(i);
    if (r.listed || r.live != Live::None)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
}

int AccountsModel::rowOf(const QString &accountId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).account.id == accountId)
            return i;
    }
    return -1;
}

const AccountsModel::Row *AccountsModel::row(const QString &accountId) const
{
    const int i = rowOf(accountId);
    return i < 0 ? nullptr : &m_rows.at(i);
}

int AccountsModel::attentionCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), needsAttention));
}
