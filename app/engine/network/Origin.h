#pragma once

#include <QString>
#include <QUrl>

// Where the bearer token may go: exactly one origin (scheme, host, port).
namespace Origin {
// Empty when `url` may carry the API key; otherwise why not (translated, for people).
// https anywhere; http only to loopback (the practice simulator, tests).
QString problem(const QUrl &url);
bool isLoopbackHost(const QString &host);
bool same(const QUrl &a, const QUrl &b);
// "https://app.onlyfansapi.com" — the form used to namespace stored data.
QString of(const QUrl &url);
} // namespace Origin
