#include "storage/SecretStore.h"

#include "core/Log.h"
#include "network/Origin.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

const char *statusName(SecretStore::Status s)
{
    switch (s) {
    case SecretStore::Status::Ok: return "ok";
    case SecretStore::Status::NotFound: return "not found";
    case SecretStore::Status::Unavailable: return "unavailable";
    case SecretStore::Status::AccessDenied: return "access denied";
    case SecretStore::Status::NoAnswer: return "no answer";
    case SecretStore::Status::Error: return "error";
    }
    return "?";
}

SecretStore::Status statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError: return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound: return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return SecretStore::Status::AccessDenied;
    // On Linux every "no keychain here" case (no bus, no Secret Service, no login
    // collection, no libsecret) arrives as OtherError; they differ only in the message.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry: break;
    }
    return SecretStore::Status::Error;
}

SecretStore::Result resultOf(QKeychain::Job *job)
{
    SecretStore::Result r;
    r.status = statusOf(job->error());
    if (r.status != SecretStore::Status::Ok && r.status != SecretStore::Status::NotFound)
        r.message = job->errorString();
    return r;
}

// Why the keychain is unavailable, in words a person can act on; empty if the backend's
// message is not one we recognise (the message is then shown as it is).
QString unavailableReason(const QString &message)
{
    const auto has
        = [&](const char *s) { return message.contains(QLatin1String(s), Qt::CaseInsensitive); };
    if (has("autolaunch") || has("D-Bus is not running") || has("DBUS_SESSION_BUS_ADDRESS")
        || has("dbus-launch"))
        return SecretStore::tr("no D-Bus session bus is running");
    if (has("org.freedesktop.secrets") || has("No keychain service") || has("No keyring daemon"))
        return SecretStore::tr("no Secret Service is running");
    if (has("/collection/") || has("No such keyring"))
        return SecretStore::tr("the default keyring does not exist or is not unlocked");
#ifdef Q_OS_LINUX
    // QtKeychain says only this when it cannot load libsecret.
    if (message == QLatin1String("Unknown error"))
        return SecretStore::tr("the libsecret library may be missing");
#endif
    return {};
}

template<class JobT> JobT *newJob(const QString &service, const QString &key)
{
    // No parent: libsecret holds a raw pointer to the job until it answers, so only the
    // job itself (autoDelete after `finished`) may end its life.
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Delivers to `context` through its event queue: never synchronous, and dropped with
// the queued event if `context` is destroyed first.
void deliver(QObject *context, const SecretStore::Callback &done, const SecretStore::Result &r)
{
    QMetaObject::invokeMethod(
        context, [done, r] { done(r); }, Qt::QueuedConnection);
}

void logResult(const char *op, const QString &key, const SecretStore::Result &r, qint64 ms)
{
    if (r.message.isEmpty())
        qCInfo(lcSecrets).nospace()
            << op << ' ' << key << ": " << statusName(r.status) << " (" << ms << " ms)";
    else
        qCWarning(lcSecrets).nospace() << op << ' ' << key << ": " << statusName(r.status) << " ("
                                       << ms << " ms): " << r.message;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
#ifdef Q_OS_LINUX
    , m_firstReadRetryDelayMs(1500)
#else
    , m_firstReadRetryDelayMs(0)
#endif
    , m_deadlineMs(defaultDeadline())
{ }

void SecretStore::setFirstReadRetryDelay(int ms)
{
    m_firstReadRetryDelayMs = qMax(0, ms);
}

void SecretStore::setDeadline(int ms)
{
    m_deadlineMs = qMax(1, ms);
}

int SecretStore::defaultDeadline()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("FANSLY_CONNECT_KEYCHAIN_TIMEOUT", &ok);
    return ok && seconds >= 1 && seconds <= 600 ? seconds * 1000 : 25000;
}

void SecretStore::run(QKeychain::Job *job, const char *op, const QString &key, QObject *context,
                      Answer answer, Callback then)
{
    // Shared by the two ways this can end, so that only the first one counts.
    struct Race
    {
        bool over = false;
        QElapsedTimer clock;
    };
    auto race = std::make_shared<Race>();
    race->clock.start();
    const int ms = m_deadlineMs;
    auto *deadline = new QTimer(context);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, context, [=] {
        deadline->deleteLater();
        if (race->over)
            return;
        race->over = true;
        Result r;
        r.status = Status::NoAnswer;
        r.message = QStringLiteral("no answer from the keychain within %1 ms").arg(ms);
        logResult(op, key, r, race->clock.elapsed());
        then(r);
    });
    QPointer<QTimer> timer(deadline);
    connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job *j) {
        if (race->over) {
            // The job cannot be cancelled; a write that answers now may still have saved.
            qCWarning(lcSecrets).nospace() << op << ' ' << key << ": answered after the deadline ("
                                           << race->clock.elapsed() << " ms), ignored";
            return;
        }
        race->over = true;
        if (timer)
            timer->deleteLater();
        const Result r = answer(j);
        logResult(op, key, r, race->clock.elapsed());
        then(r);
    });
    deadline->start(ms);
    job->start();
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    Q_ASSERT(context);
    const bool first = !m_anyReadStarted;
    m_anyReadStarted = true;
    startRead(key, context ? context : this, std::move(done), first && m_firstReadRetryDelayMs > 0);
}

void SecretStore::startRead(const QString &key, QObject *context, Callback done,
                            bool retryIfUnavailable)
{
    QPointer<SecretStore> self(this);
    const int retryDelay = m_firstReadRetryDelayMs;
    const auto answer = [](QKeychain::Job *j) {
        Result r = resultOf(j);
        if (r.status == Status::Ok)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        return r;
    };
    run(newJob<QKeychain::ReadPasswordJob>(m_service, key), "read", key, context, answer,
        [=, done = std::move(done)](const Result &r) {
            if (retryIfUnavailable && r.status == Status::Unavailable) {
                qCInfo(lcSecrets) << "first read found no keychain; retrying once in" << retryDelay
                                  << "ms";
                QTimer::singleShot(retryDelay, context, [self, key, context, done, r] {
                    if (self)
                        self->startRead(key, context, done, false);
                    else
                        done(r);
                });
                return;
            }
            deliver(context, done, r);
        });
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    Q_ASSERT(context);
    if (!context)
        context = this;
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    run(job, "write", key, context, &resultOf,
        [=, done = std::move(done)](const Result &r) { deliver(context, done, r); });
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Q_ASSERT(context);
    if (!context)
        context = this;
    const auto answer = [](QKeychain::Job *j) {
        Result r = resultOf(j);
        if (r.status == Status::NotFound)
            r.status = Status::Ok; // already gone is what the caller wanted
        return r;
    };
    run(newJob<QKeychain::DeletePasswordJob>(m_service, key), "remove", key, context, answer,
        [=, done = std::move(done)](const Result &r) { deliver(context, done, r); });
}

QString SecretStore::apiKeyName(const QUrl &apiBase)
{
    return QLatin1String("api-key@") + Origin::of(apiBase);
}

QString SecretStore::proxyPasswordName(const QUrl &apiBase, const QString &profile)
{
    return QLatin1String("proxy-password@") + Origin::of(apiBase) + QLatin1Char('/') + profile;
}

QString SecretStore::userMessage(const Result &r)
{
    // Plain words only: the backend's own text ("Failed to execute child process …") goes
    // to technicalDetail(), for a "Details" button or --verbose.
    const QString reason = unavailableReason(r.message.trimmed());
    switch (r.status) {
    case Status::Ok: return {};
    case Status::NotFound:
        return tr("Nothing is saved for this in the system keychain yet. Enter it again and it "
                  "will be saved.");
    case Status::Unavailable:
#ifdef Q_OS_LINUX
        if (reason.isEmpty())
            return tr("The system keychain is not available. Install or unlock GNOME Keyring or "
                      "KWallet, then try again.");
        return tr("The system keychain is not available (%1). Install or unlock GNOME Keyring or "
                  "KWallet, then try again.")
            .arg(reason);
#else
        if (reason.isEmpty())
            return tr("The system keychain is not available. Unlock it or check that it works, "
                      "then try again.");
        return tr("The system keychain is not available (%1). Unlock it or check that it works, "
                  "then try again.")
            .arg(reason);
#endif
    case Status::AccessDenied:
        return tr("The system keychain refused access. Unlock your keychain and allow "
                  "Fansly Connect to use it, then try again.");
    case Status::NoAnswer:
        return tr("The system keychain did not answer. It may be locked and waiting for its "
                  "password in a window that is hidden or on another screen. Unlock it, then "
                  "try again.");
    case Status::Error: break;
    }
    return tr("The system keychain reported an error. Try again; if it keeps happening, log "
              "out and back in or restart the keychain service.");
}

QString SecretStore::technicalDetail(const Result &r)
{
    return r.status == Status::Ok ? QString() : r.message.trimmed();
}
