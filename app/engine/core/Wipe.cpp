#include "core/Wipe.h"

namespace Wipe {

namespace {
// Volatile stores: the compiler may not drop them as writes to memory about to be freed.
void clear(void *data, qsizetype size)
{
    auto *p = static_cast<volatile unsigned char *>(data);
    for (qsizetype i = 0; i < size; ++i)
        p[i] = 0;
}
} // namespace

bool zero(QByteArray &value)
{
    if (value.isEmpty() || !value.isDetached())
        return false;
    // isDetached(): data() below cannot copy, so the bytes cleared are the ones that held it.
    // The whole allocation: a chopped tail may still hold part of the secret.
    clear(value.data(), qMax(value.size(), value.capacity()));
    return true;
}

bool zero(QString &value)
{
    if (value.isEmpty() || !value.isDetached())
        return false;
    clear(value.data(), qMax(value.size(), value.capacity()) * qsizetype(sizeof(QChar)));
    return true;
}

void wipe(QByteArray &value)
{
    zero(value);
    value = QByteArray();
}

void wipe(QString &value)
{
    zero(value);
    value = QString();
}

} // namespace Wipe
