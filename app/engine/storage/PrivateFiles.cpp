#include "storage/PrivateFiles.h"

#include "core/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace PrivateFiles {

#ifdef Q_OS_UNIX
namespace {

bool fail(QString *error, const QString &what, const QString &path)
{
    const QString text = what + QLatin1Char(' ') + path + QLatin1String(": ")
        + QString::fromLocal8Bit(std::strerror(errno));
    qCWarning(lcSecrets).noquote() << text;
    if (error)
        *error = text;
    return false;
}

// mkdir(2) applies the umask, which may leave out bits we need or keep bits we do not
// want; chmod(2) does not, so the mode is set again either way.
bool makePrivateDir(const QByteArray &path)
{
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return false;
    return true;
}

} // namespace

bool ensureDir(const QString &dir, QString *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QFileInfo parent(QFileInfo(clean).absolutePath());
    if (clean != parent.absoluteFilePath() && !parent.exists()
        && !ensureDir(parent.absoluteFilePath(), error))
        return false;
    const QByteArray path = QFile::encodeName(clean);
    if (!makePrivateDir(path))
        return fail(error, QStringLiteral("cannot create the folder"), clean);
    struct stat st = {};
    if (::stat(path.constData(), &st) != 0)
        return fail(error, QStringLiteral("cannot read the folder"), clean);
    if ((st.st_mode & 07777) != 0700 && ::chmod(path.constData(), 0700) != 0)
        return fail(error, QStringLiteral("cannot make the folder private"), clean);
    return true;
}

bool ensureFile(const QString &file, QString *error)
{
    const QString clean = QFileInfo(file).absoluteFilePath();
    if (!ensureDir(QFileInfo(clean).absolutePath(), error))
        return false;
    const QByteArray path = QFile::encodeName(clean);
    // Never truncates: an existing file keeps its contents and only loses its looser bits.
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(error, QStringLiteral("cannot open the file"), clean);
    struct stat st = {};
    bool ok = ::fstat(fd, &st) == 0;
    if (ok && (st.st_mode & 07777) != 0600)
        ok = ::fchmod(fd, 0600) == 0;
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    return ok || fail(error, QStringLiteral("cannot make the file private"), clean);
}
#else
// Elsewhere the per-user folders QStandardPaths returns are already private to the user.
bool ensureDir(const QString &dir, QString *)
{
    return QDir().mkpath(dir);
}

bool ensureFile(const QString &file, QString *)
{
    return QDir().mkpath(QFileInfo(file).absolutePath());
}
#endif

void secureSettings()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Windows keeps settings in the registry and macOS in a property list that
    // CFPreferences writes; only here is it a plain file of ours.
    ensureFile(QSettings().fileName());
#endif
}

} // namespace PrivateFiles
