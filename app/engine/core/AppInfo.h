#pragma once

#include <QString>
#include <QUrl>

// Shared by the GUI and the CLI so both read the same settings and keychain entries.
namespace AppInfo {
// Sets organization/application name and version on QCoreApplication.
void apply();
// --api-base-url value when given, else FANSLY_CONNECT_API_BASE_URL, else the vendor's URL.
QUrl apiBase(const QString &commandLineValue);
} // namespace AppInfo
