// Parsing and the state decision on documented and undocumented replies.
#include "network/ApiClient.h"
#include "network/ApiTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

namespace {
// JSON written with single quotes, so moc never has to read raw strings.
QByteArray J(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}
QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestApiTypes : public QObject
{
    Q_OBJECT
private slots:
    void documentedEmailChallenge()
    {
        QString error;
        const auto s = ApiParse::authStatus(
            obj(J("{'account_id':'fansly_acct_123','display_name':'My "
                  "Fansly','status':'challenge-email', "
                  "'is_authenticated':false,'needs_code':true,'twofa_type':2, "
                  "'masked_email':'t**@e*****.com','last_error':null,'fansly_user_data':null}")),
            &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->phase(), AuthStatus::Phase::NeedsCode);
        QVERIFY(s->isEmailChallenge());
        QCOMPARE(s->maskedEmail, QStringLiteral("t**@e*****.com"));
        QCOMPARE(s->displayName, QStringLiteral("My Fansly"));
    }

    void phases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("phase");
        const auto P = [](AuthStatus::Phase p) { return int(p); };
        QTest::newRow("verifying (documented PUT reply)")
            << (J("{'account_id':'a1','status':'verifying','is_authenticated':false,'needs_code':"
                  "true,'twofa_type':2}"))
            << P(AuthStatus::Phase::Verifying);
        QTest::newRow("authenticator challenge, unknown status name")
            << (J("{'account_id':'a1','status':'challenge-totp','is_authenticated':false,'needs_"
                  "code':true,'twofa_type':0}"))
            << P(AuthStatus::Phase::NeedsCode);
        QTest::newRow("connected")
            << (J("{'account_id':'a1','status':'authenticated','is_authenticated':true,'needs_code'"
                  ":false,'fansly_user_data':{'id':'1'}}"))
            << P(AuthStatus::Phase::Connected);
        QTest::newRow("connected wins over a stale error")
            << (J("{'account_id':'a1','status':'whatever','is_authenticated':true,'needs_code':"
                  "false,'last_error':'old'}"))
            << P(AuthStatus::Phase::Connected);
        QTest::newRow("failed") << (J(
            "{'account_id':'a1','status':'failed','is_authenticated':false,'needs_code':false,'"
            "last_error':'Invalid username or password'}"))
                                << P(AuthStatus::Phase::Failed);
        QTest::newRow("wrong code keeps the challenge")
            << (J("{'account_id':'a1','status':'challenge-email','is_authenticated':false,'needs_"
                  "code':true,'twofa_type':2,'last_error':'bad code'}"))
            << P(AuthStatus::Phase::NeedsCode);
        QTest::newRow("unknown status keeps working")
            << (J("{'account_id':'a1','status':'warming-up-the-hamsters','is_authenticated':false,'"
                  "needs_code':false}"))
            << P(AuthStatus::Phase::Working);
        QTest::newRow("failed-looking status without error keeps working")
            << (J("{'account_id':'a1','status':'failed','is_authenticated':false,'needs_code':"
                  "false,'last_error':null}"))
            << P(AuthStatus::Phase::Working);
        QTest::newRow("status missing")
            << (J("{'account_id':'a1','is_authenticated':false,'needs_code':false}"))
            << P(AuthStatus::Phase::Working);
        QTest::newRow("extra fields ignored")
            << (J("{'account_id':'a1','status':'pending','is_authenticated':false,'needs_code':"
                  "false,'_meta':{'x':1},'new_field':[1,2]}"))
            << P(AuthStatus::Phase::Working);
        QTest::newRow("twofa_type as string")
            << (J("{'account_id':'a1','status':'x','is_authenticated':false,'needs_code':true,'"
                  "twofa_type':'2'}"))
            << P(AuthStatus::Phase::NeedsCode);
    }
    void phases()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, phase);
        QString error;
        const auto s = ApiParse::authStatus(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(int(s->phase()), phase);
    }

    void malformedStatus_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("is_authenticated as string")
            << (J("{'account_id':'a1','is_authenticated':'yes','needs_code':false}"))
            << QStringLiteral("is_authenticated");
        QTest::newRow("needs_code missing")
            << (J("{'account_id':'a1','is_authenticated':false}")) << QStringLiteral("needs_code");
        QTest::newRow("account_id number")
            << (J("{'account_id':5,'is_authenticated':false,'needs_code':false}"))
            << QStringLiteral("account_id");
        QTest::newRow("account_id missing")
            << (J("{'is_authenticated':false,'needs_code':false}")) << QStringLiteral("account_id");
        QTest::newRow("twofa_type fraction")
            << (J("{'account_id':'a','is_authenticated':false,'needs_code':true,'twofa_type':1.5}"))
            << QStringLiteral("twofa_type");
        QTest::newRow("last_error object")
            << (J("{'account_id':'a','is_authenticated':false,'needs_code':false,'last_error':{}}"))
            << QStringLiteral("last_error");
        QTest::newRow("user data array") << (J(
            "{'account_id':'a','is_authenticated':true,'needs_code':false,'fansly_user_data':[]}"))
                                         << QStringLiteral("fansly_user_data");
    }
    void malformedStatus()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ApiParse::authStatus(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void lenientBooleans()
    {
        QString error;
        auto s = ApiParse::authStatus(
            obj(J("{'account_id':'a','is_authenticated':0,'needs_code':null}")), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(!s->isAuthenticated && !s->needsCode);
        s = ApiParse::authStatus(obj(J("{'account_id':'a','is_authenticated':1,'needs_code':0}")),
                                 &error);
        QVERIFY(s && s->isAuthenticated);
        QVERIFY(!ApiParse::authStatus(
            obj(J("{'account_id':'a','is_authenticated':2,'needs_code':false}")), &error));
    }

    void whoamiNeedsSomething()
    {
        QString error;
        QVERIFY(!ApiParse::whoami(QJsonObject(), &error));
        QVERIFY(ApiParse::whoami(obj(J("{'team':{'name':'T'}}")), &error));
    }

    void startReply()
    {
        QString error;
        auto r = ApiParse::startReply(
            obj(J("{'account_id':'fansly_acct_1','message':'ok','polling_url':'https://"
                  "app.onlyfansapi.com/api/fansly/authenticate/fansly_acct_1'}")),
            &error);
        QVERIFY(r);
        QCOMPARE(r->pollingUrl.host(), QStringLiteral("app.onlyfansapi.com"));
        QVERIFY(!ApiParse::startReply(obj(J("{'message':'ok'}")), &error));
        QVERIFY(error.contains(QLatin1String("account_id")));
    }

    void reauthReplyShapes()
    {
        QString error;
        auto a = ApiParse::reauthReply(obj(J("{'success':true,'message':'m','polling_url':'https://"
                                             "x/api/fansly/authenticate/id9'}")),
                                       QStringLiteral("id9"), &error);
        QVERIFY(a);
        QCOMPARE(a->accountId, QStringLiteral("id9"));
        auto b = ApiParse::reauthReply(obj(J("{'account_id':'id9','message':'m'}")),
                                       QStringLiteral("id9"), &error);
        QVERIFY(b);
        QVERIFY(!ApiParse::reauthReply(obj(J("{'success':false,'message':'Account is busy'}")),
                                       QStringLiteral("id9"), &error));
        QCOMPARE(error, ApiParse::kNotStarted + QStringLiteral("Account is busy"));
    }

    void accountsArrayAndWrapped()
    {
        QString error;
        const QByteArray item
            = J("{'id':'fansly_acct_1','display_name':'A','fansly_id':111,'fansly_username':'a','"
                "is_authenticated':true,'authentication_progress':'authenticated'}");
        auto list = ApiParse::accounts(QJsonDocument::fromJson("[" + item + "]"), &error);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().fanslyId, QStringLiteral("111"));
        auto wrapped
            = ApiParse::accounts(QJsonDocument::fromJson(J("{'data':[") + item + "]}"), &error);
        QVERIFY(wrapped);
        QCOMPARE(*wrapped, *list);
        QVERIFY(!ApiParse::accounts(QJsonDocument::fromJson(J("{'data':5}")), &error));
        QVERIFY(!ApiParse::accounts(QJsonDocument::fromJson(J("[5]")), &error));
    }

    void whoami()
    {
        QString error;
        auto w = ApiParse::whoami(
            obj(J("{'api_key':{'name':'Desk'},'team':{'name':'Agency','slug':'ag'}}")), &error);
        QVERIFY(w);
        QCOMPARE(w->teamName, QStringLiteral("Agency"));
        QVERIFY(!ApiParse::whoami(obj(J("{'api_key':'x'}")), &error));
    }

    void startRequestOmitsUnsetFields()
    {
        StartRequest r;
        r.username = QStringLiteral("u");
        r.password = QStringLiteral("p");
        QJsonObject o = r.toJson();
        QCOMPARE(o.keys(), (QStringList {QStringLiteral("password"), QStringLiteral("username")}));
        r.name = QStringLiteral("  Shown  ");
        r.proxy = ProxyChoice::managed(QStringLiteral("uk"));
        r.forceConnect = true;
        o = r.toJson();
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Shown"));
        QCOMPARE(o.value(QLatin1String("proxyCountry")).toString(), QStringLiteral("uk"));
        QVERIFY(!o.contains(QLatin1String("customProxy")));
        QCOMPARE(o.value(QLatin1String("force_connect")).toBool(), true);
        r.proxy = ProxyChoice::custom(QStringLiteral("proxy.example.net"), 8080);
        o = r.toJson();
        QVERIFY(!o.contains(QLatin1String("proxyCountry")));
        const QJsonObject p = o.value(QLatin1String("customProxy")).toObject();
        QVERIFY(p.value(QLatin1String("port")).isDouble());
        QCOMPARE(p.value(QLatin1String("port")).toInt(), 8080);
        QCOMPARE(p.keys(), (QStringList {QStringLiteral("host"), QStringLiteral("port")}));
    }

    // Numbers a hostile server may send where a small integer or an id is expected: never
    // cast out of range (undefined behaviour), never silently turned into another value.
    void outOfRangeNumbersAreMalformed_data()
    {
        QTest::addColumn<QString>("field"); // twofa_type or fansly_id
        QTest::addColumn<double>("value");
        const double inf = std::numeric_limits<double>::infinity();
        for (const char *field : {"twofa_type", "fansly_id"}) {
            const auto row = [field](const char *what, double v) {
                QTest::addRow("%s %s", field, what) << QString::fromLatin1(field) << v;
            };
            row("NaN", std::numeric_limits<double>::quiet_NaN());
            row("+inf", inf);
            row("-inf", -inf);
            row("1e300", 1e300);
            row("-1e300", -1e300);
            row("2^63", 9223372036854775808.0);
            row("2^64", 18446744073709551616.0);
            row("negative", -1);
            row("fraction", 2.5);
        }
        QTest::addRow("twofa_type INT_MIN") << QStringLiteral("twofa_type") << -2147483648.0;
        QTest::addRow("twofa_type 2^31") << QStringLiteral("twofa_type") << 2147483648.0;
        QTest::addRow("twofa_type too large for an enum") << QStringLiteral("twofa_type") << 1001.0;
        QTest::addRow("fansly_id above 2^53") << QStringLiteral("fansly_id") << 9007199254740994.0;
    }
    void outOfRangeNumbersAreMalformed()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QString error;
        if (field == QLatin1String("twofa_type")) {
            QJsonObject o = obj(J("{'account_id':'a','is_authenticated':false,'needs_code':true}"));
            o.insert(field, value);
            const auto s = ApiParse::authStatus(o, &error);
            QVERIFY2(!s, s && s->twofaType ? qPrintable(QString::number(*s->twofaType)) : "");
        } else {
            QJsonObject o = obj(J("{'id':'fansly_acct_1'}"));
            o.insert(field, value);
            const auto list = ApiParse::accounts(QJsonDocument(QJsonArray {o}), &error);
            QVERIFY2(!list, list ? qPrintable(list->first().fanslyId) : "");
        }
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void numbersInRangeStillParse()
    {
        QString error;
        auto s = ApiParse::authStatus(
            obj(J(
                "{'account_id':'a','is_authenticated':false,'needs_code':true,'twofa_type':2.0}")),
            &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->twofaType, 2);
        QVERIFY(!ApiParse::authStatus(obj(J("{'account_id':'a','is_authenticated':false,'needs_"
                                            "code':true,'twofa_type':'-5'}")),
                                      &error));
        auto list = ApiParse::accounts(
            QJsonDocument::fromJson(J("[{'id':'x','fansly_id':9007199254740992}]")), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->first().fanslyId, QStringLiteral("9007199254740992"));
    }

    void wholeNumberChecksBeforeConverting()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(ApiParse::wholeNumber(0, 0, 10), 0);
        QCOMPARE(ApiParse::wholeNumber(-0.0, 0, 10), 0);
        QCOMPARE(ApiParse::wholeNumber(10, 0, 10), 10);
        QCOMPARE(ApiParse::wholeNumber(-3, -5, 10), -3);
        QVERIFY(!ApiParse::wholeNumber(11, 0, 10));
        QVERIFY(!ApiParse::wholeNumber(-1, 0, 10));
        QVERIFY(!ApiParse::wholeNumber(0.5, 0, 10));
        QVERIFY(!ApiParse::wholeNumber(nan, 0, 10));
        QVERIFY(!ApiParse::wholeNumber(inf, 0, ApiParse::kMaxExactInteger));
        QVERIFY(!ApiParse::wholeNumber(-inf, -ApiParse::kMaxExactInteger, 0));
        QVERIFY(!ApiParse::wholeNumber(1e300, 0, ApiParse::kMaxExactInteger));
        QCOMPARE(ApiParse::wholeNumber(9007199254740992.0, 0, ApiParse::kMaxExactInteger),
                 ApiParse::kMaxExactInteger);
    }

    void accountIds()
    {
        QVERIFY(ApiClient::isValidAccountId(QStringLiteral("fansly_acct_123")));
        QVERIFY(!ApiClient::isValidAccountId(QStringLiteral("../whoami")));
        QVERIFY(!ApiClient::isValidAccountId(QStringLiteral("a/b")));
        QVERIFY(!ApiClient::isValidAccountId(QString()));
        QVERIFY(!ApiClient::isValidAccountId(QStringLiteral("fansly_acct_1\n")));
    }
};

QTEST_GUILESS_MAIN(TestApiTypes)
#include "tst_apitypes.moc"
