#include "apierror.h"

#include "jsonutil.h"

#include <QCoreApplication>

namespace ft::core {

namespace {
QString codeOf(const js::Json &value)
{
    if (value.is_string())
        return js::toQ(value);
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    return {};
}

QString reasonFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("HTTP error");
    }
}
} // namespace

ApiError ApiError::fromHttp(int status, QByteArrayView body, const QString &requestId)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = requestId;

    js::Json doc;
    if (js::parse(body, doc) && doc.is_object()) {
        const js::Json *err = js::find(doc, "error");
        if (err && err->is_object()) {
            e.message = js::str(*err, "message");
            if (const auto *c = js::find(*err, "code"))
                e.code = codeOf(*c);
            e.type = js::str(*err, "type");
            e.param = js::str(*err, "param");
            if (e.param.isEmpty())
                e.param = js::str(*err, "target");
            for (const char *innerKey : {"innererror", "inner_error"}) {
                if (const auto *inner = js::find(*err, innerKey); inner && inner->is_object()) {
                    if (const auto *c = js::find(*inner, "code"))
                        e.innerCode = codeOf(*c);
                }
            }
            if (const auto *details = js::find(*err, "details"); details && details->is_array()) {
                for (const auto &d : *details) {
                    const QString m = js::str(d, "message");
                    if (!m.isEmpty())
                        e.details << m;
                }
            }
        } else if (err && err->is_string()) {
            e.message = js::toQ(*err);
        } else {
            // The APIM gateway's own shape: {"statusCode": 401, "message": "..."}
            e.message = js::str(doc, "message");
            if (const auto *c = js::find(doc, "statusCode"))
                e.code = codeOf(*c);
        }
    }
    if (e.message.isEmpty()) {
        const QString text =
            QString::fromUtf8(body.first(qMin<qsizetype>(200, body.size())).toByteArray()).trimmed();
        e.message = text.isEmpty() || text.startsWith(u'{') || text.startsWith(u'<')
            ? QStringLiteral("HTTP %1 %2").arg(status).arg(reasonFor(status))
            : text;
    }
    return e;
}

namespace {
ApiError withKind(ApiError::Kind kind, const QString &message, int status = 0)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
    return e;
}
} // namespace

ApiError ApiError::network(const QString &message)
{
    return withKind(Kind::Network, message);
}

ApiError ApiError::malformed(const QString &message, int status)
{
    return withKind(Kind::Malformed, message, status);
}

ApiError ApiError::cancelled()
{
    return withKind(Kind::Cancelled, QCoreApplication::translate("ApiError", "Cancelled"));
}

ApiError ApiError::timeout(const QString &message)
{
    return withKind(Kind::Timeout, message);
}

ApiError ApiError::local(const QString &message)
{
    return withKind(Kind::Local, message);
}

ApiError ApiError::operation(const QString &status, const QString &code, const QString &message)
{
    ApiError e;
    e.kind = Kind::Operation;
    e.operationStatus = status;
    e.code = code;
    e.message = message.isEmpty()
        ? QCoreApplication::translate("ApiError", "The operation ended %1.").arg(status)
        : message;
    return e;
}

ApiError ApiError::invalidArgument(const QString &message, const QString &param)
{
    ApiError e = withKind(Kind::InvalidArgument, message);
    e.param = param;
    return e;
}

QString ApiError::toString() const
{
    QString out = message;
    QStringList tags;
    if (!code.isEmpty())
        tags << code;
    if (httpStatus > 0)
        tags << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!tags.isEmpty())
        out += QStringLiteral(" (") + tags.join(QStringLiteral(", ")) + u')';
    for (const QString &d : details)
        out += QStringLiteral("\n  ") + d;
    if (!requestId.isEmpty())
        out += QStringLiteral(" [request id %1]").arg(requestId);
    return out;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isAmbiguous() const
{
    return kind == Kind::Network || kind == Kind::Timeout || (kind == Kind::Http && httpStatus >= 500);
}

} // namespace ft::core
