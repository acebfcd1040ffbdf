#include "httpexchange.h"

#include "core/jsonutil.h"

namespace ft::emu {

namespace js = core::js;

bool isAzure(Surface s)
{
    return s != Surface::OpenAI;
}

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpReply HttpReply::json(int status, const nlohmann::ordered_json &body)
{
    HttpReply r;
    r.status = status;
    r.body = js::dump(body);
    return r;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply r;
    r.status = status;
    r.contentType.clear();
    return r;
}

void HttpReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpReply errorReply(Surface surface, const ErrorSpec &spec)
{
    js::Json err = js::Json::object();
    switch (surface) {
    case Surface::OpenAI:
    case Surface::AzureV1:
        err["message"] = js::s(spec.message);
        if (surface == Surface::OpenAI) {
            err["type"] = js::s(spec.type);
            err["param"] = spec.param.isEmpty() ? js::Json(nullptr) : js::Json(js::s(spec.param));
            err["code"] = spec.code.isEmpty() ? js::Json(nullptr) : js::Json(js::s(spec.code));
        } else {
            // AzureErrorResponse: code and param are strings when present; type is always "error".
            err["type"] = "error";
            if (!spec.code.isEmpty())
                err["code"] = js::s(spec.code);
            if (!spec.param.isEmpty())
                err["param"] = js::s(spec.param);
            if (!spec.classicCode.isEmpty())
                err["inner_error"] = js::Json{{"code", js::s(spec.classicCode)}};
        }
        break;
    case Surface::AzureClassic: {
        const QString code = !spec.classicCode.isEmpty() ? spec.classicCode : spec.code;
        err["code"] = js::s(code);
        err["message"] = js::s(spec.message);
        if (!spec.param.isEmpty())
            err["target"] = js::s(spec.param);
        if (spec.status == 400 && code == u"invalidPayload")
            err["innererror"] = js::Json{{"code", "invalidPayload"}};
        break;
    }
    case Surface::Arm:
        err["code"] = js::s(spec.code);
        err["message"] = js::s(spec.message);
        if (!spec.param.isEmpty())
            err["target"] = js::s(spec.param);
        err["details"] = js::Json::array();
        break;
    }
    return HttpReply::json(spec.status, js::Json{{"error", err}});
}

ErrorSpec notFound(Surface surface, const QString &what, const QString &id)
{
    ErrorSpec e;
    e.status = 404;
    e.classicCode = QStringLiteral("notFound");
    if (surface == Surface::Arm) {
        e.code = QStringLiteral("DeploymentNotFound");
        e.message = QStringLiteral("The Deployment '%1' could not be found.").arg(id);
        return e;
    }
    if (surface == Surface::OpenAI) {
        e.code = QStringLiteral("%1_not_found").arg(what.toLower().replace(u' ', u'_'));
        e.message = QStringLiteral("No such %1: %2").arg(what, id);
    } else {
        e.code = QStringLiteral("notFound");
        e.message = QStringLiteral("The %1 '%2' could not be found.").arg(what, id);
    }
    return e;
}

ErrorSpec invalid(const QString &message, const QString &param, const QString &code)
{
    ErrorSpec e;
    e.status = 400;
    e.message = message;
    e.param = param;
    e.code = code.isEmpty() ? QStringLiteral("invalid_request_error") : code;
    e.classicCode = QStringLiteral("invalidPayload");
    return e;
}

ErrorSpec invalidState(const QString &message)
{
    ErrorSpec e;
    e.status = 400;
    e.message = message;
    e.code = QStringLiteral("invalid_state");
    e.classicCode = QStringLiteral("unexpectedEntityState");
    return e;
}

QString logSafe(QByteArrayView text)
{
    QString out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
    }
    return out;
}

ErrorSpec storageError()
{
    ErrorSpec e;
    e.status = 500;
    e.type = QStringLiteral("server_error");
    e.code = QStringLiteral("InternalServerError");
    e.classicCode = e.code;
    e.message =
        QStringLiteral("The request could not be saved (the service's storage failed), so nothing was "
                       "changed. Try again later.");
    return e;
}

} // namespace ft::emu
