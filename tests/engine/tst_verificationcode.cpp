// How typed, pasted and read-out codes become the digits that are sent.
#include "login/VerificationCode.h"

#include <QTest>

class TestVerificationCode : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456");
        QTest::newRow("read out with a space")
            << QStringLiteral("123 456") << QStringLiteral("123456");
        QTest::newRow("dash and newline")
            << QStringLiteral(" 123-456\n") << QStringLiteral("123456");
        // Arabic-Indic digits from a phone's keyboard become ASCII.
        QTest::newRow("arabic-indic") << QString::fromUtf8("١٢٣٤٥٦") << QStringLiteral("123456");
        QTest::newRow("letters only") << QStringLiteral("abc") << QString();
    }
    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, digits);
        QCOMPARE(VerificationCode::normalize(typed), digits);
    }

    void plausibleLengths()
    {
        QVERIFY(!VerificationCode::isPlausible(QStringLiteral("123")));
        QVERIFY(VerificationCode::isPlausible(QStringLiteral("1234")));
        QVERIFY(VerificationCode::isPlausible(QStringLiteral("123456")));
        QVERIFY(VerificationCode::isPlausible(QStringLiteral("123456789012")));
        QVERIFY(!VerificationCode::isPlausible(QStringLiteral("1234567890123")));
    }
};

QTEST_GUILESS_MAIN(TestVerificationCode)
#include "tst_verificationcode.moc"
