// The server's English in the user's words: status tokens, refused codes and failed
// logins, in English and (through the real .qm) in German and Arabic.
#include "login/ServerWords.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestServerWords : public QObject
{
    Q_OBJECT

private slots:
    void knownTokensBecomeWords_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("words");
        QTest::newRow("logging-in") << "logging-in"
                                    << "logging in";
        QTest::newRow("challenge-email") << "challenge-email"
                                         << "waiting for the code emailed to the creator";
        QTest::newRow("challenge-totp") << "challenge-totp"
                                        << "waiting for the code from the authenticator app";
        QTest::newRow("verifying") << "verifying"
                                   << "checking the code";
        QTest::newRow("authenticated") << "authenticated"
                                       << "connected";
        QTest::newRow("session-expired") << "session-expired"
                                         << "session expired";
        QTest::newRow("underscore, capitals") << " Session_Expired "
                                              << "session expired";
        QTest::newRow("failed") << "failed"
                                << "failed";
    }
    void knownTokensBecomeWords()
    {
        QFETCH(QString, token);
        QFETCH(QString, words);
        QCOMPARE(ServerWords::status(token), words);
    }

    // Never the raw token: a value this app has not seen gives nothing to show.
    void unknownTokensAreNotShown()
    {
        for (const char *token : {"", "queued-for-review", "challenge-sms", "\x1b[31mred"})
            QVERIFY2(ServerWords::status(QString::fromLatin1(token)).isEmpty(), token);
    }

    void refusedCodes()
    {
        QCOMPARE(ServerWords::codeRefused({}),
                 QStringLiteral("The code was not accepted. Check it and try again."));
        QCOMPARE(ServerWords::codeRefused(QStringLiteral("The verification code is incorrect.")),
                 QStringLiteral("The code was not accepted. Check it and try again. (reason "
                                "given: The verification code is incorrect.)"));
        QVERIFY(ServerWords::codeRefused(QStringLiteral("Code expired"))
                    .startsWith(QStringLiteral("The code has expired.")));
        QVERIFY(ServerWords::codeRefused(QStringLiteral("Too many attempts"))
                    .startsWith(QStringLiteral("Too many wrong codes")));
    }

    void failedLogins()
    {
        QCOMPARE(ServerWords::loginFailed(QStringLiteral("Invalid username or password.")),
                 QStringLiteral("Fansly did not accept the username or password (reason given: "
                                "Invalid username or password.)"));
        QCOMPARE(ServerWords::loginFailed(QStringLiteral("Proxy connection failed")),
                 QStringLiteral("The login could not go through the proxy (reason given: Proxy "
                                "connection failed)"));
        // Not recognised: the server's words are all there is.
        QCOMPARE(ServerWords::loginFailed(QStringLiteral("Something odd")),
                 QStringLiteral("Something odd"));
        QVERIFY(ServerWords::loginFailed(QStringLiteral("  ")).isEmpty());
    }

    // Right-to-left GUIs keep the server's English in one piece; the CLI gets it plain.
    void isolatesForRightToLeft()
    {
        ServerWords::setIsolating(true);
        const QString isolated = ServerWords::codeRefused(QStringLiteral("Wrong code."));
        ServerWords::setIsolating(false);
        QVERIFY2(isolated.endsWith(QString(QChar(0x2068)) + QStringLiteral("Wrong code.")
                                   + QChar(0x2069) + QLatin1Char(')')),
                 qPrintable(isolated));
        QVERIFY(!ServerWords::codeRefused(QStringLiteral("Wrong code.")).contains(QChar(0x2068)));
    }

    void inOtherLanguages()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/fansly-connect_de.qm")));
        QCoreApplication::installTranslator(&de);
        const QString status = ServerWords::status(QStringLiteral("challenge-email"));
        const QString failed = ServerWords::loginFailed(QStringLiteral("Invalid password"));
        QCoreApplication::removeTranslator(&de);
        QVERIFY2(!status.isEmpty()
                     && status
                         != QLatin1String("waiting for the code emailed "
                                          "to the creator"),
                 qPrintable(status));
        QVERIFY2(failed.contains(QStringLiteral("Benutzername"))
                     && failed.contains(QStringLiteral("Invalid password")),
                 qPrintable(failed));

        QTranslator ar;
        QVERIFY(ar.load(QStringLiteral(":/i18n/fansly-connect_ar.qm")));
        QCoreApplication::installTranslator(&ar);
        const QString arabic = ServerWords::status(QStringLiteral("verifying"));
        QCoreApplication::removeTranslator(&ar);
        QVERIFY2(arabic.contains(QChar(0x0631)) || arabic.contains(QChar(0x0645)),
                 qPrintable(arabic));
    }
};

QTEST_GUILESS_MAIN(TestServerWords)
#include "tst_serverwords.moc"
