#include "Backend.h"

#include "Simulator.h"
#include "core/AppInfo.h"
#include "network/Origin.h"
#include "storage/PendingStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString languageKey()
{
    return QStringLiteral("ui/language");
}

// Practice mode's settings, open for the whole run like PendingStore's default ones.
QSettings *practiceSettings()
{
    static QSettings settings(Backend::practiceStorage().settingsFile, QSettings::IniFormat);
    return &settings;
}

} // namespace

Backend::Backend(bool practice, const QString &apiBaseUrl, QObject *parent)
    : QObject(parent)
    , m_practice(practice)
    , m_configured(AppInfo::apiBase(apiBaseUrl))
    , m_practiceKey(practice ? Simulator::randomKey() : QString())
{ }

Backend::~Backend() = default;

QString Backend::problem() const
{
    if (m_practice)
        return {};
    const QString reason = Origin::problem(m_configured);
    if (reason.isEmpty())
        return {};
    return tr("The API address %1 cannot be used: %2")
        .arg(m_configured.toDisplayString(QUrl::RemoveUserInfo), reason);
}

bool Backend::start(QString *error)
{
    if (!m_practice || m_simulator)
        return true;
    Simulator::Options options;
    options.key = m_practiceKey;
    options.recordRequests = false; // bodies hold passwords; nobody reads them here
    m_simulator = std::make_unique<Simulator>(options);
    const QString stateFile = practiceStateFile();
    const bool firstRun = !QFileInfo::exists(stateFile);
    m_simulator->setStateFile(stateFile);
    if (m_practiceRateLimit > 0)
        m_simulator->setRateLimitPerMinute(m_practiceRateLimit);
    if (!m_simulator->start()) {
        m_simulator.reset();
        *error = tr("The practice simulator could not start on this computer.");
        return false;
    }
    if (firstRun)
        m_simulator->addDemoAccounts(); // and writes the state file
    return true;
}

QUrl Backend::apiBase() const
{
    if (m_practice)
        return m_simulator ? m_simulator->baseUrl() : QUrl();
    return m_configured;
}

Backend::Storage Backend::storage() const
{
    return m_practice ? practiceStorage() : productionStorage(m_configured);
}

Backend::Storage Backend::productionStorage(const QUrl &configured)
{
    return {configured, QStringLiteral("Fansly Connect"), QString()};
}

Backend::Storage Backend::practiceStorage()
{
    // Next to the application's settings file, under a name of its own.
    const QString file = QSettings(QSettings::IniFormat, QSettings::UserScope,
                                   QCoreApplication::organizationName(),
                                   QCoreApplication::applicationName() + QLatin1String(" practice"))
                             .fileName();
    return {practiceOrigin(), QStringLiteral("Fansly Connect practice"), file};
}

QUrl Backend::configuredBase() const
{
    return m_practice ? practiceOrigin() : m_configured; // storage().origin, without files
}

QString Backend::practiceStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/practice/simulator.json");
}

std::unique_ptr<PendingStore> Backend::makePendingStore() const
{
    return std::make_unique<PendingStore>(m_practice ? practiceSettings() : nullptr);
}

QString Backend::savedLanguage() const
{
    if (m_practice)
        return practiceSettings()->value(languageKey()).toString();
    return QSettings().value(languageKey()).toString();
}

void Backend::saveLanguage(const QString &code) const
{
    if (m_practice) {
        practiceSettings()->setValue(languageKey(), code);
        practiceSettings()->sync();
        return;
    }
    QSettings settings;
    settings.setValue(languageKey(), code);
}
