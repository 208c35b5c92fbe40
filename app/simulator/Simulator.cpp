#include "Simulator.h"

#include "SimHttp.h"
#include "SimScenario.h"
#include "SimValidation.h"
#include "core/Log.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

// The simulator's side of the conversation: faults, key check, rate limit,
// routing and the endpoints. HTTP plumbing is in SimHttp, login logic in SimScenario.

namespace {

constexpr qint64 kWindowMs = 60 * 1000;
constexpr qsizetype kMaxRecorded = 10000;

bool isStartPath(const QString &path)
{
    return path == QLatin1String("/api/fansly/authenticate");
}

bool isReauthPath(const QString &path)
{
    return path.startsWith(QLatin1String("/api/fansly/authenticate/"))
        && path.endsWith(QLatin1String("/reauthenticate"));
}

QString normalizedPath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p;
}

QString faultMessage(int status)
{
    switch (status) {
    case 401: return QStringLiteral("Unauthenticated.");
    case 402: return QStringLiteral("You have run out of credits.");
    case 403: return QStringLiteral("This action is unauthorized.");
    case 404: return QStringLiteral("Not Found");
    case 408: return QStringLiteral("Request Timeout");
    case 409: return QStringLiteral("Conflict");
    case 422: return QStringLiteral("The given data was invalid.");
    case 429: return QStringLiteral("Too Many Attempts.");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    default: return status >= 500 ? QStringLiteral("Server Error") : QStringLiteral("Error");
    }
}

// 200 replies whose required fields have the wrong JSON types.
QJsonDocument wrongTypeBody(const QString &method, const QString &path)
{
    if (method == QLatin1String("POST") && (isStartPath(path) || isReauthPath(path)))
        return QJsonDocument(QJsonObject {{QStringLiteral("account_id"), 5},
                                          {QStringLiteral("success"), QStringLiteral("yes")},
                                          {QStringLiteral("message"), 7},
                                          {QStringLiteral("polling_url"), false}});
    if (path.startsWith(QLatin1String("/api/fansly/authenticate/")))
        return QJsonDocument(
            QJsonObject {{QStringLiteral("account_id"), 5},
                         {QStringLiteral("display_name"), 6},
                         {QStringLiteral("status"), 7},
                         {QStringLiteral("is_authenticated"), QStringLiteral("yes")},
                         {QStringLiteral("needs_code"), QStringLiteral("no")},
                         {QStringLiteral("twofa_type"), QStringLiteral("two")},
                         {QStringLiteral("masked_email"), 8},
                         {QStringLiteral("last_error"), 9},
                         {QStringLiteral("fansly_user_data"), QStringLiteral("none")}});
    if (method == QLatin1String("GET") && path == QLatin1String("/api/fansly/accounts"))
        return QJsonDocument(
            QJsonArray {QJsonObject {{QStringLiteral("id"), 5},
                                     {QStringLiteral("fansly_id"), true},
                                     {QStringLiteral("is_authenticated"), QStringLiteral("yes")}}});
    if (path == QLatin1String("/api/whoami"))
        return QJsonDocument(QJsonObject {{QStringLiteral("api_key"), QStringLiteral("key")},
                                          {QStringLiteral("team"), 5}});
    return QJsonDocument(QJsonObject {{QStringLiteral("message"), 5}});
}

QByteArray oversizedBody()
{
    const QByteArray head = QByteArrayLiteral("{\"message\":\"Oversized reply.\",\"padding\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}");
    const qsizetype total = 3 * 1024 * 1024;
    return head + QByteArray(total - head.size() - tail.size(), 'x') + tail;
}

} // namespace

QString Simulator::randomKey()
{
    // QRandomGenerator::system() reads the operating system's cryptographic source
    // (getrandom on Linux); the engine's seeded RandomSource is not meant for secrets.
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QStringLiteral("practice-")
        + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Simulator::Simulator(QObject *parent)
    : Simulator(Options(), parent)
{ }

Simulator::Simulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_key(options.key.isEmpty() ? randomKey() : options.key)
    , m_createdAt(simIsoNow())
    , m_recordRequests(options.recordRequests)
{
    m_clock.start();
    m_epochAtStart = QDateTime::currentMSecsSinceEpoch();
    m_keys.insert(m_key, KeyState {});
}

Simulator::~Simulator()
{
    m_server.reset(); // closes the connections before the accounts go
}

bool Simulator::start(quint16 port)
{
    if (m_server) {
        qCWarning(lcSimulator) << "simulator already listening on port" << m_port;
        return false;
    }
    loadState();
    auto server = std::make_unique<SimHttpServer>(
        [this](const Request &r, const QPointer<QTcpSocket> &socket, bool close) {
            onRequest(r, socket, close);
        });
    const quint16 bound = server->listen(port);
    if (bound == 0) {
        qCWarning(lcSimulator) << "simulator cannot listen on 127.0.0.1 port" << port;
        return false;
    }
    m_server = std::move(server);
    m_port = bound;
    qCInfo(lcSimulator).noquote() << "practice simulator listening on" << baseUrl().toString();
    return true;
}

QUrl Simulator::baseUrl() const
{
    if (m_port == 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

qint64 Simulator::mostBytesReadFromOneConnection() const
{
    return m_server ? m_server->mostBytesReadFromOneConnection() : 0;
}

void Simulator::addApiKey(const QString &key, int credits)
{
    if (key.isEmpty() || key == m_key)
        return;
    KeyState s = m_keys.value(key);
    s.credits = credits < 0 ? -1 : credits;
    m_keys.insert(key, s);
}

void Simulator::setTiming(Timing t)
{
    m_timing = t;
}

void Simulator::setRateLimitPerMinute(int n)
{
    m_ratePerMinute = qMax(1, n);
}

void Simulator::addDemoAccounts()
{
    struct Demo
    {
        const char *id;
        int serial; // for the Fansly id only; new logins keep counting from 1
        const char *username;
        const char *displayName;
        SimScenario::Kind kind;
        bool expired;
    };
    static const Demo demos[] = {
        {"fansly_acct_demo1", 901, "democreator", "Demo Creator", SimScenario::Kind::Plain, false},
        {"fansly_acct_demo2", 902, "expireddemo", "Expired Demo", SimScenario::Kind::Email, true},
        {"fansly_acct_demo3", 903, "demostudio", "Demo Studio", SimScenario::Kind::Plain, false},
    };
    for (const Demo &d : demos) {
        const QString id = QLatin1String(d.id);
        if (account(m_key, id))
            continue;
        auto a = std::make_unique<SimAccount>(id, d.serial, m_key, QLatin1String(d.username),
                                              QLatin1String(d.displayName), d.kind, now());
        if (d.expired)
            a->setExpired(now());
        else
            a->setConnected(now());
        m_accounts.push_back(std::move(a));
    }
    saveState();
}

void Simulator::addFault(const Fault &f)
{
    if (f.times != 0)
        m_faults.append(f);
}

void Simulator::clearFaults()
{
    m_faults.clear();
}

QList<Simulator::Request> Simulator::requests() const
{
    return m_requests;
}

void Simulator::clearRequests()
{
    m_requests.clear();
}

void Simulator::setRecordRequests(bool on)
{
    m_recordRequests = on;
    if (!on)
        m_requests.clear();
}

// --- the request pipeline ------------------------------------------------------

void Simulator::onRequest(const Request &request, const QPointer<QTcpSocket> &socket, bool close)
{
    if (m_recordRequests) {
        if (m_requests.size() >= kMaxRecorded)
            m_requests.removeFirst();
        m_requests.append(request);
    }
    Context ctx {request, socket, close, false};
    ctx.request.path = normalizedPath(request.path);
    const QString &path = ctx.request.path;
    emit requestArrived(ctx.request.method, path);
    const bool carriesPollingUrl
        = ctx.request.method == QLatin1String("POST") && (isStartPath(path) || isReauthPath(path));
    const int index = takeFault(ctx.request, carriesPollingUrl);
    if (index < 0) {
        process(ctx);
        return;
    }
    const Fault f = m_faults.at(index);
    if (f.times == 0)
        m_faults.removeAt(index);
    switch (f.type) {
    case Fault::Type::Delay:
        QTimer::singleShot(qMax(0, f.delayMs), this, [this, ctx] { process(ctx); });
        return;
    case Fault::Type::ForeignPollingUrl:
        ctx.foreignPollingUrl = true;
        process(ctx);
        return;
    case Fault::Type::Drop:
        qCInfo(lcSimulator).noquote() << request.method << ctx.request.path << "-> dropped (fault)";
        SimHttpServer::drop(socket);
        return;
    default: send(socket, close, ctx.request, faultReply(f, ctx.request)); return;
    }
}

// Finds the first fault that matches and uses one of its turns; -1 if none.
int Simulator::takeFault(const Request &request, bool wantsPollingUrl)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.pathContains.isEmpty() && !request.path.contains(f.pathContains))
            continue;
        if (f.type == Fault::Type::ForeignPollingUrl && !wantsPollingUrl)
            continue;
        if (f.times > 0)
            --f.times;
        return i;
    }
    return -1;
}

SimReply Simulator::faultReply(const Fault &f, const Request &request) const
{
    SimReply r;
    switch (f.type) {
    case Fault::Type::Malformed: r.body = QByteArrayLiteral("<html>oops"); break;
    case Fault::Type::Oversized: r.body = oversizedBody(); break;
    case Fault::Type::WrongType:
        r = SimReply::json(200, wrongTypeBody(request.method, request.path));
        break;
    default: r = SimReply::message(f.status, faultMessage(f.status)); break;
    }
    if (f.retryAfter >= 0)
        r.addHeader("Retry-After", QByteArray::number(f.retryAfter));
    addRateHeaders(keyOf(request), &r);
    return r;
}

void Simulator::process(const Context &ctx)
{
    SimReply reply = route(ctx);
    addRateHeaders(keyOf(ctx.request), &reply);
    send(ctx.socket, ctx.close, ctx.request, std::move(reply));
}

void Simulator::send(const QPointer<QTcpSocket> &socket, bool close, const Request &request,
                     SimReply reply)
{
    if (request.method != QLatin1String("GET"))
        saveState(); // a start, a code, a re-authentication or a disconnect
    if (reply.status == 429)
        ++m_rejected;
    // Method, path and status only: never keys, passwords or codes.
    if (socket)
        qCInfo(lcSimulator).noquote() << request.method << request.path << "->" << reply.status;
    else
        qCInfo(lcSimulator).noquote()
            << request.method << request.path << "->" << reply.status << "(client gone)";
    SimHttpServer::write(socket, reply, close);
}

QString Simulator::keyOf(const Request &request) const
{
    const QByteArray auth = request.authorization.trimmed();
    if (auth.size() < 7 || auth.left(7).toLower() != "bearer ")
        return {};
    return QString::fromUtf8(auth.mid(7).trimmed());
}

bool Simulator::consumeRate(const QString &key, int *retryAfter)
{
    KeyState &s = m_keys[key];
    const qint64 t = now();
    if (s.windowStart < 0 || t - s.windowStart >= kWindowMs) {
        s.windowStart = t;
        s.used = 0;
    }
    if (s.used >= m_ratePerMinute) {
        const qint64 left = s.windowStart + kWindowMs - t;
        *retryAfter = int(qMax<qint64>(1, (left + 999) / 1000));
        return false;
    }
    ++s.used;
    return true;
}

void Simulator::addRateHeaders(const QString &key, SimReply *reply) const
{
    int remaining = m_ratePerMinute;
    const auto it = m_keys.constFind(key);
    if (it != m_keys.cend() && it->windowStart >= 0 && now() - it->windowStart < kWindowMs)
        remaining = qMax(0, m_ratePerMinute - it->used);
    reply->addHeader("x-rate-limit-limit-minute", QByteArray::number(m_ratePerMinute));
    reply->addHeader("x-rate-limit-remaining-minute", QByteArray::number(remaining));
    // Keys with a credit balance say what is left, as OnlyFansAPI's replies may.
    if (it != m_keys.cend() && it->credits >= 0)
        reply->addHeader("x-ofapi-credits-balance", QByteArray::number(it->credits));
}

bool Simulator::takeCredit(const QString &key)
{
    KeyState &s = m_keys[key];
    if (s.credits < 0)
        return true;
    if (s.credits == 0)
        return false;
    --s.credits;
    return true;
}

SimAccount *Simulator::account(const QString &key, const QString &id)
{
    for (const auto &a : m_accounts) {
        if (a->id() == id && a->ownerKey() == key)
            return a.get();
    }
    return nullptr;
}

QString Simulator::pollingUrl(const QString &id, bool foreign) const
{
    const QString base
        = foreign ? QStringLiteral("https://evil.example.net") : baseUrl().toString();
    return base + QLatin1String("/api/fansly/authenticate/") + id;
}
