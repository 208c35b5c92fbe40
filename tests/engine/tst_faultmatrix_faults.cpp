// The faults of the matrix and the server's normal answers, per call.
#include "tst_faultmatrix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FaultMatrix {

namespace {

using A = FaultReply::Action;
using F = FaultReply::Framing;

constexpr qint64 kLarge = 50 * 1000 * 1000;

QByteArray targetMethod(Call call)
{
    switch (call) {
    case Call::Start:
    case Call::Reauth: return "POST";
    case Call::Code: return "PUT";
    case Call::Disconnect: return "DELETE";
    default: return "GET";
    }
}

QByteArray targetPath(Call call)
{
    switch (call) {
    case Call::Start: return "/api/fansly/authenticate";
    case Call::Poll:
    case Call::Code: return "/api/fansly/authenticate/" + kAccountId;
    case Call::Reauth: return "/api/fansly/authenticate/" + kAccountId + "/reauthenticate";
    case Call::List: return "/api/fansly/accounts";
    case Call::Disconnect: return "/api/fansly/accounts/" + kAccountId;
    case Call::Whoami: return "/api/whoami";
    }
    return {};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A raw field first in the object: bytes no JSON encoder would write.
QByteArray withRawField(const QByteArray &body, const QByteArray &field)
{
    return "{" + field + "," + body.mid(1);
}

QByteArray unknownStatus(Call call, const QByteArray &happy)
{
    QJsonObject o = object(happy);
    o.insert(QLatin1String("status"), QStringLiteral("quantum-entangled"));
    if (call == Call::List) {
        QJsonArray items = o.value(QLatin1String("data")).toArray();
        for (auto it = items.begin(); it != items.end(); ++it) {
            QJsonObject a = it->toObject();
            a.insert(QLatin1String("authentication_progress"), QStringLiteral("quantum-entangled"));
            *it = a;
        }
        o.insert(QLatin1String("data"), items);
    }
    return compact(o);
}

QByteArray wrongTypes(Call call)
{
    switch (call) {
    case Call::Start: return R"({"account_id":["fansly_acct_7"],"message":"started"})";
    case Call::Poll:
    case Call::Code:
        return R"({"account_id":"fansly_acct_7","is_authenticated":"yes","needs_code":false})";
    case Call::Reauth: return R"({"success":"yes","message":"started"})";
    case Call::List: return R"({"data":[{"id":7,"display_name":["Ada"]}]})";
    case Call::Disconnect: return R"({"message":{"text":"Account disconnected"}})";
    case Call::Whoami: return R"({"api_key":"Agency key","team":7})";
    }
    return {};
}

FaultReply html(int status, const QByteArray &title)
{
    FaultReply r;
    r.status = status;
    r.headers.emplaceBack("Content-Type", "text/html");
    r.body = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title
        + "</h1><hr><center>nginx</center></body></html>";
    return r;
}

FaultReply redirect(int status, const QByteArray &location)
{
    FaultReply r;
    r.status = status;
    r.headers.emplaceBack("Location", location);
    return r;
}

FaultReply large(F framing)
{
    FaultReply r = FaultReply::json(200, R"({"data":")");
    r.body = R"({"data":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)";
    r.framing = framing;
    r.bodySize = kLarge;
    return r;
}

FaultReply broken(A action, const QByteArray &body)
{
    FaultReply r = FaultReply::json(200, body);
    r.action = action;
    return r;
}

FaultReply withHeaders(FaultReply r, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    r.headers += headers;
    return r;
}

} // namespace

QString callName(Call call)
{
    switch (call) {
    case Call::Start: return QStringLiteral("start");
    case Call::Poll: return QStringLiteral("poll");
    case Call::Code: return QStringLiteral("code");
    case Call::Reauth: return QStringLiteral("reauth");
    case Call::List: return QStringLiteral("list");
    case Call::Disconnect: return QStringLiteral("disconnect");
    case Call::Whoami: return QStringLiteral("whoami");
    }
    return {};
}

bool isTarget(Call call, const SeenRequest &request)
{
    return request.method == targetMethod(call) && request.path == targetPath(call);
}

QStringList faultNames()
{
    return {
        QStringLiteral("refused"),
        QStringLiteral("no reply"),
        QStringLiteral("reset mid-reply"),
        QStringLiteral("never finishes"),
        QStringLiteral("slow drip"),
        QStringLiteral("301 same origin"),
        QStringLiteral("302 same origin"),
        QStringLiteral("307 same origin"),
        QStringLiteral("308 same origin"),
        QStringLiteral("301 other origin"),
        QStringLiteral("302 other origin"),
        QStringLiteral("307 other origin"),
        QStringLiteral("308 other origin"),
        QStringLiteral("400"),
        QStringLiteral("401"),
        QStringLiteral("402"),
        QStringLiteral("403"),
        QStringLiteral("404"),
        QStringLiteral("409"),
        QStringLiteral("410"),
        QStringLiteral("422 field errors"),
        QStringLiteral("422 message only"),
        QStringLiteral("429"),
        QStringLiteral("429 retry-after"),
        QStringLiteral("429 retry-after date"),
        QStringLiteral("429 rate-limit headers"),
        QStringLiteral("500"),
        QStringLiteral("502 html"),
        QStringLiteral("503 retry-after"),
        QStringLiteral("504 html"),
        QStringLiteral("empty body"),
        QStringLiteral("html body"),
        QStringLiteral("truncated json"),
        QStringLiteral("wrong json types"),
        QStringLiteral("unknown status"),
        QStringLiteral("50 MB content-length"),
        QStringLiteral("50 MB chunked"),
        QStringLiteral("50 MB close-delimited"),
        QStringLiteral("invalid utf-8"),
        QStringLiteral("nul bytes"),
    };
}

bool isRefusal(const QString &fault)
{
    return fault == QLatin1String("refused");
}

bool isStall(const QString &fault)
{
    return fault == QLatin1String("no reply") || fault == QLatin1String("never finishes")
        || fault == QLatin1String("slow drip");
}

bool isLarge(const QString &fault)
{
    return fault.startsWith(QLatin1String("50 MB"));
}

FaultReply faultReply(const QString &fault, Call call, const QUrl &other)
{
    SeenRequest target;
    target.method = targetMethod(call);
    target.path = targetPath(call);
    const QByteArray happy = happyReply(call, target, true).body;
    const QByteArray f = fault.toUtf8();

    if (f == "no reply") {
        FaultReply r;
        r.action = A::Silent;
        return r;
    }
    if (f == "reset mid-reply")
        return broken(A::Reset, happy);
    if (f == "never finishes")
        return broken(A::Hang, happy);
    if (f == "slow drip")
        return broken(A::Drip, happy);
    if (f.endsWith("same origin"))
        return redirect(f.left(3).toInt(), "/moved" + target.path);
    if (f.endsWith("other origin"))
        return redirect(f.left(3).toInt(), other.toString().toUtf8() + target.path);
    if (f == "422 field errors")
        return FaultReply::json(422,
                                R"({"message":"The given data was invalid.",)"
                                R"("errors":{"username":["The username field is required."]}})");
    if (f == "422 message only")
        return FaultReply::json(422, R"({"message":"The given data was invalid."})");
    const QByteArray tooMany = R"({"message":"Too Many Attempts."})";
    if (f == "429")
        return FaultReply::json(429, tooMany);
    if (f == "429 retry-after")
        return withHeaders(FaultReply::json(429, tooMany), {{"Retry-After", "30"}});
    if (f == "429 retry-after date") // the cells' clock reads 2026-01-01 12:00:00 UTC
        return withHeaders(FaultReply::json(429, tooMany),
                           {{"Retry-After", "Thu, 01 Jan 2026 12:00:45 GMT"}});
    if (f == "429 rate-limit headers")
        return withHeaders(FaultReply::json(429, tooMany),
                           {{"x-rate-limit-limit-minute", "60"},
                            {"x-rate-limit-remaining-minute", "0"},
                            {"Retry-After", "12"}});
    if (f == "502 html")
        return html(502, "502 Bad Gateway");
    if (f == "503 retry-after")
        return withHeaders(html(503, "503 Service Temporarily Unavailable"),
                           {{"Retry-After", "20"}});
    if (f == "504 html")
        return html(504, "504 Gateway Time-out");
    if (f == "empty body")
        return FaultReply::json(200, {});
    if (f == "html body")
        return html(200, "Scheduled maintenance");
    if (f == "truncated json")
        return FaultReply::json(200, happy.left(happy.size() / 2));
    if (f == "wrong json types")
        return FaultReply::json(200, wrongTypes(call));
    if (f == "unknown status")
        return FaultReply::json(200, unknownStatus(call, happy));
    if (f == "50 MB content-length")
        return large(F::ContentLength);
    if (f == "50 MB chunked")
        return large(F::Chunked);
    if (f == "50 MB close-delimited")
        return large(F::CloseDelimited);
    if (f == "invalid utf-8")
        return FaultReply::json(200, withRawField(happy, "\"note\":\"caf\xc3\x28 \xff\xfe\""));
    if (f == "nul bytes")
        return FaultReply::json(200, withRawField(happy, QByteArray("\"note\":\"a\0b\"", 12)));
    const int status = f.toInt();
    QByteArray message = R"({"message":"Request refused."})";
    if (status == 401)
        message = R"({"message":"Unauthenticated."})";
    else if (status == 402)
        message = R"({"message":"Insufficient credits."})";
    else if (status == 409)
        message = R"({"message":"A login for this account is already running."})";
    else if (status == 410)
        message = R"({"message":"This login is gone."})";
    else if (status == 500)
        message = R"({"message":"Server Error"})";
    return FaultReply::json(status, message);
}

FaultReply happyReply(Call call, const SeenRequest &request, bool armed)
{
    const QByteArray &m = request.method;
    const QByteArray &p = request.path;
    if (m == "POST" && p == targetPath(Call::Start))
        return FaultReply::json(200,
                                R"({"account_id":"fansly_acct_7",)"
                                R"("message":"Authentication started"})");
    if (m == "POST" && p == targetPath(Call::Reauth))
        return FaultReply::json(200,
                                R"({"success":true,"message":"Re-authentication started",)"
                                R"("account_id":"fansly_acct_7"})");
    if (m == "GET" && p == targetPath(Call::Poll)) {
        if (call == Call::Code)
            return FaultReply::json(
                200,
                R"({"account_id":"fansly_acct_7","display_name":"Ada",)"
                R"("status":"challenge-email","is_authenticated":false,"needs_code":true,)"
                R"("twofa_type":2,"masked_email":"a***@example.com"})");
        return FaultReply::json(200,
                                R"({"account_id":"fansly_acct_7","display_name":"Ada",)"
                                R"("status":"logging-in","is_authenticated":false,)"
                                R"("needs_code":false})");
    }
    if (m == "PUT" && p == targetPath(Call::Code))
        return FaultReply::json(200,
                                R"({"account_id":"fansly_acct_7","status":"verifying",)"
                                R"("is_authenticated":false,"needs_code":true,)"
                                R"("twofa_type":2})");
    if (m == "GET" && p == targetPath(Call::List))
        return FaultReply::json(200,
                                R"({"data":[{"id":"fansly_acct_7","display_name":")"
                                    + QByteArray(armed ? "Ada (new)" : "Ada")
                                    + R"(","fansly_username":"ada","is_authenticated":true,)"
                                      R"("authentication_progress":"connected"}]})");
    if (m == "DELETE" && p == targetPath(Call::Disconnect))
        return FaultReply::json(200, R"({"message":"Account disconnected"})");
    if (m == "GET" && p == targetPath(Call::Whoami))
        return FaultReply::json(200,
                                R"({"api_key":{"name":"Agency key"},"team":{"name":")"
                                    + QByteArray(armed ? "New team" : "Team")
                                    + R"(","slug":"team"}})");
    return FaultReply::json(404, R"({"message":"Not Found"})");
}

} // namespace FaultMatrix
