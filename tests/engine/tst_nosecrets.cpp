// Runs full flows with verbose logging and then searches every log line and the
// settings file for each secret used: API key, passwords, proxy password, codes.
#include "Simulator.h"
#include "login/ConnectionSession.h"
#include "storage/PendingStore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << QString::fromLatin1(ctx.category ? ctx.category : "") + QLatin1Char(' ') + msg;
}
} // namespace

class TestNoSecrets : public QObject
{
    Q_OBJECT
    const QString m_key = QStringLiteral("sk-live-Zq81xVw3pL0aT7");
    const QString m_password = QStringLiteral("Creator-Pa55-word-9931");
    const QString m_proxyPassword = QStringLiteral("Proxy-Secret-4471");
    const QString m_code = QStringLiteral("123456");
    const QString m_wrongCode = QStringLiteral("987012");

private slots:
    void flowsLeaveNoSecrets()
    {
        QTemporaryDir dir;
        QLoggingCategory::setFilterRules(QStringLiteral("fc.*=true\nqt.network.*=true"));
        qInstallMessageHandler(capture);

        Simulator sim;
        sim.setTiming({80, 60});
        sim.addApiKey(m_key);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ApiClient client(&nam, sim.baseUrl());
        client.setApiKey(m_key);
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        PendingStore pending(&settings);

        for (const QString &user :
             {QStringLiteral("emailcreator"), QStringLiteral("totpcreator"),
              QStringLiteral("plaincreator"), QStringLiteral("wrongpassuser")}) {
            ConnectionSession session(&client, &pending);
            session.setPolicy(PollPolicy::fast());
            StartRequest r;
            r.username = user;
            r.password = m_password;
            r.proxy = ProxyChoice::custom(QStringLiteral("proxy.example.net"), 3128,
                                          QStringLiteral("proxyuser"), m_proxyPassword);
            session.start(r);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    if (session.state() == ConnectionSession::State::NeedsCode) {
                        const bool first = session.codeError().isEmpty()
                            && !g_log.join(QString()).contains(QLatin1String("code rejected"));
                        session.submitCode(first ? m_wrongCode : m_code);
                    }
                    return session.isFinished();
                },
                15000));
            if (user == QLatin1String("wrongpassuser"))
                QCOMPARE(session.state(), ConnectionSession::State::Failed);
            else
                QCOMPARE(session.state(), ConnectionSession::State::Connected);
        }
        qInstallMessageHandler(nullptr);
        settings.sync();

        QVERIFY(g_log.size() > 20); // the logs were really on
        const QString all = g_log.join(QLatin1Char('\n'));
        for (const QString &secret : {m_key, m_password, m_proxyPassword, m_code, m_wrongCode})
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("log holds a secret")));

        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const QString &secret : {m_key, m_password, m_proxyPassword, m_code, m_wrongCode})
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
