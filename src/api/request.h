#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QIODevice;

namespace ft::api {

class StreamBody;

// How failed calls are tried again, as the official SDKs do: on connection errors, timeouts, 408, 409,
// 429 and 5xx, with exponential backoff and jitter, honouring retry-after-ms and Retry-After; bounded
// in attempts and in total time. Only calls that are safe to repeat are retried (see Request::retry).
struct RetryPolicy
{
    int maxRetries = 4; // attempts = 1 + maxRetries
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000; // a longer Retry-After is not waited for
    int totalBudgetMs = 180000; // no retry starts after this long since the first attempt
    int idleTimeoutMs = 120000; // an attempt times out after this long without a byte moving
    // The whole call — every attempt, every wait between them — ends after this long, however slowly the
    // bytes keep moving (a server that drips one byte a second never trips the idle timeout). 0: no limit.
    int callDeadlineMs = 0;
};

// What Transport sends: URL, verb, headers and body (in memory, streamed once, or a multipart body
// built again for every attempt), and how it may be retried.
struct Request
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray contentType;
    QByteArray body;
    QIODevice *device = nullptr; // streamed body, sent once; the transport takes ownership
    // A streamed body (a multipart upload), built again for every attempt (nullptr: cannot, the call
    // fails); its content type goes with it.
    std::function<StreamBody *(QString *error)> stream;
    // Whether a failed attempt may be repeated: by verb (GET, HEAD, PUT, DELETE), always (a POST
    // whose repetition is harmless or checked by the caller), or never (creating a job).
    enum class Retry { ByVerb, Always, Never } retry = Retry::ByVerb;
    // A DELETE repeated after an ambiguous failure that finds nothing left: this body, as success.
    QByteArray goneAfterRetryBody;
    // Before repeating a create after an ambiguous failure: look for what the lost attempt may have
    // made; `found` gets its JSON (the call succeeds with it) or nothing (the call is sent again).
    std::function<void(QObject *context, std::function<void(std::optional<QByteArray> found)> found)>
        findAfterAmbiguous;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool arm = false; // authorize with the ARM token
    QString downloadTo; // stream a successful body to this file (written whole or not at all)
    qint64 maxBody = 64LL * 1024 * 1024;
    int timeoutMs = 0; // without a byte moving; 0: the transport's RetryPolicy::idleTimeoutMs
    int deadlineMs = 0; // the whole call; 0: the transport's RetryPolicy::callDeadlineMs
    // Set when the URL could not be built (an id that is not one path segment): the call fails with
    // this error on the next turn of the event loop and nothing is sent.
    std::optional<core::ApiError> refused;
};

} // namespace ft::api
