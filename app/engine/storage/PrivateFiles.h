#pragma once

#include <QString>

// Files the app writes hold account ids, creators' display names (often their email) and
// proxy hosts and users: readable by this user only, whatever the umask. Each function
// creates what is missing and tightens what is looser, so a file or folder left by an
// older version is fixed the first time it is used.
namespace PrivateFiles {

// `dir` exists and is 0700 (missing parents are created 0700 too; existing ones are left).
bool ensureDir(const QString &dir, QString *error = nullptr);
// The folder of `file` as ensureDir(), and `file` exists (empty if new) with mode 0600.
bool ensureFile(const QString &file, QString *error = nullptr);
// ensureFile() on the app's settings file (the default QSettings): call once the
// application's names are set and before anything writes settings. QSettings keeps the
// mode of the file it replaces, so the file stays 0600.
void secureSettings();

} // namespace PrivateFiles
