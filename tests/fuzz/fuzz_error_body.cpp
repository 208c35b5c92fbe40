// Error replies: ReplyErrors::errorFromHttp on any status and body, and every sentence the
// resulting ApiError can make of it.

#include "FuzzCheck.h"
#include "network/ReplyErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

ApiError::Kind expectedKind(int status)
{
    using K = ApiError::Kind;
    switch (status) {
    case 401: return K::Unauthorized;
    case 402: return K::NoCredits;
    case 403: return K::Forbidden;
    case 404: return K::NotFound;
    case 408: return K::Timeout;
    case 422: return K::Validation;
    case 429: return K::RateLimited;
    default: return status >= 500 ? K::Server : K::HttpOther;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick a status from 100 to 599, the rest is the body.
    const int status = 100 + ((data[0] << 8) | data[1]) % 500;
    const QByteArray body = fuzzBytes(data + 2, size - 2);

    const ApiError e = ReplyErrors::errorFromHttp(status, body);
    FUZZ_CHECK(ReplyErrors::errorFromHttp(status, body) == e);
    // The category depends on the status only: no body can turn a 401 into something else.
    FUZZ_CHECK(e.kind == expectedKind(status));
    FUZZ_CHECK(e.httpStatus == status);
    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(e.retryAfterSeconds == -1); // only headers say how long to wait
    FUZZ_CHECK(e.details == QStringLiteral("HTTP %1").arg(status));
    // Server text is bounded before it reaches a screen or a log.
    FUZZ_CHECK(e.message.size() <= 500);
    for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it) {
        FUZZ_CHECK(!it.value().isEmpty());
        for (const QString &m : it.value())
            FUZZ_CHECK(m.size() <= 500);
    }
    if (!QJsonDocument::fromJson(body).isObject())
        FUZZ_CHECK(e.message.isEmpty() && e.fieldErrors.isEmpty());

    // Every error has a sentence for people and a stable name for --json.
    FUZZ_CHECK(!e.userMessage().isEmpty());
    FUZZ_CHECK(!e.briefCause().isEmpty());
    FUZZ_CHECK(e.kindName() != QLatin1String("unknown"));
    const bool transient = e.kind == ApiError::Kind::Server || e.kind == ApiError::Kind::RateLimited
        || e.kind == ApiError::Kind::Timeout;
    FUZZ_CHECK(e.isTransient() == transient);
    return 0;
}
