#pragma once

#include <QJsonObject>
#include <QString>

struct ApiError;

// Where the CLI writes: the result to stdout (plain lines, or one JSON object per
// line with --json), progress and errors to stderr in plain words. Nothing secret
// is ever passed in here.
class Output
{
public:
    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    void result(const QString &line) const; // stdout, plain mode only
    void object(const QJsonObject &o) const; // stdout, --json mode only
    // stderr, always, on a line of its own: after an open prompt it starts a new line and
    // asks again below. An empty line only ends the current one (after Ctrl+C or Ctrl+D).
    void progress(const QString &line) const;
    void prompt(const QString &text) const; // stderr, no newline, at the start of a line
    // The line typed at the prompt was read; `echoedLineBreak` when the terminal showed Enter.
    static void promptAnswered(bool echoedLineBreak);
    // The prompt's question is moot (the login moved on): it is not asked again.
    static void dropPrompt();
    // stderr always; with --json also {"error": {kind, message}} on stdout.
    void error(const QString &message, const QString &kind = {}) const;
    void apiError(const ApiError &e, const QString &context = {}) const;

    static QJsonObject errorObject(const QString &kind, const QString &message);
    // `text` as it may go to a terminal: control characters and bidi overrides escaped.
    static QString printable(const QString &text);
    // A value from the server inside a line of ours: printable() and line breaks and tabs too,
    // so a status or a name cannot start a line of its own that looks like ours.
    static QString field(const QString &text);

private:
    bool m_json = false;
};
