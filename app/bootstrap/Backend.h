#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class PendingStore;
class Simulator;

// Where the API is, decided once at start-up for both programs: the vendor's (or the
// --api-base-url / FANSLY_CONNECT_API_BASE_URL address), or practice mode's simulator
// on 127.0.0.1. Stored things (keychain entries, saved proxies, pending logins) are kept
// under configuredBase()'s origin, which in practice mode is a fixed name of its own, so
// practice and production never share anything. Practice mode also keeps its simulated
// accounts between runs (practiceStateFile()).
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
    // What stored things are kept under: the configured API origin, or practiceOrigin().
    QUrl configuredBase() const;
    static QUrl practiceOrigin() { return QUrl(QStringLiteral("https://practice.invalid")); }
    // The practice simulator's accounts, kept between runs (nothing secret).
    static QString practiceStateFile();
    // The key practice mode accepts; empty for the real API.
    QString practiceKey() const;
    // Where pending logins are kept for resuming after a restart (practice ones too: their
    // simulator remembers them), under Origin::of(configuredBase()).
    std::unique_ptr<PendingStore> makePendingStore() const;
    Simulator *simulator() const { return m_simulator.get(); }

private:
    bool m_practice;
    QUrl m_configured;
    std::unique_ptr<Simulator> m_simulator;
    int m_practiceRateLimit = 0;
};
