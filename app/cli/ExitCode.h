#pragma once

#include "network/ApiError.h"

// The CLI's exit codes; EXIT_CODES.md and --help describe them for people.
namespace ExitCode {
enum : int {
    Ok = 0,
    Usage = 2, // bad options or arguments, no API key, refused base URL
    KeyRejected = 3, // 401: the API key was rejected
    LoginFailed = 4, // the login failed (server's reason), 422 validation, 404 unknown account
    Service = 5, // network, server, TLS, protocol, timeout, or the system keychain
    Limited = 6, // 429 rate limited or 402 out of credits
    Cancelled = 7, // Ctrl+C, no code or confirmation given
};

inline int forError(const ApiError &e)
{
    using K = ApiError::Kind;
    switch (e.kind) {
    case K::None: return Ok;
    case K::Unauthorized: return KeyRejected;
    case K::NoCredits:
    case K::RateLimited: return Limited;
    case K::Forbidden:
    case K::NotFound:
    case K::Validation:
    case K::HttpOther: return LoginFailed;
    case K::Cancelled: return Cancelled;
    case K::Network:
    case K::Timeout:
    case K::Tls:
    case K::Server:
    case K::Protocol:
    case K::Refused: return Service;
    }
    return Service;
}
} // namespace ExitCode
