// Time and chance that a test controls (KeePassXC's MockClock habit): hand these to the
// engine instead of the system's, then move time on with advance().
#pragma once

#include "core/Clock.h"

#include <QTimeZone>

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &utc
                         = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()))
        : m_utc(utc)
    { }
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override { return m_utc.addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    QDateTime m_utc;
    qint64 m_ms = 0;
};

// Always the same number: 0.5 is the middle, so jitter adds nothing.
class FixedRandom final : public RandomSource
{
public:
    explicit FixedRandom(double value = 0.5)
        : m_value(value)
    { }
    double unit() override { return m_value; }
    void set(double value) { m_value = value; }

private:
    double m_value;
};
