#include "storage/PendingStore.h"

#include "storage/PrivateFiles.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {
QString groupFor(const QString &origin, const QString &accountId)
{
    // QSettings keys may not hold '/' freely: percent-encode the origin.
    return QStringLiteral("pending/") + QString::fromLatin1(QUrl::toPercentEncoding(origin))
        + QLatin1Char('/') + accountId;
}

QSettings *defaultSettings()
{
    static QSettings settings;
    return &settings;
}
} // namespace

PendingStore::PendingStore(QSettings *settings)
    : m_settings(settings ? settings : defaultSettings())
{ }

void PendingStore::save(const PendingSession &session)
{
    m_settings->beginGroup(groupFor(session.origin, session.accountId));
    m_settings->setValue(QStringLiteral("displayName"), session.displayName);
    m_settings->setValue(QStringLiteral("startedAt"),
                         session.startedAt.toUTC().toString(Qt::ISODate));
    m_settings->endGroup();
    // Display names are often creators' emails: the file is private before it is written.
    PrivateFiles::ensureFile(m_settings->fileName());
    // Written at once so a crash right after the start reply loses nothing.
    m_settings->sync();
}

void PendingStore::remove(const QString &origin, const QString &accountId)
{
    m_settings->remove(groupFor(origin, accountId));
    m_settings->sync();
}

QList<PendingSession> PendingStore::list(const QString &origin) const
{
    QList<PendingSession> out;
    m_settings->beginGroup(QStringLiteral("pending/")
                           + QString::fromLatin1(QUrl::toPercentEncoding(origin)));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        PendingSession s;
        s.accountId = id;
        s.origin = origin;
        s.displayName = m_settings->value(id + QStringLiteral("/displayName")).toString();
        s.startedAt = QDateTime::fromString(
            m_settings->value(id + QStringLiteral("/startedAt")).toString(), Qt::ISODate);
        out.append(s);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const PendingSession &a, const PendingSession &b) {
        return a.startedAt > b.startedAt;
    });
    return out;
}
