// Shared by the tests that check no secret reaches the disk: secrets made to be found, and
// a search of every file under a directory (the throwaway test HOME) for their bytes.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

// A secret no file can contain by chance: an ASCII token `what-<uuid>` (found in any 8-bit
// encoding, escaped or not) plus non-ASCII text.
inline QString uniqueSecret(const char *what)
{
    return QLatin1String(what) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128)
        + QStringLiteral("-ключ-🔑-ñ");
}

// The forms a uniqueSecret() could take on disk: UTF-8, UTF-16, Base64 and its ASCII token.
inline QList<QByteArray> needlesFor(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    const QByteArray token = secret.section(QLatin1Char('-'), 0, 1).toLatin1();
    return {utf8, utf16, utf8.toBase64(), token};
}
inline QList<QByteArray> needlesFor(const QStringList &secrets)
{
    QList<QByteArray> needles;
    for (const QString &s : secrets)
        needles << needlesFor(s);
    return needles;
}

// Regular files under `root` that contain any of `needles` (sockets and FIFOs skipped);
// *scanned is how many files were read.
inline QStringList filesContaining(const QString &root, const QList<QByteArray> &needles,
                                   int *scanned = nullptr)
{
    QStringList hits;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++count;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles) {
            if (!n.isEmpty() && bytes.contains(n)) {
                hits << path;
                break;
            }
        }
    }
    if (scanned)
        *scanned = count;
    return hits;
}
