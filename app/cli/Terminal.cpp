#include "Terminal.h"

#include "Output.h"
#include "core/Wipe.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSocketNotifier>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

// A detached reader thread does the blocking reads: it is the only reader of fd 0 and
// keeps its own buffer, so lines are taken one at a time, when asked for. Results reach
// the Terminal through its event queue, and only while it lives.
struct Terminal::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    Terminal *receiver = nullptr;
    bool threadStarted = false;
    bool requested = false;
    bool noEcho = false;
    std::string buffer;
    bool eof = false;
#ifdef Q_OS_WIN
    DWORD savedMode = 0;
#else
    termios saved {};
#endif
    bool echoOff = false;

    void setEcho(bool off);
    void restoreLocked();
    bool fill(); // reads more bytes into buffer; false at end of input
    void run();
};

namespace {
#ifndef Q_OS_WIN
int interruptPipe[2] = {-1, -1};

void onSignal(int)
{
    const int savedErrno = errno; // the interrupted code may be about to read it
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(interruptPipe[1], &c, 1);
    errno = savedErrno;
}

// A copy of the terminal's modes for the signal handlers, which may run on any thread and
// must not take the reader's mutex: set before typingHidden turns true, read only after.
termios visibleModes {};
termios hiddenModes {};
std::atomic<bool> typingHidden {false};

void showTyping()
{
    if (typingHidden.load())
        ::tcsetattr(STDIN_FILENO, TCSANOW, &visibleModes);
}

// Signals that end the program (hang-up, quit, and Ctrl+C or SIGTERM when they are not
// caught): echo back on, then the signal's own ending, so the parent sees the usual status.
void onEndingSignal(int sig)
{
    const int savedErrno = errno;
    showTyping();
    ::signal(sig, SIG_DFL);
    ::raise(sig); // blocked until this handler returns, then ends the program
    errno = savedErrno;
}

void installStopHandler();

// Ctrl+Z: a stopped prompt must not leave the shell without echo. The prompt hides the
// typing again when the program continues (SIGCONT) while it is still reading.
void onStop(int)
{
    const int savedErrno = errno;
    showTyping();
    ::signal(SIGTSTP, SIG_DFL);
    ::raise(SIGTSTP); // stops once this handler returns
    errno = savedErrno;
}

void onContinue(int)
{
    const int savedErrno = errno;
    installStopHandler();
    if (typingHidden.load())
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hiddenModes);
    errno = savedErrno;
}

void install(int sig, void (*handler)(int))
{
    struct sigaction sa = {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(sig, &sa, nullptr);
}

void installStopHandler()
{
    install(SIGTSTP, onStop);
}

// Once per process. catchInterrupts() later takes SIGINT and SIGTERM for itself.
void installTerminalGuards()
{
    static std::once_flag once;
    std::call_once(once, [] {
        for (int sig : {SIGHUP, SIGQUIT, SIGINT, SIGTERM}) {
            struct sigaction old = {};
            // One that is ignored (nohup) stays ignored.
            if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
                continue;
            install(sig, onEndingSignal);
        }
        installStopHandler();
        install(SIGCONT, onContinue);
    });
}
#else
std::atomic<Terminal *> interruptTarget {nullptr};

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    if (Terminal *t = interruptTarget.load())
        QMetaObject::invokeMethod(t, &Terminal::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

void Terminal::Shared::setEcho(bool off)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    if (off) {
        if (!GetConsoleMode(in, &savedMode))
            return;
        SetConsoleMode(in, savedMode & ~DWORD(ENABLE_ECHO_INPUT));
        echoOff = true;
    } else {
        restoreLocked();
    }
#else
    if (off) {
        if (tcgetattr(STDIN_FILENO, &saved) != 0)
            return;
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL; // the Enter key still moves to the next line
        visibleModes = saved;
        hiddenModes = hidden;
        typingHidden = true; // before the change: a signal in between restores what was there
        if (tcsetattr(STDIN_FILENO, TCSANOW, &hidden) == 0)
            echoOff = true;
        else
            typingHidden = false;
    } else {
        restoreLocked();
    }
#endif
}

void Terminal::Shared::restoreLocked()
{
    if (!echoOff)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), savedMode);
#else
    typingHidden = false;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    echoOff = false;
}

bool Terminal::Shared::fill()
{
    char chunk[4096];
#ifdef Q_OS_WIN
    DWORD n = 0;
    if (!ReadFile(GetStdHandle(STD_INPUT_HANDLE), chunk, sizeof chunk, &n, nullptr) || n == 0)
        return false;
#else
    ssize_t n;
    do {
        n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    } while (n < 0 && errno == EINTR);
    if (n <= 0)
        return false;
#endif
    buffer.append(chunk, size_t(n));
    // The chunk may hold a password; the buffer's copy is zeroed as lines are taken out.
    volatile char *left = chunk;
    for (size_t i = 0; i < size_t(n); ++i)
        left[i] = 0;
    return true;
}

void Terminal::Shared::run()
{
    std::unique_lock lock(mutex);
    for (;;) {
        wake.wait(lock, [this] { return requested; });
        requested = false;
        if (noEcho)
            setEcho(true);
        std::optional<std::string> line;
        for (;;) {
            const size_t nl = buffer.find('\n');
            if (nl != std::string::npos) {
                line = buffer.substr(0, nl);
                // Overwrite what we copied out: the line may be a password.
                std::fill(buffer.begin(), buffer.begin() + std::ptrdiff_t(nl + 1), '\0');
                buffer.erase(0, nl + 1);
                break;
            }
            if (eof) {
                if (!buffer.empty()) { // a last line without a line break
                    line = buffer;
                    std::fill(buffer.begin(), buffer.end(), '\0');
                    buffer.clear();
                }
                break;
            }
            lock.unlock(); // never hold the lock while blocked in read()
            const bool more = fill();
            lock.lock();
            if (!more)
                eof = true;
        }
        if (noEcho)
            setEcho(false);
        std::optional<QString> text;
        if (line) {
            if (!line->empty() && line->back() == '\r')
                line->pop_back();
#ifdef Q_OS_WIN
            text = QString::fromLocal8Bit(line->data(), qsizetype(line->size()));
#else
            text = QString::fromUtf8(line->data(), qsizetype(line->size()));
#endif
            std::fill(line->begin(), line->end(), '\0');
        }
        if (receiver) {
            // Moved along, never copied: deliver() then holds the only copy and can wipe it.
            QMetaObject::invokeMethod(
                receiver,
                [r = receiver, text = std::move(text)]() mutable { r->deliver(std::move(text)); },
                Qt::QueuedConnection);
        }
    }
}

Terminal::Terminal(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = this;
#ifndef Q_OS_WIN
    installTerminalGuards();
#endif
}

Terminal::~Terminal()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->receiver = nullptr;
    m_shared->restoreLocked();
#ifdef Q_OS_WIN
    interruptTarget = nullptr;
#endif
}

bool Terminal::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

bool Terminal::readLine(bool noEcho, LineCallback done)
{
    if (m_pending)
        return false;
    m_pending = std::move(done);
    std::lock_guard lock(m_shared->mutex);
    m_shared->noEcho = noEcho && stdinIsTerminal();
    m_shared->requested = true;
    if (!m_shared->threadStarted) {
        m_shared->threadStarted = true;
        // Detached: it may sit in read() when we exit, which is fine; it touches only `Shared`.
        std::thread([shared = m_shared] { shared->run(); }).detach();
    }
    m_shared->wake.notify_one();
    return true;
}

void Terminal::deliver(std::optional<QString> line)
{
    // A terminal showed the Enter that ended the line, so the prompt's line is done.
    Output::promptAnswered(line.has_value() && stdinIsTerminal());
    LineCallback done = std::move(m_pending);
    m_pending = nullptr;
    if (done)
        done(line);
    if (line)
        Wipe::wipe(*line); // the line may be a password; fill() would zero a copy of it
}

void Terminal::restore()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->restoreLocked();
}

void Terminal::catchInterrupts()
{
#ifdef Q_OS_WIN
    interruptTarget = this;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
    if (m_interruptNotifier)
        return;
    if (::pipe(interruptPipe) != 0)
        return;
    ::fcntl(interruptPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(interruptPipe[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(interruptPipe[1], F_SETFL, O_NONBLOCK);
    m_interruptNotifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
    connect(m_interruptNotifier, &QSocketNotifier::activated, this, [this] {
        char buf[16];
        [[maybe_unused]] const auto n = ::read(interruptPipe[0], buf, sizeof buf);
        emit interrupted();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
#endif
}
