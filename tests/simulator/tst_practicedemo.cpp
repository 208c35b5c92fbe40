// Practice mode's simulator (Backend): the first run starts with the demo accounts, later
// runs find what the person left (a disconnected demo account stays gone), and the rate
// limit can be set so the shared request budget can be seen working.
#include "Backend.h"
#include "Simulator.h"
#include "network/ApiClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPracticeDemo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QNetworkAccessManager m_nam;

    QList<Account> accounts(Backend &backend)
    {
        ApiClient client(&m_nam, backend.apiBase());
        client.setApiKey(backend.practiceKey());
        QList<Account> list;
        bool done = false;
        client.listAccounts(this, [&](const ApiResult<QList<Account>> &r) {
            list = r.value.value_or(QList<Account>());
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QVERIFY(!QFile::exists(Backend::practiceStateFile()));
    }

    void firstRunHasDemoAccountsUntilDisconnected()
    {
        QString id;
        {
            Backend backend(true, {});
            QString error;
            QVERIFY2(backend.start(&error), qPrintable(error));
            QVERIFY(QFile::exists(Backend::practiceStateFile()));
            const QList<Account> list = accounts(backend);
            QCOMPARE(list.size(), 3);
            QCOMPARE(list.at(0).displayName, QStringLiteral("Demo Creator"));
            int expired = 0;
            for (const Account &a : list)
                expired += !a.isAuthenticated && a.progress == QLatin1String("session-expired");
            QCOMPARE(expired, 1);
            id = list.at(0).id;
            ApiClient client(&m_nam, backend.apiBase());
            client.setApiKey(backend.practiceKey());
            bool done = false;
            client.disconnectAccount(id, this, [&](const ApiResult<QString> &r) {
                QVERIFY(r.ok());
                done = true;
            });
            QTRY_VERIFY(done);
        }
        Backend again(true, {});
        QString error;
        QVERIFY(again.start(&error));
        const QList<Account> list = accounts(again);
        QCOMPARE(list.size(), 2); // not added again
        for (const Account &a : list)
            QVERIFY(a.id != id);
    }

    void rateLimitCanBeSet()
    {
        Backend backend(true, {});
        backend.setPracticeRateLimit(30);
        QString error;
        QVERIFY(backend.start(&error));
        QCOMPARE(backend.simulator()->rateLimitPerMinute(), 30);
        Backend plain(true, {});
        QVERIFY(plain.start(&error));
        QCOMPARE(plain.simulator()->rateLimitPerMinute(), 120);
    }
};

QTEST_GUILESS_MAIN(TestPracticeDemo)
#include "tst_practicedemo.moc"
