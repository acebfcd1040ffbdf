#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace ft::core {

// A failed call, whatever failed: the service (any of the three error shapes of the contract), the
// network, the response itself (malformed or unexpected), the caller (cancelled, timed out, or an
// argument that cannot be sent at all, such as an id that is not one URL path segment), or a
// long-running operation the service had accepted and that then ended Failed or Canceled.
struct ApiError
{
    enum class Kind { Http, Network, Malformed, Cancelled, Timeout, Local, Operation, InvalidArgument };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code; // "invalid_request_error"-style code, Azure "invalidPayload", ARM "DeploymentNotFound"
    QString type; // OpenAI error type
    QString message; // what the service said, shown to the user
    QString param; // OpenAI/v1 `param`, Azure/ARM `target`
    QString innerCode; // Azure classic innererror.code
    QStringList details;
    QString requestId; // x-request-id / apim-request-id
    QString operationStatus; // Kind::Operation: how the operation ended (Failed, Canceled)
    int attempts = 1; // how many times the request was sent
    // An earlier attempt failed in a way that leaves open whether the service applied it (connection
    // lost after sending, timeout, 5xx): a create or complete may exist even though this one failed.
    bool mayHaveApplied = false;

    // Worth another attempt: the network, a timeout, 408, 409, 429 or any 5xx.
    bool isTransient() const;
    // The request may have reached the service and been applied: lost connection, timeout, 5xx.
    bool isAmbiguous() const;

    // Reads any of the error bodies of the contract (OpenAI/v1, Azure classic, ARM, the APIM gateway);
    // a body that is none of them still gives a message naming the HTTP status.
    static ApiError fromHttp(int status, QByteArrayView body, const QString &requestId = {});
    static ApiError network(const QString &message);
    static ApiError malformed(const QString &message, int status = 0);
    static ApiError cancelled();
    static ApiError timeout(const QString &message);
    static ApiError local(const QString &message);
    // A long-running operation that ended `status` with this error (code and message of the operation).
    static ApiError operation(const QString &status, const QString &code, const QString &message);
    // Refused before sending: `param` names what was wrong (an id, a name).
    static ApiError invalidArgument(const QString &message, const QString &param = {});

    // One line for a user: the service's message with its code and status.
    QString toString() const;
};

} // namespace ft::core
