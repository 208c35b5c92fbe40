// Files the app writes are 0600 in 0700 folders whatever the umask, and older, looser ones
// are tightened the first time they are used: the settings (pending logins name creators,
// saved proxies name hosts and users) and the practice simulator's state.
#include "Simulator.h"
#include "core/AppInfo.h"
#include "storage/PendingStore.h"
#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
// The permission bits of `path`, or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray octal(int mode)
{
    return QByteArray::number(mode, 8);
}

#define COMPARE_MODE(path, expected) QCOMPARE(octal(modeOf(path)), octal(expected))
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The usual umask, which makes new files 0644 and folders 0755.
        ::umask(022);
        const QByteArray h = QFile::encodeName(m_home.path());
        qputenv("HOME", h);
        qputenv("XDG_CONFIG_HOME", h + "/config");
        qputenv("XDG_DATA_HOME", h + "/data");
    }

    // The settings file, made by the app's start (AppInfo::apply) and written by QSettings.
    void settingsAre0600InA0700Folder()
    {
        AppInfo::apply();
        const QString file = QSettings().fileName();
        QVERIFY2(file.startsWith(m_home.path()), qPrintable(file));
        PendingStore pending; // the app's default settings
        pending.save({QStringLiteral("acct_1"), QStringLiteral("creator@example.com"),
                      QStringLiteral("https://app.example"), QDateTime::currentDateTimeUtc()});
        QCOMPARE(pending.list(QStringLiteral("https://app.example")).size(), 1);
        COMPARE_MODE(file, 0600);
        COMPARE_MODE(QFileInfo(file).absolutePath(), 0700);
        // QSettings replaces the file on every write: it stays private.
        QSettings().setValue(QStringLiteral("another"), 1);
        QSettings().sync();
        COMPARE_MODE(file, 0600);
        QVERIFY(QFile::remove(file));
    }

    // A file and folder left 0644/0755 by an older version are tightened, contents kept.
    void olderLooserFilesAreTightenedOnFirstUse()
    {
        const QString dir = m_home.filePath(QStringLiteral("old"));
        const QString file = dir + QStringLiteral("/settings.ini");
        QVERIFY(QDir().mkpath(dir));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[pending]\n");
        }
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        COMPARE_MODE(file, 0644);

        QSettings settings(file, QSettings::IniFormat);
        PendingStore pending(&settings);
        pending.save({QStringLiteral("acct_2"), QStringLiteral("creator@example.com"),
                      QStringLiteral("https://app.example"), QDateTime::currentDateTimeUtc()});
        COMPARE_MODE(file, 0600);
        COMPARE_MODE(dir, 0700);
        QCOMPARE(pending.list(QStringLiteral("https://app.example")).size(), 1);

        // The app's settings file as well, at the start.
        const QString appFile = QSettings().fileName();
        QVERIFY(QDir().mkpath(QFileInfo(appFile).absolutePath()));
        {
            QFile f(appFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[General]\nkept=1\n");
        }
        QVERIFY(::chmod(QFile::encodeName(appFile).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(QFileInfo(appFile).absolutePath()).constData(), 0755)
                == 0);
        AppInfo::apply();
        COMPARE_MODE(appFile, 0600);
        COMPARE_MODE(QFileInfo(appFile).absolutePath(), 0700);
        QCOMPARE(QSettings().value(QStringLiteral("kept")).toInt(), 1);
    }

    // Even a umask that would take the owner's own bits gives the same modes.
    void anyUmaskGivesTheSameModes()
    {
        const mode_t old = ::umask(0277);
        const QString file = m_home.filePath(QStringLiteral("strict/a/b.ini"));
        QString error;
        const bool ok = PrivateFiles::ensureFile(file, &error);
        ::umask(old);
        QVERIFY2(ok, qPrintable(error));
        COMPARE_MODE(file, 0600);
        COMPARE_MODE(QFileInfo(file).absolutePath(), 0700);
        COMPARE_MODE(m_home.filePath(QStringLiteral("strict")), 0700);
    }

    // The practice simulator's accounts (display names, usernames) between runs.
    void practiceStateIs0600InA0700Folder()
    {
        const QString dir = m_home.filePath(QStringLiteral("data/practice"));
        const QString file = dir + QStringLiteral("/simulator.json");
        Simulator sim;
        sim.setStateFile(file);
        QVERIFY(sim.start());
        sim.addDemoAccounts(); // writes the state file
        COMPARE_MODE(file, 0600);
        COMPARE_MODE(dir, 0700);
        // An older 0755 folder is tightened by the next write.
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        sim.addDemoAccounts();
        COMPARE_MODE(dir, 0700);
        COMPARE_MODE(file, 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
