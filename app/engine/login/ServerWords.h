#pragma once

#include <QCoreApplication>
#include <QString>

// What the server says, in the user's language. The server speaks English and documents
// only some of its `status` tokens: the known ones get our words, and a sentence of its
// that we recognise (wrong code, code expired, wrong password, ...) becomes ours, with its
// own words kept after it as the reason given. The raw values stay in --json and the log.
class ServerWords
{
    Q_DECLARE_TR_FUNCTIONS(ServerWords)
public:
    // "logging-in" -> "logging in"; empty for a token this app has not seen.
    static QString status(const QString &token);
    // Why a code was refused, from the server's text (empty: it gave none).
    static QString codeRefused(const QString &serverText);
    // Why a login failed, from the server's last_error (empty when it gave none).
    static QString loginFailed(const QString &serverText);
    // `sentence` followed by the server's own words, when it gave any.
    static QString withReason(const QString &sentence, const QString &serverText);
    // Right-to-left GUIs: the server's English kept in one piece inside the sentence
    // (Unicode isolates), so its full stop does not jump to the front. Off for the CLI,
    // whose output shows such characters escaped.
    static void setIsolating(bool on);
};
