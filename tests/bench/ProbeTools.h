// Measuring tools for bench_guiprobe: waits that sleep in the event loop (QTest::qWait
// wakes every 10 ms, which would blur both stalls and idle wake-ups), a probe timer that
// measures its own lateness, and this process's memory, CPU time and wake-ups from /proc.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace Probe {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// One JSON object per line on stdout: what bench_report reads.
inline void report(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Runs the event loop until `done()`, checked each time `sender` emits `signal`, or until
// `ms` pass. Sleeps in between: no polling.
template<class Sender, class Signal>
bool waitOn(Sender *sender, Signal signal, const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(ms);
    loop.exec();
    return done();
}

// For set-up steps only (nothing is measured then): checks every 10 ms.
inline bool waitUntil(const std::function<bool()> &done, int ms)
{
    QTimer tick;
    tick.start(10);
    return waitOn(&tick, &QTimer::timeout, done, ms);
}

// The event loop left alone for `ms`.
inline void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A 5 ms timer that measures how late it fires: the longest stall of the event loop.
class StallProbe : public QObject
{
public:
    static constexpr int kIntervalMs = 5;
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = nowNs();
            const double lateMs = (now - m_last) / 1e6 - kIntervalMs;
            m_last = now;
            if (lateMs > m_maxMs)
                m_maxMs = lateMs;
            m_over16 += lateMs > 16;
        });
    }
    void start()
    {
        m_last = nowNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxMs() const { return m_maxMs; }
    int over16() const { return m_over16; }
    void reset()
    {
        m_maxMs = 0;
        m_over16 = 0;
        m_last = nowNs();
    }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    double m_maxMs = 0;
    int m_over16 = 0;
};

// "VmRSS" or "VmHWM" of this process, in kB.
inline long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// User + system CPU time of this process (all threads), in ms.
inline double cpuMs()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    // Fields after the command name (which may hold spaces) in parentheses.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / 100.0; // USER_HZ is 100 on Linux
}

// Context switches of each of this process's threads, by thread id: each is a wake-up.
inline QHash<QString, long> contextSwitches()
{
    QHash<QString, long> byThread;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/status")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        long n = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches")
                || line.startsWith("nonvoluntary_ctxt_switches"))
                n += line.mid(line.indexOf(':') + 1).trimmed().toLong();
        }
        byThread.insert(tid, n);
    }
    return byThread;
}

// Wake-ups since `before`: of the threads still there, and one for each that ended meanwhile
// (an idle pool thread expiring, say), whose own count went with it.
inline long switchedSince(const QHash<QString, long> &before)
{
    const QHash<QString, long> now = contextSwitches();
    long n = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        n += it.value() - before.value(it.key(), 0);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        n += now.contains(it.key()) ? 0 : 1;
    return n;
}

// Counts the timer events the GUI thread delivers, by receiver class.
class TimerCounter : public QObject
{
public:
    void start()
    {
        m_byClass.clear();
        m_total = 0;
        QCoreApplication::instance()->installEventFilter(this);
    }
    void stop() { QCoreApplication::instance()->removeEventFilter(this); }
    int total() const { return m_total; }
    // "QWidgetLineControl 20, ConnectController 10": the busiest receivers first.
    QString top(int n) const
    {
        QList<QPair<int, QString>> rows;
        for (auto it = m_byClass.cbegin(); it != m_byClass.cend(); ++it)
            rows.append({it.value(), it.key()});
        std::sort(rows.begin(), rows.end(), [](auto &a, auto &b) { return a.first > b.first; });
        QStringList parts;
        for (int i = 0; i < rows.size() && i < n; ++i)
            parts << QStringLiteral("%1 %2").arg(rows[i].second).arg(rows[i].first);
        return parts.join(QStringLiteral(", "));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer) {
            ++m_total;
            // A QTimer's events go to the QTimer: name its parent, which owns the work.
            const QObject *owner
                = qstrcmp(watched->metaObject()->className(), "QTimer") == 0 && watched->parent()
                ? watched->parent()
                : watched;
            ++m_byClass[QString::fromLatin1(owner->metaObject()->className())];
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QHash<QString, int> m_byClass;
    int m_total = 0;
};

// Timer events, wake-ups and CPU while the event loop is left alone for `ms`.
inline QJsonObject idleFor(int ms)
{
    TimerCounter timers;
    timers.start();
    const QHash<QString, long> switches = contextSwitches();
    const double cpu = cpuMs();
    idle(ms);
    const double seconds = ms / 1000.0;
    const long switched = switchedSince(switches);
    timers.stop();
    return {
        {QStringLiteral("timersPerS"), (timers.total() - 1) / seconds}, // less idle()'s own
        {QStringLiteral("wakeupsPerS"), switched / seconds},
        {QStringLiteral("cpuPct"), (cpuMs() - cpu) / ms * 100},
        {QStringLiteral("timerTop"), timers.top(4)},
    };
}

} // namespace Probe
