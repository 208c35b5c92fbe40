#pragma once

#include "network/ApiTypes.h"
#include "storage/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

// A saved custom proxy. The password is not part of it: it lives in the keychain only.
struct ProxyProfile
{
    QString name;
    QString host;
    int port = 0;
    QString username;
    bool operator==(const ProxyProfile &) const = default;
};

// Saved custom proxies of one API origin: name, host, port and user in QSettings
// (group "proxyProfiles/<origin>/<name>", both percent-encoded), the password in the
// system keychain under SecretStore::proxyPasswordName(). Nothing secret touches QSettings.
// Which settings file and keychain service hold them is the caller's choice (Backend
// gives practice mode its own of each).
//
// Callbacks run later (never inside the call) and only while `context` lives.
// `ok == false` means nothing was changed; `message` then says why, for a person.
class ProxyProfiles : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    using Loaded = std::function<void(std::optional<ProxyChoice> choice, const QString &message)>;

    // In the application's own QSettings file.
    ProxyProfiles(SecretStore *secrets, const QUrl &apiBase, QObject *parent = nullptr);
    // In `settingsFile` (INI format); empty: the application's own.
    ProxyProfiles(SecretStore *secrets, const QUrl &apiBase, const QString &settingsFile,
                  QObject *parent = nullptr);

    QList<ProxyProfile> list() const; // sorted by name, case-insensitively
    std::optional<ProxyProfile> find(const QString &name) const;
    // Empty if `p` may be saved, otherwise a reason for a person.
    QString validate(const ProxyProfile &p) const;

    // Saves (or overwrites) a profile; names and hosts are trimmed.
    // - a non-empty password is stored in the keychain first; if that fails nothing is
    //   saved at all (no profile without its password, no password anywhere else);
    // - an empty password keeps the stored one (a form's "leave blank to keep");
    // - a profile without a user name has no password: a stored one is deleted.
    void save(const ProxyProfile &p, const QString &password, QObject *context, Done done);
    // Deletes the keychain entry, then the settings. The profile is removed even if the
    // keychain cannot be reached; `ok` is then still true and `message` says that its
    // password may have been left in the keychain.
    void remove(const QString &name, QObject *context, Done done);
    // A Custom ProxyChoice with the password from the keychain (none if the profile has
    // no user name or none was stored); nullopt and a message if the profile is missing
    // or the keychain cannot be read.
    void load(const QString &name, QObject *context, Loaded done);

Q_SIGNALS:
    void changed(); // the list of profiles changed

private:
    std::unique_ptr<QSettings> openSettings() const;
    QString group() const;
    QString groupOf(const QString &name) const;
    void writeSettings(const ProxyProfile &p);
    void removeSettings(const QString &name);

    QPointer<SecretStore> m_secrets;
    QUrl m_apiBase;
    QString m_settingsFile;
};
