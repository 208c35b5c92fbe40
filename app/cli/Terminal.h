#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSocketNotifier;

// Standard input, read one line at a time on request without blocking the event loop
// (the practice simulator and the poll timers keep running meanwhile), with echo off
// for secrets when stdin is a terminal; and Ctrl+C turned into a signal. Whatever ends or
// stops the program while the typing is hidden (SIGHUP, SIGQUIT, SIGINT, SIGTERM, Ctrl+Z)
// puts echo back first; the first Terminal installs these handlers for the whole process.
class Terminal : public QObject
{
    Q_OBJECT
public:
    using LineCallback = std::function<void(const std::optional<QString> &line)>;

    explicit Terminal(QObject *parent = nullptr);
    ~Terminal() override;

    static bool stdinIsTerminal();

    // Reads the next line of stdin (without its line break); `done` gets nullopt at end of
    // input. One read at a time: a second request while one runs is refused (returns false).
    // `noEcho` hides what is typed when stdin is a terminal.
    bool readLine(bool noEcho, LineCallback done);
    bool isReading() const { return bool(m_pending); }
    // Puts echo back if a hidden read is still running (before exiting).
    void restore();

    // Ctrl+C (SIGINT) and SIGTERM now emit interrupted() instead of killing the process.
    void catchInterrupts();

signals:
    void interrupted();

private:
    struct Shared;
    void deliver(std::optional<QString> line);

    std::shared_ptr<Shared> m_shared;
    LineCallback m_pending;
    QSocketNotifier *m_interruptNotifier = nullptr;
};
