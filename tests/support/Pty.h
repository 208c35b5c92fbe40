// A pseudo-terminal for CLI tests: the program gets the slave side as stdin (and stderr),
// the test types on the master side and reads what the program showed.
#pragma once

#include <QByteArray>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

class Pty
{
public:
    Pty()
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        if (const char *name = ::ptsname(m_master))
            m_slave = ::open(name, O_RDWR | O_NOCTTY); // kept open: the screen stays readable
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~Pty()
    {
        for (int fd : {m_master, m_slave})
            if (fd >= 0)
                ::close(fd);
    }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    bool isOpen() const { return m_master >= 0 && m_slave >= 0; }
    int slave() const { return m_slave; }

    // Whether the terminal shows what is typed (ECHO), as the program left it.
    bool echoes() const
    {
        termios t {};
        return ::tcgetattr(m_slave, &t) == 0 && (t.c_lflag & ECHO);
    }
    bool waitForEcho(bool on, int ms = 10000) const
    {
        return QTest::qWaitFor([this, on] { return echoes() == on; }, ms);
    }

    // Everything shown so far, with plain line breaks.
    QByteArray screen()
    {
        char buf[4096];
        ssize_t n;
        while ((n = ::read(m_master, buf, sizeof buf)) > 0)
            m_screen.append(buf, n);
        QByteArray text = m_screen;
        return text.replace("\r", "");
    }
    // Types once the terminal hides what is typed, when `hidden`.
    bool type(const QByteArray &keys, bool hidden = false)
    {
        if (hidden && !waitForEcho(false))
            return false;
        return ::write(m_master, keys.constData(), size_t(keys.size())) == keys.size();
    }
    bool waitFor(const QByteArray &text, int times = 1)
    {
        return QTest::qWaitFor([&] { return screen().count(text) >= times; }, 15000);
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QByteArray m_screen;
};
