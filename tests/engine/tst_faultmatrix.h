// The fault matrix: every API call against every fault a local server can produce. This
// header is shared by the test (tst_faultmatrix.cpp), the faults and happy replies
// (tst_faultmatrix_faults.cpp), the drivers that run one cell through the component a
// person sees (tst_faultmatrix_cells.cpp) and the expectation table
// (tst_faultmatrix_expected.cpp), from which docs/RELIABILITY.md's table is generated.
#pragma once

#include "FaultServer.h"
#include "network/ApiError.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace FaultMatrix {

enum class Call {
    Start,
    Poll,
    Code,
    Reauth,
    List,
    Disconnect,
    Whoami
};
inline constexpr Call kCalls[] = {Call::Start, Call::Poll,       Call::Code,  Call::Reauth,
                                  Call::List,  Call::Disconnect, Call::Whoami};
QString callName(Call call);

// The account every cell logs in, lists, disconnects.
inline const QByteArray kAccountId = "fansly_acct_7";

// How a request hits the call under test (method and path, without /moved).
bool isTarget(Call call, const SeenRequest &request);

// The faults, in the order of the table.
QStringList faultNames();
// The fault stops the server from listening: the call meets a refused connection.
bool isRefusal(const QString &fault);
// The server stops answering mid-way: only the transfer time-out ends the call.
bool isStall(const QString &fault);
// A 50 MB reply: the client must hang up long before the end.
bool isLarge(const QString &fault);
// What the server answers the call under test once the fault is armed. `other` is the
// base URL of a second server (another origin) for cross-origin redirects.
FaultReply faultReply(const QString &fault, Call call, const QUrl &other);
// The normal answer to any request: `armed` tells the second list/whoami from the first,
// so a cell sees whether the screen shows the old or the new one.
FaultReply happyReply(Call call, const SeenRequest &request, bool armed);

// What a person is left with after one cell. In the expectation table `sentence` is a
// key phrase that the shown sentence must contain ("" = nothing shown).
struct Outcome
{
    ApiError::Kind kind = ApiError::Kind::None;
    QString screen; // the state the UI shows: the session's state, or list/row/key kept
    int retryMs = -1; // the app polls again after this long; -1: it does not retry
    bool pending = false; // the pending store still holds the login
    int sent = 0; // requests of the call under test that reached the server
    QString sentence;
};

struct Observed : Outcome
{
    qint64 largeBytesSent = 0; // for large faults: how far the client read
    int otherOriginRequests = 0; // must stay 0: no key to another origin
};

// Runs one cell against fresh servers and components. `transferTimeoutMs` stands in for
// the 30 s default where the fault is a stall, so "never finishes" and "slow drip" take
// a fraction of a second.
Observed runCell(const QString &fault, Call call, int transferTimeoutMs);

struct Expected
{
    const char *fault;
    Call call;
    ApiError::Kind kind;
    const char *screen;
    int retryMs;
    bool pending;
    int sent;
    const char *phrase;
};
const std::vector<Expected> &expectations();

// The enumerator's name ("RateLimited"), as the table spells it.
const char *kindId(ApiError::Kind kind);

// docs/RELIABILITY.md's table, from expectations().
QString markdownTable();

} // namespace FaultMatrix
