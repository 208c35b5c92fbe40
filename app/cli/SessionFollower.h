#pragma once

#include "login/ConnectionSession.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

class Cli;
class PendingStore;

// Follows one ConnectionSession to its end for connect, reauth and status --wait:
// progress in words on stderr, one JSON object per state change with --json, the code
// asked for on the terminal (or read from stdin), Ctrl+C cancels. Finishes the Cli with
// the exit code of the final state.
class SessionFollower : public QObject
{
    Q_OBJECT
public:
    explicit SessionFollower(Cli *cli, QObject *parent = nullptr);
    ~SessionFollower() override;

    void start(StartRequest request);
    void reauthenticate(const QString &accountId);
    void resume(const QString &accountId);

    static QJsonObject statusObject(const QString &state, const AuthStatus &s);

private:
    void prepare();
    void cancelKeepingLogin(const QString &reason);
    void onStateChanged(ConnectionSession::State state);
    void onStatus(const AuthStatus &status);
    void onCodeRejected(const QString &message);
    void onRetrying(const ApiError &error, int delayMs);
    void onFinished(ConnectionSession::State state);
    void askForCode();
    void onCodeLine(const std::optional<QString> &line);
    QJsonObject stateObject() const;
    int exitCode() const;

    Cli *m_cli;
    std::unique_ptr<PendingStore> m_pending;
    ConnectionSession *m_session = nullptr;
    bool m_forced = false;
    QString m_lastStatusText;
    QString m_cancelReason;
};
