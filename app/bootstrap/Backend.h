#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class PendingStore;
class Simulator;

// Where the API is, decided once at start-up for both programs: the vendor's (or the
// --api-base-url / FANSLY_CONNECT_API_BASE_URL address), or practice mode's simulator
// on 127.0.0.1. Also decided here, once: where each mode keeps things between runs
// (storage()). Practice mode has a namespace of its own for every stored thing (settings
// file, keychain service, entry names, the simulator's accounts), so it can never read a
// production proxy password or key, nor leave anything in production's places.
class Backend : public QObject
{
    Q_OBJECT
public:
    Backend(bool practice, const QString &apiBaseUrl, QObject *parent = nullptr);
    ~Backend() override;

    // Empty when the choice can be used; otherwise why not, for people. Needs no running
    // simulator, so a command line can be checked before a display exists.
    QString problem() const;
    // Practice mode's requests a minute per key (--practice-rate-limit), so the shared
    // request budget can be seen working; <= 0: the simulator's default. Before start().
    void setPracticeRateLimit(int perMinute) { m_practiceRateLimit = perMinute; }
    // Starts the simulator in practice mode. False (and `error` says why) if it cannot.
    // The first practice run (no state file yet) starts with the demo accounts; later runs
    // find what the person left, so a disconnected demo account stays gone.
    bool start(QString *error);

    bool isPractice() const { return m_practice; }
    // Where requests go: the simulator's address in practice mode (after start()).
    QUrl apiBase() const;

    // Where one mode keeps things between runs: SecretStore(keychainService), ProxyProfiles(
    // secrets, origin, settingsFile), makePendingStore(). Needs the application's names
    // (Bootstrap::setUpApplication) for the settings file.
    struct Storage
    {
        QUrl origin; // entry names carry it: keychain entries, settings groups
        QString keychainService; // the system keychain's service name
        QString settingsFile; // empty: the application's own QSettings file
        bool operator==(const Storage &) const = default;
    };
    Storage storage() const;
    static Storage productionStorage(const QUrl &configured);
    static Storage practiceStorage();
    // storage().origin: the configured API origin, or practiceOrigin().
    QUrl configuredBase() const;
    static QUrl practiceOrigin() { return QUrl(QStringLiteral("https://practice.invalid")); }
    // The practice simulator's accounts, kept between runs (no key, nothing secret).
    static QString practiceStateFile();
    // The key practice mode's simulator accepts: random, made for this run, known only to
    // this process (never written anywhere). Empty for the real API.
    QString practiceKey() const { return m_practiceKey; }

    // Where pending logins are kept for resuming after a restart (practice ones too: their
    // simulator remembers them).
    std::unique_ptr<PendingStore> makePendingStore() const;
    Simulator *simulator() const { return m_simulator.get(); }
    // The Language menu's choice (a Languages code; empty: follow the system), in this
    // mode's settings like everything else.
    QString savedLanguage() const;
    void saveLanguage(const QString &code) const;

private:
    bool m_practice;
    QUrl m_configured;
    QString m_practiceKey;
    std::unique_ptr<Simulator> m_simulator;
    int m_practiceRateLimit = 0;
};
