#include "proxy/ProxyProfiles.h"

#include "core/Log.h"
#include "network/Origin.h"
#include "storage/PrivateFiles.h"
#include "storage/SecretStore.h"

#include <QSettings>

#include <algorithm>

namespace {

QString encoded(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

ProxyProfile normalized(ProxyProfile p)
{
    p.name = p.name.trimmed();
    p.host = p.host.trimmed();
    return p;
}

// Runs `f` on `context`'s thread later; dropped if `context` is gone by then.
template<class F> void later(QObject *context, F &&f)
{
    if (context)
        QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace

ProxyProfiles::ProxyProfiles(SecretStore *secrets, const QUrl &apiBase, QObject *parent)
    : ProxyProfiles(secrets, apiBase, QString(), parent)
{ }

ProxyProfiles::ProxyProfiles(SecretStore *secrets, const QUrl &apiBase, const QString &settingsFile,
                             QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_apiBase(apiBase)
    , m_settingsFile(settingsFile)
{ }

std::unique_ptr<QSettings> ProxyProfiles::openSettings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QString ProxyProfiles::group() const
{
    return QLatin1String("proxyProfiles/") + encoded(Origin::of(m_apiBase));
}

QString ProxyProfiles::groupOf(const QString &name) const
{
    return group() + QLatin1Char('/') + encoded(name);
}

QList<ProxyProfile> ProxyProfiles::list() const
{
    const std::unique_ptr<QSettings> owned = openSettings();
    QSettings &settings = *owned;
    settings.beginGroup(group());
    QList<ProxyProfile> out;
    const QStringList groups = settings.childGroups();
    for (const QString &g : groups) {
        settings.beginGroup(g);
        ProxyProfile p;
        p.name = settings.value(QLatin1String("name")).toString();
        p.host = settings.value(QLatin1String("host")).toString();
        p.port = settings.value(QLatin1String("port")).toInt();
        p.username = settings.value(QLatin1String("username")).toString();
        settings.endGroup();
        if (!p.name.isEmpty())
            out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const ProxyProfile &a, const ProxyProfile &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return out;
}

std::optional<ProxyProfile> ProxyProfiles::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<ProxyProfile> all = list();
    for (const ProxyProfile &p : all) {
        if (p.name == wanted)
            return p;
    }
    return std::nullopt;
}

QString ProxyProfiles::validate(const ProxyProfile &p) const
{
    if (p.name.trimmed().isEmpty())
        return tr("Enter a name for this proxy.");
    return ProxyChoice::custom(p.host, p.port, p.username).validate().message;
}

void ProxyProfiles::writeSettings(const ProxyProfile &p)
{
    const std::unique_ptr<QSettings> owned = openSettings();
    QSettings &settings = *owned;
    // Hosts and user names: 0600 in a 0700 folder. AppInfo sees to the app's own file;
    // a file of our own (practice mode's) is seen to here.
    if (!m_settingsFile.isEmpty())
        PrivateFiles::ensureFile(m_settingsFile);
    settings.remove(groupOf(p.name)); // no stale keys from an older version
    settings.beginGroup(groupOf(p.name));
    settings.setValue(QLatin1String("name"), p.name);
    settings.setValue(QLatin1String("host"), p.host);
    settings.setValue(QLatin1String("port"), p.port);
    settings.setValue(QLatin1String("username"), p.username);
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcSecrets) << "could not write proxy profile settings" << settings.fileName();
    emit changed();
}

void ProxyProfiles::removeSettings(const QString &name)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    settings->remove(groupOf(name));
    settings->sync();
    emit changed();
}

void ProxyProfiles::save(const ProxyProfile &profile, const QString &password, QObject *context,
                         Done done)
{
    const ProxyProfile p = normalized(profile);
    QString problem = validate(p);
    if (problem.isEmpty() && !password.isEmpty() && p.username.isEmpty())
        problem = ProxyChoice::custom(p.host, p.port, p.username, password).validate().message;
    if (problem.isEmpty() && !m_secrets)
        problem = tr("The system keychain is not set up.");
    if (!problem.isEmpty()) {
        later(context, [done, problem] { done(false, problem); });
        return;
    }

    const QPointer<QObject> ctx(context);
    const auto finish = [this, p, ctx, done] {
        writeSettings(p);
        qCInfo(lcSecrets) << "saved proxy profile" << p.name << "for" << Origin::of(m_apiBase);
        later(ctx, [done] { done(true, {}); });
    };
    const QString key = SecretStore::proxyPasswordName(m_apiBase, p.name);

    if (!password.isEmpty()) {
        m_secrets->write(key, password, this, [p, ctx, done, finish](const SecretStore::Result &r) {
            if (r.status != SecretStore::Status::Ok) {
                const QString message
                    = tr("The proxy “%1” was not saved, because its password could not be stored "
                         "in the system keychain. It is not saved anywhere else.")
                          .arg(p.name)
                    + QLatin1Char(' ') + SecretStore::userMessage(r);
                later(ctx, [done, message] { done(false, message); });
                return;
            }
            finish();
        });
    } else if (p.username.isEmpty()) {
        // No user, no password: drop one left from an earlier version of this profile.
        m_secrets->remove(key, this, [key, finish](const SecretStore::Result &r) {
            if (r.status != SecretStore::Status::Ok)
                qCWarning(lcSecrets) << "could not delete the unused" << key;
            finish();
        });
    } else {
        later(this, finish);
    }
}

void ProxyProfiles::remove(const QString &name, QObject *context, Done done)
{
    const QString wanted = name.trimmed();
    const std::optional<ProxyProfile> existing = find(wanted);
    const QPointer<QObject> ctx(context);
    // The profile goes even when the keychain cannot be reached: a locked or missing
    // keychain must not make a saved proxy impossible to remove. Its password may stay.
    const auto finish = [this, wanted, existing, ctx, done](const QString &keychainProblem) {
        QString message;
        if (!keychainProblem.isEmpty() && existing && !existing->username.isEmpty()) {
            qCWarning(lcSecrets) << "could not delete the keychain entry of proxy profile"
                                 << wanted;
            message = tr("The proxy “%1” was removed, but its password could not be deleted "
                         "from the system keychain.")
                          .arg(wanted)
                + QLatin1Char(' ') + keychainProblem;
        }
        if (existing)
            removeSettings(wanted);
        qCInfo(lcSecrets) << "removed proxy profile" << wanted;
        later(ctx, [done, message] { done(true, message); });
    };
    if (!m_secrets) {
        later(this, [finish] { finish(tr("The system keychain is not set up.")); });
        return;
    }
    const QString key = SecretStore::proxyPasswordName(m_apiBase, wanted);
    m_secrets->remove(key, this, [finish](const SecretStore::Result &r) {
        finish(r.status == SecretStore::Status::Ok ? QString() : SecretStore::userMessage(r));
    });
}

void ProxyProfiles::load(const QString &name, QObject *context, Loaded done)
{
    const std::optional<ProxyProfile> p = find(name);
    if (!p) {
        const QString message = tr("There is no saved proxy named “%1”.").arg(name.trimmed());
        later(context, [done, message] { done(std::nullopt, message); });
        return;
    }
    ProxyChoice choice = ProxyChoice::custom(p->host, p->port, p->username);
    if (p->username.isEmpty() || !m_secrets) {
        later(context, [done, choice] { done(choice, {}); });
        return;
    }
    const QString key = SecretStore::proxyPasswordName(m_apiBase, p->name);
    const QPointer<QObject> ctx(context);
    m_secrets->read(key, this, [name = p->name, choice, ctx, done](const SecretStore::Result &r) {
        std::optional<ProxyChoice> out = choice;
        QString message;
        if (r.status == SecretStore::Status::Ok) {
            out->password = r.secret;
        } else if (r.status != SecretStore::Status::NotFound) {
            // A proxy user without a password is possible; a keychain we cannot read is not.
            out.reset();
            message = tr("The password of the proxy “%1” could not be read from the system "
                         "keychain.")
                          .arg(name)
                + QLatin1Char(' ') + SecretStore::userMessage(r);
        }
        later(ctx, [done, out, message] { done(out, message); });
    });
}
