#pragma once

#include <QGuiApplication>
#include <QString>

// A name, username or email inside a right-to-left sentence, kept in one piece: wrapped
// in Unicode's first-strong isolate, so "Ann (test)" or "j***@mail.com." does not get its
// brackets and dots moved by the Arabic around it. Left-to-right layouts get the text as is.
inline QString isolated(const QString &text)
{
    if (!QGuiApplication::isRightToLeft() || text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}
