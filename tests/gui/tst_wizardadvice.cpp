// FailureAdvice: how a failed login is explained to a person.
#include "login/FailureAdvice.h"

#include <QTest>

using R = FailureAdvice::Reason;
using S = ConnectionSession::State;

class TestWizardAdvice : public QObject
{
    Q_OBJECT

    static ApiError error(ApiError::Kind kind, int status = 0, const QString &message = {})
    {
        ApiError e = ApiError::make(kind);
        e.httpStatus = status;
        e.message = message;
        return e;
    }

private slots:
    void serverReasons_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<R>("reason");
        QTest::newRow("password") << "Invalid username or password." << R::WrongPassword;
        QTest::newRow("credentials") << "Bad credentials" << R::WrongPassword;
        QTest::newRow("proxy") << "Could not connect through the proxy. Check the proxy host, "
                                  "port and login."
                               << R::ProxyProblem;
        QTest::newRow("expired") << "The verification code expired. Start the login again."
                                 << R::CodeExpired;
        QTest::newRow("codes") << "Too many incorrect codes. Start the login again."
                               << R::TooManyCodes;
        QTest::newRow("rate") << "Too many requests" << R::RateLimited;
        QTest::newRow("connected")
            << "This Fansly account is already connected." << R::AlreadyConnected;
        QTest::newRow("unknown") << "Something odd happened" << R::Unknown;
    }
    void serverReasons()
    {
        QFETCH(QString, text);
        QFETCH(R, reason);
        const FailureAdvice a = FailureAdvice::of(S::Failed, {}, text);
        QCOMPARE(a.reason, reason);
        QVERIFY(!a.headline.isEmpty());
        QVERIFY(!a.advice.isEmpty());
        QCOMPARE(a.detail, text);
    }

    void apiErrors_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<R>("reason");
        QTest::newRow("401") << error(ApiError::Kind::Unauthorized, 401) << R::KeyRejected;
        QTest::newRow("402") << error(ApiError::Kind::NoCredits, 402) << R::NoCredits;
        QTest::newRow("429") << error(ApiError::Kind::RateLimited, 429) << R::RateLimited;
        QTest::newRow("500") << error(ApiError::Kind::Server, 500) << R::ServerError;
        QTest::newRow("network") << error(ApiError::Kind::Network) << R::Network;
        QTest::newRow("422 connected")
            << error(ApiError::Kind::Validation, 422,
                     QStringLiteral("This Fansly account is already connected."))
            << R::AlreadyConnected;
        QTest::newRow("422 other") << error(ApiError::Kind::Validation, 422,
                                            QStringLiteral("The username field is required."))
                                   << R::WrongPassword;
        QTest::newRow("protocol") << error(ApiError::Kind::Protocol) << R::Unknown;
    }
    void apiErrors()
    {
        QFETCH(ApiError, error);
        QFETCH(R, reason);
        const FailureAdvice a = FailureAdvice::of(S::Failed, error, {});
        QCOMPARE(a.reason, reason);
        QVERIFY(!a.headline.isEmpty());
        QVERIFY(!a.advice.isEmpty());
    }

    void rateLimitSaysHowLong()
    {
        ApiError e = error(ApiError::Kind::RateLimited, 429);
        e.retryAfterSeconds = 3;
        QVERIFY(
            FailureAdvice::of(S::Failed, e, {}).advice.contains(QLatin1String("Wait 3 second")));
        e.retryAfterSeconds = -1;
        QVERIFY(FailureAdvice::of(S::Failed, e, {}).advice.contains(QLatin1String("a minute")));
    }

    void endStates()
    {
        QCOMPARE(FailureAdvice::of(S::TimedOut, {}, {}).reason, R::TimedOut);
        QCOMPARE(FailureAdvice::of(S::Cancelled, {}, {}).reason, R::Cancelled);
        const FailureAdvice none = FailureAdvice::of(S::Failed, {}, {});
        QCOMPARE(none.reason, R::Unknown);
        QVERIFY(!none.detail.isEmpty()); // "No reason was given."
    }

    void connectAnywayIsSuggestedForAlreadyConnected()
    {
        const FailureAdvice a = FailureAdvice::of(
            S::Failed, error(ApiError::Kind::Validation, 422, QStringLiteral("already connected")),
            {});
        QVERIFY(a.advice.contains(QLatin1String("Connect anyway")));
        QCOMPARE(a.fix, FailureAdvice::Fix::ForceConnect);
    }

    // Try again goes where the problem can be fixed.
    void tryAgainGoesWhereTheFixIs()
    {
        using F = FailureAdvice::Fix;
        QCOMPARE(
            FailureAdvice::of(S::Failed, {}, QStringLiteral("Invalid username or password.")).fix,
            F::Password);
        QCOMPARE(
            FailureAdvice::of(S::Failed, {}, QStringLiteral("Could not connect through the proxy."))
                .fix,
            F::Proxy);
        QCOMPARE(FailureAdvice::of(S::Failed, error(ApiError::Kind::Unauthorized, 401, {}), {}).fix,
                 F::ApiKey);
        QCOMPARE(FailureAdvice::of(S::Failed, error(ApiError::Kind::RateLimited, 429, {}), {}).fix,
                 F::Password);
        QCOMPARE(FailureAdvice::of(S::TimedOut, {}, {}).fix, F::Password);
    }
};

QTEST_GUILESS_MAIN(TestWizardAdvice)
#include "tst_wizardadvice.moc"
