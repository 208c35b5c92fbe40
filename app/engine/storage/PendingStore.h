#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSettings;

// A login that has an account id but has not ended: enough to resume it after
// a restart or a crash. Nothing secret is kept.
struct PendingSession
{
    QString accountId;
    QString displayName;
    QString origin; // Origin::of(api base): practice and production never mix
    QDateTime startedAt;
    bool operator==(const PendingSession &) const = default;
};

class PendingStore
{
public:
    // Uses `settings` when given (tests), else the app's default QSettings.
    explicit PendingStore(QSettings *settings = nullptr);

    void save(const PendingSession &session);
    void remove(const QString &origin, const QString &accountId);
    QList<PendingSession> list(const QString &origin) const; // newest first

private:
    QSettings *m_settings;
};
