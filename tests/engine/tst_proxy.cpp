// The proxy rules: which choices are valid, and which field a problem is about.
#include "proxy/Proxy.h"

#include <QTest>

// Before any use in a data table, or an optimised build fails to compile.
Q_DECLARE_METATYPE(ProxyChoice)
Q_DECLARE_METATYPE(ProxyProblem::Field)

class TestProxy : public QObject
{
    Q_OBJECT
private slots:
    void validation_data()
    {
        using F = ProxyProblem::Field;
        QTest::addColumn<ProxyChoice>("proxy");
        QTest::addColumn<ProxyProblem::Field>("field");
        QTest::newRow("server default") << ProxyChoice() << F::None;
        QTest::newRow("us") << ProxyChoice::managed(QStringLiteral("us")) << F::None;
        QTest::newRow("uk") << ProxyChoice::managed(QStringLiteral("uk")) << F::None;
        QTest::newRow("de") << ProxyChoice::managed(QStringLiteral("de")) << F::Country;
        QTest::newRow("custom ok") << ProxyChoice::custom(QStringLiteral("1.2.3.4"), 1) << F::None;
        QTest::newRow("port 0") << ProxyChoice::custom(QStringLiteral("h"), 0) << F::Port;
        QTest::newRow("port 65536") << ProxyChoice::custom(QStringLiteral("h"), 65536) << F::Port;
        QTest::newRow("port 65535") << ProxyChoice::custom(QStringLiteral("h"), 65535) << F::None;
        QTest::newRow("empty host") << ProxyChoice::custom(QStringLiteral(" "), 80) << F::Host;
        QTest::newRow("empty host, bad port") << ProxyChoice::custom({}, 0) << F::Host;
        QTest::newRow("url as host")
            << ProxyChoice::custom(QStringLiteral("http://h/"), 80) << F::Host;
        QTest::newRow("user in host") << ProxyChoice::custom(QStringLiteral("me@h"), 80) << F::Host;
        // Found by fuzz_proxy: whitespace and invisible characters inside a host passed, and
        // a host is shown back to people (proxies list, the proxy page).
        QTest::newRow("tab in host") << ProxyChoice::custom(QStringLiteral("a\tb"), 80) << F::Host;
        QTest::newRow("line break in host")
            << ProxyChoice::custom(QStringLiteral("a\r\nb"), 80) << F::Host;
        QTest::newRow("NUL in host")
            << ProxyChoice::custom(QString(QStringLiteral("ab")).insert(1, QChar(0)), 80)
            << F::Host;
        QTest::newRow("bidi override in host")
            << ProxyChoice::custom(QStringLiteral("moc.elpmaxe\u202E"), 80) << F::Host;
        QTest::newRow("no-break space in host")
            << ProxyChoice::custom(QStringLiteral("a\u00A0b"), 80) << F::Host;
        // Found by fuzz_proxy: "[]\v:4" on the command line gave the host "[]".
        QTest::newRow("brackets in host")
            << ProxyChoice::custom(QStringLiteral("[]"), 80) << F::Host;
        QTest::newRow("bracketed IPv6 host")
            << ProxyChoice::custom(QStringLiteral("[::1]"), 80) << F::Host;
        QTest::newRow("spaces around host")
            << ProxyChoice::custom(QStringLiteral(" h "), 80) << F::None;
        QTest::newRow("IPv6 host")
            << ProxyChoice::custom(QStringLiteral("2001:db8::1"), 80) << F::None;
        QTest::newRow("password without user")
            << ProxyChoice::custom(QStringLiteral("h"), 80, {}, QStringLiteral("pw"))
            << F::Username;
        QTest::newRow("user and password") << ProxyChoice::custom(
            QStringLiteral("h"), 80, QStringLiteral("u"), QStringLiteral("pw"))
                                           << F::None;
    }
    void validation()
    {
        QFETCH(ProxyChoice, proxy);
        QFETCH(ProxyProblem::Field, field);
        const ProxyProblem problem = proxy.validate();
        QCOMPARE(problem.field, field);
        QCOMPARE(problem.isEmpty(), field == ProxyProblem::Field::None);
        QCOMPARE(problem.message.isEmpty(), field == ProxyProblem::Field::None);
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
