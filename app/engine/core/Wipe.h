#pragma once

#include <QByteArray>
#include <QString>

// Overwriting secrets (passwords) in memory once they are no longer needed, so they do not
// linger in freed heap blocks. Qt's own fill() cannot do this: on a shared value it makes a
// fresh copy and fills that, leaving the original bytes where they were.
//
// Implicit sharing decides who wipes: a value is zeroed in place only when it is the last
// holder of its buffer. Other holders are left intact (they may still need the secret) and
// the last of them to call wipe() zeroes it. Static literals are never written to.
namespace Wipe {

// Zeroes the buffer in place when `value` is its only holder; keeps the size. True if zeroed.
bool zero(QByteArray &value);
bool zero(QString &value);
// zero(), then empty: the usual way to drop a secret.
void wipe(QByteArray &value);
void wipe(QString &value);

} // namespace Wipe
