#include "network/ApiClient.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "network/LoopbackHttpReply.h"
#include "network/OneShotBody.h"
#include "network/Origin.h"
#include "network/RateBudget.h"
#include "network/ReplyErrors.h"

#include "core/Version.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>

#include <cmath>

namespace {

const char kTimedOut[] = "fcTimedOut";
const char kTooLarge[] = "fcTooLarge";

} // namespace

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("FanslyConnect/") + QByteArrayLiteral(FC_VERSION) + " (Qt "
        + QByteArray(qVersion()) + "; " + QSysInfo::productType().toUtf8() + ")";
}

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
    , m_baseUrlProblem(Origin::problem(baseUrl))
    , m_clock(Clock::system())
{ }

void ApiClient::setBudget(RateBudget *budget)
{
    m_budget = budget;
}

RateBudget *ApiClient::budget() const
{
    return m_budget;
}

QUrl ApiClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    return url;
}

bool ApiClient::isValidAccountId(const QString &accountId)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,100}")));
    return re.match(accountId).hasMatch();
}

QUrl ApiClient::accountEndpoint(const QString &prefix, const QString &accountId,
                                const QString &suffix) const
{
    if (!isValidAccountId(accountId))
        return {};
    return endpoint(prefix + accountId + suffix);
}

QUrl ApiClient::pollUrl(const QString &accountId, const QUrl &pollingUrl) const
{
    // polling_url is followed only when it is exactly the status URL for this id under the
    // API base: same scheme, host and port, that path spelled the same way, no user name, no
    // query, no fragment. Anything else (dot segments, %2e%2e, another path, id or origin)
    // could send the key somewhere else, so the URL is built from the id instead. Since the
    // only URL worth following is the one we build, the built one is what always goes out.
    const QUrl built = accountEndpoint(QStringLiteral("/api/fansly/authenticate/"), accountId);
    if (pollingUrl.isEmpty() || built.isEmpty())
        return built;
    if (pollingUrl.toString(QUrl::FullyEncoded) != built.toString(QUrl::FullyEncoded)) {
        // Neither URL is logged in full: the server's may carry anything.
        qCWarning(lcApi).noquote()
            << "polling_url is not this account's status URL"
            << (Origin::same(pollingUrl, m_baseUrl) ? QStringLiteral("(same origin)")
                                                    : QStringLiteral("(another origin)"))
            << "- polling" << built.path() << "instead";
    }
    return built;
}

QNetworkReply *ApiClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               QObject *context, RawHandler handler)
{
    QPointer<QObject> guard(context);
    auto refuse = [this, guard, context, handler](ApiError error) {
        QMetaObject::invokeMethod(
            this,
            [guard, context, handler, error] {
                if (!context || guard)
                    handler(Raw {0, {}, error, {}});
            },
            Qt::QueuedConnection);
        return nullptr;
    };
    if (!m_baseUrlProblem.isEmpty())
        return refuse(ApiError::make(ApiError::Kind::Refused,
                                     QStringLiteral("API base URL refused: ") + m_baseUrlProblem));
    if (url.isEmpty())
        return refuse(
            ApiError::make(ApiError::Kind::Validation, QStringLiteral("not a valid account id")));
    if (!Origin::same(url, m_baseUrl))
        return refuse(ApiError::make(ApiError::Kind::Refused,
                                     QStringLiteral("request to a foreign origin refused")));
    if (m_apiKey.isEmpty())
        return refuse(ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("no API key")));

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    // A redirect may never take the token to another origin or down to http. Only a GET
    // follows one: Qt turns a 301/302 of any other verb into a GET (a code's answer would be
    // read from a status poll's) and cannot send a one-shot body again after a 307/308.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         verb == "GET" ? QNetworkRequest::SameOriginRedirectPolicy
                                       : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);

    OneShotBody *device = nullptr;
    if (verb == "GET" || verb == "DELETE") {
        Q_ASSERT(body.isEmpty());
    } else {
        // Not idempotent: must reach the server at most once (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        device = new OneShotBody(body);
    }
    QNetworkReply *reply = nullptr;
    if (url.scheme() == QLatin1String("http")) {
        // Plain http goes only to loopback (Origin::problem), and not through Qt's HTTP
        // thread, which cannot be stopped while such a server floods it (LoopbackHttpReply.h).
        reply = new LoopbackHttpReply(verb, request, device, kMaxBodyBytes, m_nam);
    } else if (verb == "GET" || verb == "DELETE") {
        // Not as a custom verb: Qt applies the read buffer limit below more reliably to these.
        reply = verb == "GET" ? m_nam->get(request) : m_nam->deleteResource(request);
    } else {
        reply = m_nam->sendCustomRequest(request, verb, device);
    }
    if (device)
        device->setParent(reply);
    qCDebug(lcApi) << verb << url.path();
    if (m_budget)
        m_budget->noteSent();

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(m_timeoutMs);
    // The body is read here as it arrives, into a buffer that never holds more than the cap
    // plus one byte, so a body without an honest length (chunked, close-delimited) fails as
    // soon as the byte past the cap arrives; download progress is no guard (Qt 6.4 reports
    // it late). Qt's HTTP thread (https) is also asked to keep at most kReadBufferBytes
    // unread, once the request is out (set earlier, the limit is lost).
    auto received = std::make_shared<QByteArray>();
    auto tooLarge = [reply](const QString &why) {
        if (reply->property(kTooLarge).isValid())
            return;
        reply->setProperty(kTooLarge,
                           QStringLiteral("reply larger than the size limit of %1 bytes (%2); "
                                          "download stopped")
                               .arg(kMaxBodyBytes)
                               .arg(why));
        reply->abort();
    };
    connect(reply, &QNetworkReply::requestSent, reply,
            [reply] { reply->setReadBufferSize(kReadBufferBytes); });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > kMaxBodyBytes)
            tooLarge(QStringLiteral("Content-Length %1").arg(length));
    });
    auto take = [reply, received, tooLarge] {
        received->append(reply->read(kMaxBodyBytes + 1 - received->size()));
        if (received->size() > kMaxBodyBytes)
            tooLarge(QStringLiteral("more than %1 bytes arrived").arg(kMaxBodyBytes));
    };
    connect(reply, &QNetworkReply::readyRead, reply, take);
    // Not ignored (the handshake then fails), only remembered: the error says which refusal.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        qCWarning(lcApi).noquote() << ReplyErrors::tlsRefusal(reply, errors).details;
    });
    if (context)
        connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(reply, &QNetworkReply::finished, this,
            [this, verb, reply, received, guard, context, handler, started] {
                qCInfo(lcApi).noquote()
                    << verb << reply->url().path() << "->"
                    << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                    << reply->error() << started->elapsed() << "ms";
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (m_budget && status > 0) // even when nobody waits for the answer any more
                    m_budget->noteReply(rateOf(reply, m_clock->utcNow()), status);
                bool isNumber = false;
                const double balance
                    = reply->rawHeader("x-ofapi-credits-balance").trimmed().toDouble(&isNumber);
                // "1e300" or "inf" is no balance (and must never be cast to an integer).
                const auto credits = isNumber && balance >= 0
                    ? ApiParse::wholeNumber(std::floor(balance), 0, ApiParse::kMaxExactInteger)
                    : std::nullopt;
                if (credits)
                    emit creditsSeen(*credits);
                if (!context || guard)
                    finish(reply, *received, handler);
                reply->deleteLater();
            });
    return reply;
}

RateInfo ApiClient::rateOf(QNetworkReply *reply, const QDateTime &now)
{
    RateInfo rate;
    rate.limitPerMinute = ReplyErrors::headerInt(reply, "x-rate-limit-limit-minute");
    rate.remainingPerMinute = ReplyErrors::headerInt(reply, "x-rate-limit-remaining-minute");
    if (rate.limitPerMinute < 0)
        rate.limitPerMinute = ReplyErrors::headerInt(reply, "X-RateLimit-Limit");
    if (rate.remainingPerMinute < 0)
        rate.remainingPerMinute = ReplyErrors::headerInt(reply, "X-RateLimit-Remaining");
    rate.retryAfterSeconds = ReplyErrors::retryAfterSeconds(reply, now);
    return rate;
}

void ApiClient::finish(QNetworkReply *reply, const QByteArray &body, const RawHandler &handler)
{
    Raw raw;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.rate = rateOf(reply, m_clock->utcNow());

    // Network- and proxy-level errors (codes below 200) say nothing about the body, even
    // when headers arrived before an abort; HTTP errors (200 and up) carry a status.
    const QString tooLarge = reply->property(kTooLarge).toString();
    const bool transportFailed = reply->property(kTimedOut).toBool() || !tooLarge.isEmpty()
        || raw.httpStatus == 0 || (reply->error() != QNetworkReply::NoError && reply->error() < 200)
        || reply->error() == QNetworkReply::ProtocolFailure // framing broke after the headers
        || reply->error() == QNetworkReply::InsecureRedirectError
        || reply->error() == QNetworkReply::TooManyRedirectsError;
    if (transportFailed) {
        raw.error
            = ReplyErrors::errorFromNetwork(reply, reply->property(kTimedOut).toBool(), tooLarge);
    } else {
        // Normally everything came through readyRead; take what Qt may still hold.
        raw.body = body + reply->read(kMaxBodyBytes + 1 - body.size());
        if (raw.body.size() > kMaxBodyBytes) {
            raw.error = ApiError::make(
                ApiError::Kind::Protocol,
                QStringLiteral("reply larger than the size limit of %1 bytes").arg(kMaxBodyBytes));
        } else if (raw.httpStatus >= 400) {
            raw.error = ReplyErrors::errorFromHttp(raw.httpStatus, raw.body);
            raw.error.retryAfterSeconds = raw.rate.retryAfterSeconds;
        } else if (raw.httpStatus < 200 || raw.httpStatus >= 300) {
            raw.error = ReplyErrors::errorFromHttp(raw.httpStatus, raw.body);
        }
    }
    raw.error.httpStatus = raw.httpStatus;
    handler(raw);
}

template<typename T, typename Parse>
QNetworkReply *ApiClient::call(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               QObject *context, Callback<T> done, Parse parse)
{
    return send(verb, url, body, context, [done, parse](const Raw &raw) {
        ApiResult<T> result;
        result.rate = raw.rate;
        result.error = raw.error;
        if (!raw.error.isError()) {
            QJsonParseError jsonError {};
            const QJsonDocument doc = raw.body.trimmed().isEmpty()
                ? QJsonDocument(QJsonObject())
                : QJsonDocument::fromJson(raw.body, &jsonError);
            QString problem;
            if (jsonError.error != QJsonParseError::NoError)
                problem = QStringLiteral("reply is not JSON: ") + jsonError.errorString();
            else
                result.value = parse(doc, &problem);
            if (!result.value) {
                result.error = ApiError::make(ApiError::Kind::Protocol, problem);
                result.error.httpStatus = raw.httpStatus;
                qCWarning(lcApi) << "unexpected reply:" << problem;
            }
        }
        done(result);
    });
}

namespace {
template<typename T> auto objectParser(std::optional<T> (*parse)(const QJsonObject &, QString *))
{
    return [parse](const QJsonDocument &doc, QString *error) -> std::optional<T> {
        if (!doc.isObject()) {
            *error = QStringLiteral("expected a JSON object");
            return std::nullopt;
        }
        return parse(doc.object(), error);
    };
}
} // namespace

QNetworkReply *ApiClient::startAuthentication(const StartRequest &request, QObject *context,
                                              Callback<StartReply> done)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return call<StartReply>("POST", endpoint(QStringLiteral("/api/fansly/authenticate")), body,
                            context, std::move(done), objectParser(&ApiParse::startReply));
}

QNetworkReply *ApiClient::pollStatus(const QString &accountId, const QUrl &pollingUrl,
                                     QObject *context, Callback<AuthStatus> done)
{
    return call<AuthStatus>("GET", pollUrl(accountId, pollingUrl), {}, context, std::move(done),
                            objectParser(&ApiParse::authStatus));
}

QNetworkReply *ApiClient::submitCode(const QString &accountId, const QString &code,
                                     QObject *context, Callback<AuthStatus> done)
{
    QJsonObject o;
    o.insert(QLatin1String("code"), code);
    return call<AuthStatus>("PUT",
                            accountEndpoint(QStringLiteral("/api/fansly/authenticate/"), accountId),
                            QJsonDocument(o).toJson(QJsonDocument::Compact), context,
                            std::move(done), objectParser(&ApiParse::authStatus));
}

QNetworkReply *ApiClient::reauthenticate(const QString &accountId, QObject *context,
                                         Callback<StartReply> done)
{
    auto parse
        = [accountId](const QJsonDocument &doc, QString *error) -> std::optional<StartReply> {
        if (!doc.isObject()) {
            *error = QStringLiteral("expected a JSON object");
            return std::nullopt;
        }
        return ApiParse::reauthReply(doc.object(), accountId, error);
    };
    // A reply that says it did not start is the server's refusal, not a protocol problem.
    auto refusal = [done](ApiResult<StartReply> r) {
        if (r.error.kind == ApiError::Kind::Protocol
            && r.error.details.startsWith(ApiParse::kNotStarted)) {
            r.error.kind = ApiError::Kind::HttpOther;
            r.error.message = r.error.details.mid(ApiParse::kNotStarted.size());
        }
        done(r);
    };
    return call<StartReply>("POST",
                            accountEndpoint(QStringLiteral("/api/fansly/authenticate/"), accountId,
                                            QStringLiteral("/reauthenticate")),
                            {}, context, refusal, parse);
}

QNetworkReply *ApiClient::listAccounts(QObject *context, Callback<QList<Account>> done)
{
    return call<QList<Account>>("GET", endpoint(QStringLiteral("/api/fansly/accounts")), {},
                                context, std::move(done), &ApiParse::accounts);
}

QNetworkReply *ApiClient::disconnectAccount(const QString &accountId, QObject *context,
                                            Callback<QString> done)
{
    auto parse = [](const QJsonDocument &doc, QString *error) -> std::optional<QString> {
        if (!doc.isObject()) {
            *error = QStringLiteral("expected a JSON object");
            return std::nullopt;
        }
        return doc.object().value(QLatin1String("message")).toString();
    };
    return call<QString>("DELETE",
                         accountEndpoint(QStringLiteral("/api/fansly/accounts/"), accountId), {},
                         context, std::move(done), parse);
}

QNetworkReply *ApiClient::whoami(QObject *context, Callback<WhoamiInfo> done)
{
    return call<WhoamiInfo>("GET", endpoint(QStringLiteral("/api/whoami")), {}, context,
                            std::move(done), objectParser(&ApiParse::whoami));
}
