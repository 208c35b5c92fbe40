#pragma once

#include "network/ApiError.h"

#include <QByteArray>
#include <QDateTime>

class QNetworkReply;
class QSslError;

// Reading what a finished reply says about itself: its error in our terms, and the
// rate-limit headers. Kept apart from ApiClient, which sends and parses.
namespace ReplyErrors {
// A header as a non-negative integer, or -1.
int headerInt(const QNetworkReply *reply, const char *name);
// Retry-After in seconds (a number, or an HTTP date counted from `now`), clamped to a
// day; -1 when absent.
int retryAfterSeconds(const QNetworkReply *reply, const QDateTime &now);
// A 4xx/5xx status with its body (Laravel-style message and per-field errors).
ApiError errorFromHttp(int status, const QByteArray &body);
// Keeps on the reply why its certificate was refused (from QNetworkReply::sslErrors, which
// comes before the handshake fails), for errorFromNetwork; returns it, for the log.
ApiError tlsRefusal(QNetworkReply *reply, const QList<QSslError> &errors);
// The reason the worst of `errors` gives: trust first, then host name, then dates.
ApiError::TlsReason tlsReasonOf(const QList<QSslError> &errors);
// A reply that has no HTTP answer to show: network, TLS, redirect, our own abort
// (`tooLarge`: the details of a body refused for its size; empty when it was not).
ApiError errorFromNetwork(const QNetworkReply *reply, bool timedOut, const QString &tooLarge);
} // namespace ReplyErrors
