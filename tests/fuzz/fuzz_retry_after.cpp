// Rate-limit headers: ReplyErrors::retryAfterSeconds (seconds or an HTTP date) and
// ReplyErrors::headerInt, read from a reply that carries the fuzzed header value.

#include "FuzzCheck.h"
#include "network/ReplyErrors.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>

namespace {

// A finished reply with headers only; QNetworkReply::setRawHeader is protected.
class HeaderReply : public QNetworkReply
{
public:
    explicit HeaderReply(const QByteArray &value)
    {
        setRawHeader("Retry-After", value);
        setRawHeader("x-rate-limit-remaining-minute", value);
        setFinished(true);
    }
    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

constexpr int kDay = 24 * 3600;

// The number a plain decimal header value stands for, if it is one that fits an int.
std::optional<qint64> plainNumber(const QByteArray &value)
{
    const QByteArray t = value.trimmed();
    if (t.isEmpty() || t.size() > 9)
        return std::nullopt;
    for (const char c : t)
        if (c < '0' || c > '9')
            return std::nullopt;
    return t.toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    // Byte 0 picks the mode, bytes 1-4 the clock (any second from 1970 to 2106), the rest
    // the header; in date mode, the rest says how far from the clock the date is.
    const bool dateMode = data[0] & 1;
    const qint64 nowSecs = qint64(data[1]) << 24 | qint64(data[2]) << 16 | data[3] << 8 | data[4];
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs, QTimeZone::utc());
    QByteArray value = fuzzBytes(data + 5, size - 5);

    qint64 offset = 0;
    if (dateMode) {
        // A well-formed HTTP date (RFC 9110 IMF-fixdate) up to two days from the clock.
        quint64 hash = 0;
        for (const char c : value)
            hash = hash * 31 + static_cast<unsigned char>(c);
        offset = qint64(hash % (4 * kDay)) - 2 * kDay;
        value = QLocale::c()
                    .toString(now.addSecs(offset), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                    .toLatin1()
            + " GMT";
    }

    HeaderReply reply(value);
    const int seconds = ReplyErrors::retryAfterSeconds(&reply, now);
    FUZZ_CHECK(ReplyErrors::retryAfterSeconds(&reply, now) == seconds);
    // Never negative (except "unknown"), never more than a day: a hostile server cannot
    // make the app wait for ever, nor make it retry at once by sending a date in the past.
    FUZZ_CHECK(seconds == -1 || (seconds >= 0 && seconds <= kDay));
    if (value.trimmed().isEmpty())
        FUZZ_CHECK(seconds == -1);
    if (const auto n = plainNumber(value))
        FUZZ_CHECK(seconds == qMin(*n, qint64(kDay)));
    if (dateMode)
        FUZZ_CHECK(seconds == qBound(qint64(0), offset, qint64(kDay)));
    // Anything but a number is read only as an HTTP date, which ends in GMT.
    bool isInt = false;
    value.trimmed().toInt(&isInt);
    if (seconds >= 0)
        FUZZ_CHECK(isInt || value.trimmed().endsWith(" GMT"));

    const int remaining = ReplyErrors::headerInt(&reply, "x-rate-limit-remaining-minute");
    FUZZ_CHECK(remaining >= -1);
    if (const auto n = plainNumber(value))
        FUZZ_CHECK(remaining == *n);
    FUZZ_CHECK(ReplyErrors::headerInt(&reply, "x-absent-header") == -1);
    return 0;
}
