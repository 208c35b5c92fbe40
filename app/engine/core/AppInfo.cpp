#include "core/AppInfo.h"

#include "network/ApiClient.h"
#include "storage/PrivateFiles.h"

#include "core/Version.h"

#include <QCoreApplication>

namespace AppInfo {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FanslyConnect"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fansly-connect.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Fansly Connect"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FC_VERSION));
    // Before anything writes settings: they name creators and proxies (0600 in 0700).
    PrivateFiles::secureSettings();
}

QUrl apiBase(const QString &commandLineValue)
{
    QString value = commandLineValue.trimmed();
    if (value.isEmpty())
        value = qEnvironmentVariable("FANSLY_CONNECT_API_BASE_URL").trimmed();
    if (value.isEmpty())
        return ApiClient::defaultBaseUrl();
    return QUrl(value, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
}

} // namespace AppInfo
