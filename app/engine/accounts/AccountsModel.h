#pragma once

#include "network/ApiTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The team's Fansly accounts as the server listed them, merged with the logins running in
// this app and the ones an earlier run left unfinished. Widget-free: the main window shows
// it, tests and the CLI read it. Updated in place (never reset), so selections and scroll
// positions survive a refresh.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UsernameColumn,
        IdColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // What this app knows beyond the server's list, for one account.
    enum class Live {
        None, // only what the server says
        Interrupted, // an earlier run left the login unfinished: it can be resumed
        Connecting, // a login or re-authentication runs here
        CodeNeeded,
        Verifying,
        Failed, // the last login here failed; `detail` says why
    };
    Q_ENUM(Live)

    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        NeedsAttentionRole, // bool
        LiveRole, // int(Live)
        ConnectedRole, // bool: the server's is_authenticated
        SortRole, // what a column sorts by
    };

    struct Row
    {
        Account account;
        bool listed = false; // in the server's last list
        Live live = Live::None;
        QString detail; // failure reason, or the server's progress text while connecting
    };

    explicit AccountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The server's list: rows are updated, added and removed to match it. Accounts only
    // known here (a login running, or interrupted) stay.
    void setAccounts(const QList<Account> &accounts, const QDateTime &readAt);
    QDateTime readAt() const { return m_readAt; }
    bool hasList() const { return m_readAt.isValid(); }

    // What a login here reports. Adds a row for an account the server has not listed yet.
    void setLive(const QString &accountId, Live live, const QString &detail = {},
                 const QString &displayName = {});
    // The login here is over and the server's word counts again; a row the server never
    // listed goes.
    void clearLive(const QString &accountId);
    // A login here connected the account: it counts as listed and connected until the next
    // read says more.
    void setConnected(const QString &accountId);
    // The server removed the account.
    void removeAccount(const QString &accountId);

    int rowOf(const QString &accountId) const; // -1 when absent
    const Row *row(const QString &accountId) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int attentionCount() const;

    static bool needsAttention(const Row &row);
    static QString stateText(const Row &row); // the state column, in words

private:
    void changed(int row);
    void dropIfUnknown(int row);

    QList<Row> m_rows;
    QDateTime m_readAt;
};
