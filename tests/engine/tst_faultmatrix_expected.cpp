// What a person is left with in each cell of the fault matrix: one line per call and
// fault (the kind of error, what the screen shows, the retry delay or -1, whether the
// login is still kept to resume, how many requests of the call reached the server, and
// a key phrase of the sentence shown). docs/RELIABILITY.md's table is generated from it
// (FC_FAULTMATRIX_MARKDOWN, see tst_faultmatrix.cpp), so the two cannot drift.
#include "tst_faultmatrix.h"

namespace FaultMatrix {

const char *kindId(ApiError::Kind kind)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::None: return "None";
    case K::Network: return "Network";
    case K::Timeout: return "Timeout";
    case K::Tls: return "Tls";
    case K::Unauthorized: return "Unauthorized";
    case K::NoCredits: return "NoCredits";
    case K::Forbidden: return "Forbidden";
    case K::NotFound: return "NotFound";
    case K::Validation: return "Validation";
    case K::RateLimited: return "RateLimited";
    case K::Server: return "Server";
    case K::Protocol: return "Protocol";
    case K::Refused: return "Refused";
    case K::HttpOther: return "HttpOther";
    case K::Cancelled: return "Cancelled";
    }
    return "?";
}

const std::vector<Expected> &expectations()
{
    using K = ApiError::Kind;
    using C = Call;
    static const std::vector<Expected> table = {
        // One cell a line:
        // clang-format off
        // fault, call, kind, what stays on screen, retry ms (-1: none), login kept, sent, shown
        {"refused", C::Start, K::Network, "failed", -1, false, 0, "Could not reach OnlyFansAPI"},
        {"no reply", C::Start, K::Timeout, "failed", -1, false, 1, "The login may have started anyway"},
        {"reset mid-reply", C::Start, K::Network, "failed", -1, false, 1, "The login may have started anyway"},
        {"never finishes", C::Start, K::Timeout, "failed", -1, false, 1, "The login may have started anyway"},
        {"slow drip", C::Start, K::Timeout, "failed", -1, false, 1, "The login may have started anyway"},
        {"301 same origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"302 same origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"307 same origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"308 same origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"301 other origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"302 other origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"307 other origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"308 other origin", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"400", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"401", C::Start, K::Unauthorized, "failed", -1, false, 1, "The API key was rejected"},
        {"402", C::Start, K::NoCredits, "failed", -1, false, 1, "The OnlyFansAPI account is out of credits"},
        {"403", C::Start, K::Forbidden, "failed", -1, false, 1, "The login did not succeed"},
        {"404", C::Start, K::NotFound, "failed", -1, false, 1, "The login did not succeed"},
        {"409", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"410", C::Start, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"422 field errors", C::Start, K::Validation, "failed", -1, false, 1, "Fansly did not accept the username or password"},
        {"422 message only", C::Start, K::Validation, "failed", -1, false, 1, "The login did not succeed"},
        {"429", C::Start, K::RateLimited, "failed", -1, false, 1, "Too many requests with this API key"},
        {"429 retry-after", C::Start, K::RateLimited, "failed", -1, false, 1, "Too many requests with this API key"},
        {"429 retry-after date", C::Start, K::RateLimited, "failed", -1, false, 1, "Too many requests with this API key"},
        {"429 rate-limit headers", C::Start, K::RateLimited, "failed", -1, false, 1, "Too many requests with this API key"},
        {"500", C::Start, K::Server, "failed", -1, false, 1, "The login may have started anyway"},
        {"502 html", C::Start, K::Server, "failed", -1, false, 1, "The login may have started anyway"},
        {"503 retry-after", C::Start, K::Server, "failed", -1, false, 1, "The login may have started anyway"},
        {"504 html", C::Start, K::Server, "failed", -1, false, 1, "The login may have started anyway"},
        {"empty body", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"html body", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"truncated json", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"wrong json types", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"unknown status", C::Start, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"50 MB content-length", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"50 MB chunked", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"50 MB close-delimited", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"invalid utf-8", C::Start, K::Protocol, "failed", -1, false, 1, "The login may have started anyway"},
        {"nul bytes", C::Start, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"refused", C::Poll, K::Network, "waiting", 4000, true, 0, "No connection to the OnlyFansAPI server"},
        {"no reply", C::Poll, K::Timeout, "waiting", 4000, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"reset mid-reply", C::Poll, K::Network, "waiting", 4000, true, 1, "No connection to the OnlyFansAPI server"},
        {"never finishes", C::Poll, K::Timeout, "waiting", 4000, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"slow drip", C::Poll, K::Timeout, "waiting", 4000, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"301 same origin", C::Poll, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"302 same origin", C::Poll, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"307 same origin", C::Poll, K::None, "waiting", -1, true, 2, "Logging in to Fansly…"},
        {"308 same origin", C::Poll, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"301 other origin", C::Poll, K::Refused, "failed", -1, false, 1, "The login did not succeed"},
        {"302 other origin", C::Poll, K::Refused, "failed", -1, false, 1, "The login did not succeed"},
        {"307 other origin", C::Poll, K::Refused, "failed", -1, false, 1, "The login did not succeed"},
        {"308 other origin", C::Poll, K::Refused, "failed", -1, false, 1, "The login did not succeed"},
        {"400", C::Poll, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"401", C::Poll, K::Unauthorized, "failed", -1, false, 1, "The API key was rejected"},
        {"402", C::Poll, K::NoCredits, "failed", -1, false, 1, "The OnlyFansAPI account is out of credits"},
        {"403", C::Poll, K::Forbidden, "failed", -1, false, 1, "The login did not succeed"},
        {"404", C::Poll, K::NotFound, "failed", -1, false, 1, "The login did not succeed"},
        {"409", C::Poll, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"410", C::Poll, K::HttpOther, "failed", -1, false, 1, "The login did not succeed"},
        {"422 field errors", C::Poll, K::Validation, "failed", -1, false, 1, "Fansly did not accept the username or password"},
        {"422 message only", C::Poll, K::Validation, "failed", -1, false, 1, "The login did not succeed"},
        {"429", C::Poll, K::RateLimited, "waiting", 4000, true, 1, "Too many requests for this API key"},
        {"429 retry-after", C::Poll, K::RateLimited, "waiting", 30000, true, 1, "Too many requests for this API key"},
        {"429 retry-after date", C::Poll, K::RateLimited, "waiting", 45000, true, 1, "Too many requests for this API key"},
        {"429 rate-limit headers", C::Poll, K::RateLimited, "waiting", 12000, true, 1, "Too many requests for this API key"},
        {"500", C::Poll, K::Server, "waiting", 4000, true, 1, "The OnlyFansAPI server had a problem (error 500)"},
        {"502 html", C::Poll, K::Server, "waiting", 4000, true, 1, "The OnlyFansAPI server had a problem (error 502)"},
        {"503 retry-after", C::Poll, K::Server, "waiting", 20000, true, 1, "The OnlyFansAPI server had a problem (error 503)"},
        {"504 html", C::Poll, K::Server, "waiting", 4000, true, 1, "The OnlyFansAPI server had a problem (error 504)"},
        {"empty body", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"html body", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"truncated json", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"wrong json types", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"unknown status", C::Poll, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"50 MB content-length", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB chunked", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB close-delimited", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"invalid utf-8", C::Poll, K::Protocol, "waiting", 4000, true, 1, "The server sent a reply this app does not understand"},
        {"nul bytes", C::Poll, K::None, "waiting", -1, true, 1, "Logging in to Fansly…"},
        {"refused", C::Code, K::Network, "needs_code", -1, true, 0, "The code may not have reached the server: Could not reach"},
        {"no reply", C::Code, K::Timeout, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"reset mid-reply", C::Code, K::Network, "needs_code", -1, true, 1, "The code may not have reached the server: Could not reach"},
        {"never finishes", C::Code, K::Timeout, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"slow drip", C::Code, K::Timeout, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"301 same origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"302 same origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"307 same origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"308 same origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"301 other origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"302 other origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"307 other origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"308 other origin", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"400", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"401", C::Code, K::Unauthorized, "failed", -1, false, 1, "The API key was rejected"},
        {"402", C::Code, K::NoCredits, "failed", -1, false, 1, "The OnlyFansAPI account is out of credits"},
        {"403", C::Code, K::Forbidden, "failed", -1, false, 1, "The login did not succeed"},
        {"404", C::Code, K::NotFound, "failed", -1, false, 1, "The login did not succeed"},
        {"409", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"410", C::Code, K::HttpOther, "needs_code", -1, true, 1, "The code may not have reached the server: The server"},
        {"422 field errors", C::Code, K::Validation, "needs_code", -1, true, 1, "The username field is required."},
        {"422 message only", C::Code, K::Validation, "needs_code", -1, true, 1, "The given data was invalid."},
        {"429", C::Code, K::RateLimited, "needs_code", -1, true, 1, "The code may not have reached the server: Too many requests"},
        {"429 retry-after", C::Code, K::RateLimited, "needs_code", -1, true, 1, "The code may not have reached the server: Too many requests"},
        {"429 retry-after date", C::Code, K::RateLimited, "needs_code", -1, true, 1, "The code may not have reached the server: Too many requests"},
        {"429 rate-limit headers", C::Code, K::RateLimited, "needs_code", -1, true, 1, "The code may not have reached the server: Too many requests"},
        {"500", C::Code, K::Server, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"502 html", C::Code, K::Server, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"503 retry-after", C::Code, K::Server, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"504 html", C::Code, K::Server, "needs_code", -1, true, 1, "The code may not have reached the server: The OnlyFansAPI"},
        {"empty body", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"html body", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"truncated json", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"wrong json types", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"unknown status", C::Code, K::None, "verifying", -1, true, 1, "Checking the code…"},
        {"50 MB content-length", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"50 MB chunked", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"50 MB close-delimited", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"invalid utf-8", C::Code, K::Protocol, "verifying", -1, true, 1, "Checking the code…"},
        {"nul bytes", C::Code, K::None, "verifying", -1, true, 1, "Checking the code…"},
        {"refused", C::Reauth, K::Network, "failed, row failed", -1, false, 0, "Failed: Could not reach the OnlyFansAPI server"},
        {"no reply", C::Reauth, K::Timeout, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server did not answer in time"},
        {"reset mid-reply", C::Reauth, K::Network, "failed, row failed", -1, false, 1, "Failed: Could not reach the OnlyFansAPI server"},
        {"never finishes", C::Reauth, K::Timeout, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server did not answer in time"},
        {"slow drip", C::Reauth, K::Timeout, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server did not answer in time"},
        {"301 same origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 301)."},
        {"302 same origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 302)."},
        {"307 same origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 307)."},
        {"308 same origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 308)."},
        {"301 other origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 301)."},
        {"302 other origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 302)."},
        {"307 other origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 307)."},
        {"308 other origin", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 308)."},
        {"400", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 400): Request"},
        {"401", C::Reauth, K::Unauthorized, "failed, row failed", -1, false, 1, "Failed: The API key was rejected"},
        {"402", C::Reauth, K::NoCredits, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI account is out of credits"},
        {"403", C::Reauth, K::Forbidden, "failed, row failed", -1, false, 1, "Failed: This API key is not allowed to do that"},
        {"404", C::Reauth, K::NotFound, "failed, row failed", -1, false, 1, "Failed: The server does not know this account"},
        {"409", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 409): A login"},
        {"410", C::Reauth, K::HttpOther, "failed, row failed", -1, false, 1, "Failed: The server refused the request (error 410): This"},
        {"422 field errors", C::Reauth, K::Validation, "failed, row failed", -1, false, 1, "Failed: The server did not accept the details: The username"},
        {"422 message only", C::Reauth, K::Validation, "failed, row failed", -1, false, 1, "Failed: The server did not accept the details: The given"},
        {"429", C::Reauth, K::RateLimited, "failed, row failed", -1, false, 1, "Failed: Too many requests for this API key"},
        {"429 retry-after", C::Reauth, K::RateLimited, "failed, row failed", -1, false, 1, "Failed: Too many requests for this API key"},
        {"429 retry-after date", C::Reauth, K::RateLimited, "failed, row failed", -1, false, 1, "Failed: Too many requests for this API key"},
        {"429 rate-limit headers", C::Reauth, K::RateLimited, "failed, row failed", -1, false, 1, "Failed: Too many requests for this API key"},
        {"500", C::Reauth, K::Server, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server had a problem (error 500)"},
        {"502 html", C::Reauth, K::Server, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server had a problem (error 502)"},
        {"503 retry-after", C::Reauth, K::Server, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server had a problem (error 503)"},
        {"504 html", C::Reauth, K::Server, "failed, row failed", -1, false, 1, "Failed: The OnlyFansAPI server had a problem (error 504)"},
        {"empty body", C::Reauth, K::None, "waiting, row connecting", -1, true, 1, "Connecting…"},
        {"html body", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"truncated json", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"wrong json types", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"unknown status", C::Reauth, K::None, "waiting, row connecting", -1, true, 1, "Connecting…"},
        {"50 MB content-length", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"50 MB chunked", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"50 MB close-delimited", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"invalid utf-8", C::Reauth, K::Protocol, "failed, row failed", -1, false, 1, "Failed: The server sent a reply this app does not understand"},
        {"nul bytes", C::Reauth, K::None, "waiting, row connecting", -1, true, 1, "Connecting…"},
        {"refused", C::List, K::Network, "old list kept", -1, true, 0, "Could not reach the OnlyFansAPI server"},
        {"no reply", C::List, K::Timeout, "old list kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"reset mid-reply", C::List, K::Network, "old list kept", -1, true, 1, "Could not reach the OnlyFansAPI server"},
        {"never finishes", C::List, K::Timeout, "old list kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"slow drip", C::List, K::Timeout, "old list kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"301 same origin", C::List, K::None, "new list", -1, true, 1, ""},
        {"302 same origin", C::List, K::None, "new list", -1, true, 1, ""},
        {"307 same origin", C::List, K::None, "new list", -1, true, 2, ""},
        {"308 same origin", C::List, K::None, "new list", -1, true, 2, ""},
        {"301 other origin", C::List, K::Refused, "old list kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"302 other origin", C::List, K::Refused, "old list kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"307 other origin", C::List, K::Refused, "old list kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"308 other origin", C::List, K::Refused, "old list kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"400", C::List, K::HttpOther, "old list kept", -1, true, 1, "The server refused the request (error 400): Request refused."},
        {"401", C::List, K::Unauthorized, "old list kept", -1, true, 1, "The API key was rejected"},
        {"402", C::List, K::NoCredits, "old list kept", -1, true, 1, "The OnlyFansAPI account is out of credits"},
        {"403", C::List, K::Forbidden, "old list kept", -1, true, 1, "This API key is not allowed to do that"},
        {"404", C::List, K::NotFound, "old list kept", -1, true, 1, "The server does not know this account"},
        {"409", C::List, K::HttpOther, "old list kept", -1, true, 1, "The server refused the request (error 409): A login for"},
        {"410", C::List, K::HttpOther, "old list kept", -1, true, 1, "The server refused the request (error 410): This login is"},
        {"422 field errors", C::List, K::Validation, "old list kept", -1, true, 1, "The server did not accept the details: The username field"},
        {"422 message only", C::List, K::Validation, "old list kept", -1, true, 1, "The server did not accept the details: The given data was"},
        {"429", C::List, K::RateLimited, "old list kept", -1, true, 1, "Too many requests for this API key"},
        {"429 retry-after", C::List, K::RateLimited, "old list kept", -1, true, 1, "Too many requests for this API key"},
        {"429 retry-after date", C::List, K::RateLimited, "old list kept", -1, true, 1, "Too many requests for this API key"},
        {"429 rate-limit headers", C::List, K::RateLimited, "old list kept", -1, true, 1, "Too many requests for this API key"},
        {"500", C::List, K::Server, "old list kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 500)"},
        {"502 html", C::List, K::Server, "old list kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 502)"},
        {"503 retry-after", C::List, K::Server, "old list kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 503)"},
        {"504 html", C::List, K::Server, "old list kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 504)"},
        {"empty body", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"html body", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"truncated json", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"wrong json types", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"unknown status", C::List, K::None, "new list", -1, true, 1, ""},
        {"50 MB content-length", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB chunked", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB close-delimited", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"invalid utf-8", C::List, K::Protocol, "old list kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"nul bytes", C::List, K::None, "new list", -1, true, 1, ""},
        {"refused", C::Disconnect, K::Network, "row kept", -1, true, 0, "Could not reach the OnlyFansAPI server"},
        {"no reply", C::Disconnect, K::Timeout, "row kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"reset mid-reply", C::Disconnect, K::Network, "row kept", -1, true, 1, "Could not reach the OnlyFansAPI server"},
        {"never finishes", C::Disconnect, K::Timeout, "row kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"slow drip", C::Disconnect, K::Timeout, "row kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"301 same origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 301)."},
        {"302 same origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 302)."},
        {"307 same origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 307)."},
        {"308 same origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 308)."},
        {"301 other origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 301)."},
        {"302 other origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 302)."},
        {"307 other origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 307)."},
        {"308 other origin", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "The server refused the request (error 308)."},
        {"400", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "Request refused."},
        {"401", C::Disconnect, K::Unauthorized, "row kept", -1, true, 1, "Unauthenticated."},
        {"402", C::Disconnect, K::NoCredits, "row kept", -1, true, 1, "Insufficient credits."},
        {"403", C::Disconnect, K::Forbidden, "row kept", -1, true, 1, "Request refused."},
        {"404", C::Disconnect, K::NotFound, "row kept", -1, true, 1, "Request refused."},
        {"409", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "A login for this account is already running."},
        {"410", C::Disconnect, K::HttpOther, "row kept", -1, true, 1, "This login is gone."},
        {"422 field errors", C::Disconnect, K::Validation, "row kept", -1, true, 1, "The given data was invalid."},
        {"422 message only", C::Disconnect, K::Validation, "row kept", -1, true, 1, "The given data was invalid."},
        {"429", C::Disconnect, K::RateLimited, "row kept", -1, true, 1, "Too Many Attempts."},
        {"429 retry-after", C::Disconnect, K::RateLimited, "row kept", -1, true, 1, "Too Many Attempts."},
        {"429 retry-after date", C::Disconnect, K::RateLimited, "row kept", -1, true, 1, "Too Many Attempts."},
        {"429 rate-limit headers", C::Disconnect, K::RateLimited, "row kept", -1, true, 1, "Too Many Attempts."},
        {"500", C::Disconnect, K::Server, "row kept", -1, true, 1, "Server Error"},
        {"502 html", C::Disconnect, K::Server, "row kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 502)"},
        {"503 retry-after", C::Disconnect, K::Server, "row kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 503)"},
        {"504 html", C::Disconnect, K::Server, "row kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 504)"},
        {"empty body", C::Disconnect, K::None, "row removed", -1, false, 1, ""},
        {"html body", C::Disconnect, K::Protocol, "row kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"truncated json", C::Disconnect, K::Protocol, "row kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"wrong json types", C::Disconnect, K::None, "row removed", -1, false, 1, ""},
        {"unknown status", C::Disconnect, K::None, "row removed", -1, false, 1, ""},
        {"50 MB content-length", C::Disconnect, K::Protocol, "row kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB chunked", C::Disconnect, K::Protocol, "row kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB close-delimited", C::Disconnect, K::Protocol, "row kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"invalid utf-8", C::Disconnect, K::Protocol, "row kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"nul bytes", C::Disconnect, K::None, "row removed", -1, false, 1, ""},
        {"refused", C::Whoami, K::Network, "old key kept", -1, true, 0, "Could not reach the OnlyFansAPI server"},
        {"no reply", C::Whoami, K::Timeout, "old key kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"reset mid-reply", C::Whoami, K::Network, "old key kept", -1, true, 1, "Could not reach the OnlyFansAPI server"},
        {"never finishes", C::Whoami, K::Timeout, "old key kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"slow drip", C::Whoami, K::Timeout, "old key kept", -1, true, 1, "The OnlyFansAPI server did not answer in time"},
        {"301 same origin", C::Whoami, K::None, "new key", -1, true, 2, ""},
        {"302 same origin", C::Whoami, K::None, "new key", -1, true, 1, ""},
        {"307 same origin", C::Whoami, K::None, "new key", -1, true, 2, ""},
        {"308 same origin", C::Whoami, K::None, "new key", -1, true, 1, ""},
        {"301 other origin", C::Whoami, K::Refused, "old key kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"302 other origin", C::Whoami, K::Refused, "old key kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"307 other origin", C::Whoami, K::Refused, "old key kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"308 other origin", C::Whoami, K::Refused, "old key kept", -1, true, 1, "The request was not sent because the server address is not"},
        {"400", C::Whoami, K::HttpOther, "old key kept", -1, true, 1, "The server refused the request (error 400): Request refused."},
        {"401", C::Whoami, K::Unauthorized, "old key kept", -1, true, 1, "The API key was rejected"},
        {"402", C::Whoami, K::NoCredits, "old key kept", -1, true, 1, "The OnlyFansAPI account is out of credits"},
        {"403", C::Whoami, K::Forbidden, "old key kept", -1, true, 1, "This API key is not allowed to do that"},
        {"404", C::Whoami, K::NotFound, "old key kept", -1, true, 1, "The server does not know this account"},
        {"409", C::Whoami, K::HttpOther, "old key kept", -1, true, 1, "The server refused the request (error 409): A login for"},
        {"410", C::Whoami, K::HttpOther, "old key kept", -1, true, 1, "The server refused the request (error 410): This login is"},
        {"422 field errors", C::Whoami, K::Validation, "old key kept", -1, true, 1, "The server did not accept the details: The username field"},
        {"422 message only", C::Whoami, K::Validation, "old key kept", -1, true, 1, "The server did not accept the details: The given data was"},
        {"429", C::Whoami, K::RateLimited, "old key kept", -1, true, 1, "Too many requests for this API key"},
        {"429 retry-after", C::Whoami, K::RateLimited, "old key kept", -1, true, 1, "Too many requests for this API key"},
        {"429 retry-after date", C::Whoami, K::RateLimited, "old key kept", -1, true, 1, "Too many requests for this API key"},
        {"429 rate-limit headers", C::Whoami, K::RateLimited, "old key kept", -1, true, 1, "Too many requests for this API key"},
        {"500", C::Whoami, K::Server, "old key kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 500)"},
        {"502 html", C::Whoami, K::Server, "old key kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 502)"},
        {"503 retry-after", C::Whoami, K::Server, "old key kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 503)"},
        {"504 html", C::Whoami, K::Server, "old key kept", -1, true, 1, "The OnlyFansAPI server had a problem (error 504)"},
        {"empty body", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"html body", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"truncated json", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"wrong json types", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"unknown status", C::Whoami, K::None, "new key", -1, true, 1, ""},
        {"50 MB content-length", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB chunked", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"50 MB close-delimited", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"invalid utf-8", C::Whoami, K::Protocol, "old key kept", -1, true, 1, "The server sent a reply this app does not understand"},
        {"nul bytes", C::Whoami, K::None, "new key", -1, true, 1, ""},
        // clang-format on
    };
    return table;
}

QString markdownTable()
{
    QString md = QStringLiteral(
        "| Fault | Call | Error | What stays on screen | Retry | Login kept | Sent | Shown (key "
        "phrase) |\n|---|---|---|---|---|---|---|---|\n");
    for (const QString &fault : faultNames()) {
        for (const Expected &e : expectations()) {
            if (fault != QLatin1String(e.fault))
                continue;
            ApiError error;
            error.kind = e.kind;
            const QString retry = e.retryMs < 0
                ? QStringLiteral("no")
                : QStringLiteral("in %1 s").arg(e.retryMs / 1000.0, 0, 'g', 3);
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                      .arg(fault, callName(e.call),
                           e.kind == ApiError::Kind::None ? QStringLiteral("—") : error.kindName(),
                           QString::fromUtf8(e.screen), retry,
                           e.pending ? QStringLiteral("yes") : QStringLiteral("no"))
                      .arg(e.sent)
                      .arg(*e.phrase ? QStringLiteral("“%1”").arg(QString::fromUtf8(e.phrase))
                                     : QStringLiteral("—"));
        }
    }
    return md;
}

} // namespace FaultMatrix
