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

// The whole allocation, from its start: a chopped tail, or the room remove(0, n) or prepend()
// leave before data(), may still hold part of the secret (capacity() counts from the start of
// the allocation, not from data()).
template<typename T> void clearAllocation(QArrayDataPointer<T> &d)
{
    clear(d.data() - d.freeSpaceAtBegin(), d.constAllocatedCapacity() * qsizetype(sizeof(T)));
}
} // namespace

bool zero(QByteArray &value)
{
    if (value.isEmpty() || !value.isDetached())
        return false;
    // isDetached(): data() below cannot copy, so the bytes cleared are the ones that held it.
    value.data();
    clearAllocation(value.data_ptr());
    return true;
}

bool zero(QString &value)
{
    if (value.isEmpty() || !value.isDetached())
        return false;
    value.data();
    clearAllocation(value.data_ptr());
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
