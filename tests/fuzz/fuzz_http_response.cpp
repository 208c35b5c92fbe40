// HttpResponseParser: what a plain-HTTP (loopback) server sends, read as LoopbackHttpReply
// reads it. Properties: it never takes more body bytes than the room it is given, never more
// head than kMaxHeadBytes, ends where it ended whole when the same bytes come in two pieces
// (the first byte picks where), and once failed it stays failed.

#include "FuzzCheck.h"
#include "network/HttpResponseParser.h"

namespace {

struct Outcome
{
    QList<HttpResponseParser::Step> steps;
    int status = 0;
    QByteArray body;
    QString error;
    bool operator==(const Outcome &) const = default;
};

// Feeds `pieces` one after another, parsing after each with at most `room` body bytes a call.
Outcome run(const QList<QByteArray> &pieces, qint64 room)
{
    using Step = HttpResponseParser::Step;
    HttpResponseParser parser;
    Outcome out;
    for (const QByteArray &piece : pieces) {
        parser.append(piece);
        for (;;) {
            QByteArray body;
            const Step step = parser.parse(&body, room);
            FUZZ_CHECK(body.size() <= room);
            FUZZ_CHECK(step != Step::Head || body.isEmpty()); // the head comes before the body
            out.body += body;
            // Steps that repeat while nothing new comes (NeedMore, Done, Failed) count once.
            if (out.steps.isEmpty() || out.steps.last() != step || step == Step::Head)
                out.steps.append(step);
            if (step == Step::Failed) {
                FUZZ_CHECK(!parser.error().isEmpty());
                QByteArray more;
                FUZZ_CHECK(parser.parse(&more, room) == Step::Failed && more.isEmpty());
                out.error = parser.error();
                return out;
            }
            if (step == Step::Head) {
                FUZZ_CHECK(parser.status() >= 200 && parser.status() <= 599);
                qint64 headBytes = 0;
                for (const auto &h : parser.headers())
                    headBytes += h.first.size() + h.second.size();
                FUZZ_CHECK(headBytes <= HttpResponseParser::kMaxHeadBytes);
                out.status = parser.status();
                continue;
            }
            if (step == Step::Done || body.isEmpty())
                break; // the room was not what stopped it
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes = fuzzBytes(data + 1, size - 1);
    const qsizetype split = data[0] % (bytes.size() + 1);
    const Outcome whole = run({bytes}, 1 << 20);
    const Outcome pieces = run({bytes.left(split), bytes.mid(split)}, 7);
    // The same answer whatever the pieces and the room (steps may differ in NeedMore only).
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.body == pieces.body);
    FUZZ_CHECK(whole.error == pieces.error);
    FUZZ_CHECK(whole.steps.contains(HttpResponseParser::Step::Done)
               == pieces.steps.contains(HttpResponseParser::Step::Done));
    return 0;
}
