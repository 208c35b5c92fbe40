#include "Output.h"

#include "network/ApiError.h"

#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
// Where the terminal's cursor is. There is one stderr per process, so this is kept once,
// not per Output: the text of an unanswered prompt, and whether the cursor still stands
// after a prompt (nothing ended that line yet).
QString s_openPrompt;
bool s_midLine = false;

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Before text that must not land on the prompt's line.
void endPromptLine()
{
    if (s_midLine)
        write(stderr, QStringLiteral("\n"));
    s_midLine = false;
}

// After such text: the question is still open, so it is asked again below.
void askAgain()
{
    if (s_openPrompt.isEmpty())
        return;
    write(stderr, s_openPrompt);
    s_midLine = true;
}

bool stdoutIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout));
#else
    return isatty(STDOUT_FILENO);
#endif
}

// stdout shares the prompt's screen only when it is a terminal too.
void writeResult(const QString &text)
{
    const bool screen = s_midLine && stdoutIsTerminal();
    if (screen)
        endPromptLine();
    write(stdout, text);
    if (screen)
        askAgain();
}
} // namespace

// Text for a terminal: control characters (C0 but line breaks and tabs, DEL, C1, and so
// every escape sequence) and bidi overrides are shown as \xNN / \uNNNN, so that nothing a
// server sends (a display name, a reason) can set the clipboard, retitle the window,
// move the cursor or reorder what is shown.
namespace {
QString escaped(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool kept = keepLineBreaks && (u == u'\n' || u == u'\t');
        const bool control = (u < 0x20 && !kept) || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x200e || u == 0x200f || u == 0x061c;
        if (control || bidi) {
            const int width = control ? 2 : 4;
            out += (control ? QStringLiteral("\\x") : QStringLiteral("\\u"))
                + QString::number(u, 16).toUpper().rightJustified(width, QLatin1Char('0'));
        } else
            out += c;
    }
    return out;
}
} // namespace

QString Output::printable(const QString &text)
{
    return escaped(text, true);
}

QString Output::field(const QString &text)
{
    return escaped(text, false);
}

void Output::result(const QString &line) const
{
    if (!m_json)
        writeResult(Output::printable(line) + QLatin1Char('\n'));
}

void Output::object(const QJsonObject &o) const
{
    if (m_json)
        writeResult(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
}

void Output::progress(const QString &line) const
{
    if (line.isEmpty()) {
        // Only ends the line (Ctrl+C or Ctrl+D left the cursor after the prompt).
        write(stderr, QStringLiteral("\n"));
        s_midLine = false;
        s_openPrompt.clear();
        return;
    }
    endPromptLine();
    write(stderr, Output::printable(line) + QLatin1Char('\n'));
    askAgain();
}

void Output::prompt(const QString &text) const
{
    endPromptLine();
    write(stderr, Output::printable(text));
    s_openPrompt = Output::printable(text);
    s_midLine = true;
}

void Output::promptAnswered(bool echoedLineBreak)
{
    if (s_openPrompt.isEmpty())
        return; // a read without a prompt (piped input) changes nothing on the screen
    s_openPrompt.clear();
    if (echoedLineBreak)
        s_midLine = false;
}

void Output::dropPrompt()
{
    s_openPrompt.clear();
}

QJsonObject Output::errorObject(const QString &kind, const QString &message)
{
    return QJsonObject {{QLatin1String("kind"), kind}, {QLatin1String("message"), message}};
}

void Output::error(const QString &message, const QString &kind) const
{
    progress(message);
    if (m_json && !kind.isEmpty())
        object(QJsonObject {{QLatin1String("error"), errorObject(kind, message)}});
}

void Output::apiError(const ApiError &e, const QString &context) const
{
    QString message = e.userMessage();
    // The server's own words help more than our category sentence when it sent some.
    if (!e.message.isEmpty() && e.kind != ApiError::Kind::Validation
        && e.kind != ApiError::Kind::HttpOther && !message.contains(e.message))
        message += QLatin1String(" (") + e.message + QLatin1Char(')');
    if (!context.isEmpty())
        message = context + QLatin1Char(' ') + message;
    // One line of ours on the terminal, whatever line breaks the server's words carry; --json
    // keeps them as sent (JSON escapes them).
    progress(field(message));
    if (m_json)
        object(QJsonObject {{QLatin1String("error"), errorObject(e.kindName(), message)}});
}
