#include "core/Clock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};

class SystemRandom final : public RandomSource
{
public:
    double unit() override { return QRandomGenerator::global()->generateDouble(); }
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

RandomSource *RandomSource::system()
{
    static SystemRandom random;
    return &random;
}
