// The accounts list's model and filter, without widgets: the server's list merged with the
// logins running here, updated in place so that selections survive a refresh.
#include "accounts/AccountsFilter.h"
#include "accounts/AccountsModel.h"

#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using Live = AccountsModel::Live;

namespace {
Account account(const char *id, const char *name, bool connected, const char *progress = "")
{
    Account a;
    a.id = QLatin1String(id);
    a.displayName = QString::fromUtf8(name);
    a.fanslyUsername = a.displayName.toLower().remove(QLatin1Char(' '));
    a.isAuthenticated = connected;
    a.progress = QLatin1String(progress);
    return a;
}
const QDateTime kAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
} // namespace

class TestAccountsModel : public QObject
{
    Q_OBJECT

private slots:
    void aRefreshUpdatesRowsInPlace()
    {
        AccountsModel m;
        m.setAccounts({account("a1", "Ann", true), account("b2", "Bea", false, "session-expired")},
                      kAt);
        QCOMPARE(m.rowCount(), 2);
        const QPersistentModelIndex bea = m.index(m.rowOf(QStringLiteral("b2")), 0);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.setAccounts({account("b2", "Bea", true), account("c3", "Cat", true)}, kAt.addSecs(60));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1); // Ann went
        QVERIFY(bea.isValid()); // the selection's index lives on
        QCOMPARE(bea.data(AccountsModel::AccountIdRole).toString(), QStringLiteral("b2"));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.readAt(), kAt.addSecs(60));
    }

    void statesInWords()
    {
        AccountsModel m;
        m.setAccounts({account("a1", "Ann", true), account("b2", "Bea", false, "session-expired"),
                       account("c3", "Cat", false)},
                      kAt);
        auto state = [&m](const char *id) {
            return m.index(m.rowOf(QLatin1String(id)), AccountsModel::StateColumn)
                .data()
                .toString();
        };
        QCOMPARE(state("a1"), QStringLiteral("Connected"));
        QCOMPARE(state("b2"), QStringLiteral("Not connected (session expired)"));
        QCOMPARE(state("c3"), QStringLiteral("Not connected"));
        m.setLive(QStringLiteral("a1"), Live::CodeNeeded);
        QCOMPARE(state("a1"), QStringLiteral("Code needed"));
        m.setLive(QStringLiteral("a1"), Live::Failed, QStringLiteral("Wrong password."));
        QCOMPARE(state("a1"), QStringLiteral("Failed: Wrong password."));
        QCOMPARE(m.attentionCount(), 3);
        m.setLive(QStringLiteral("b2"), Live::Connecting, QStringLiteral("logging-in"));
        QCOMPARE(state("b2"), QStringLiteral("Connecting… (logging-in)"));
        QCOMPARE(m.attentionCount(), 2); // a login running here is not a problem yet
    }

    void aLoginHereKeepsItsRowUntilTheServerListsIt()
    {
        AccountsModel m;
        m.setAccounts({account("a1", "Ann", true)}, kAt);
        m.setLive(QStringLiteral("n9"), Live::Connecting, {}, QStringLiteral("Nia"));
        QCOMPARE(m.rowCount(), 2);
        m.setAccounts({account("a1", "Ann", true)}, kAt); // not listed yet
        QVERIFY(m.row(QStringLiteral("n9")));
        QCOMPARE(m.row(QStringLiteral("n9"))->account.displayName, QStringLiteral("Nia"));
        m.clearLive(QStringLiteral("n9")); // cancelled: never on the server
        QVERIFY(!m.row(QStringLiteral("n9")));

        m.setLive(QStringLiteral("n8"), Live::Connecting, {}, QStringLiteral("Noa"));
        m.setConnected(QStringLiteral("n8"));
        m.setAccounts({account("a1", "Ann", true)}, kAt); // the list was read before it
        QVERIFY(!m.row(QStringLiteral("n8"))); // the server's word counts once it is listed
        Account noName = account("n8", "", true);
        m.setLive(QStringLiteral("n8"), Live::Connecting, {}, QStringLiteral("Noa"));
        m.setAccounts({account("a1", "Ann", true), noName}, kAt);
        QCOMPARE(m.row(QStringLiteral("n8"))->account.displayName, QStringLiteral("Noa"));
    }

    void removedOnlyWhenAsked()
    {
        AccountsModel m;
        m.setAccounts({account("a1", "Ann", true)}, kAt);
        m.removeAccount(QStringLiteral("zz"));
        QCOMPARE(m.rowCount(), 1);
        m.removeAccount(QStringLiteral("a1"));
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(m.hasList());
    }

    void filterByTextAndAttention()
    {
        AccountsModel m;
        m.setAccounts({account("a1", "Ann Lee", true), account("b2", "Bea", false),
                       account("c3", "Cat", true)},
                      kAt);
        AccountsFilter f;
        f.setSourceModel(&m);
        f.setText(QStringLiteral(" annlee "));
        QCOMPARE(f.rowCount(), 1); // the username matches, spaces around ignored
        f.setText(QStringLiteral("C3"));
        QCOMPARE(f.rowCount(), 1); // the id, any case
        f.setText({});
        f.setAttentionOnly(true);
        QCOMPARE(f.rowCount(), 1);
        m.setLive(QStringLiteral("c3"), Live::CodeNeeded);
        QCOMPARE(f.rowCount(), 2); // a row that starts to need attention shows up
        f.setAttentionOnly(false);
        f.sort(AccountsModel::StateColumn);
        QCOMPARE(f.index(0, 0).data(AccountsModel::NeedsAttentionRole).toBool(), true);
        f.sort(AccountsModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(f.index(0, 0).data().toString(), QStringLiteral("Cat"));
    }
};

QTEST_GUILESS_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
