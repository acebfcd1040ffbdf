#include "handlerkit.h"

#include "core/jsonutil.h"
#include "core/writeerror.h"

namespace ft::emu {

namespace js = core::js;

std::optional<ErrorSpec> readJsonObject(const HttpRequest &r, nlohmann::ordered_json &out)
{
    if (r.body.isEmpty())
        return invalid(QStringLiteral("The request body is empty; a JSON object is expected."));
    switch (js::parseText(r.body, out)) {
    case js::ParseError::TooDeep:
        return invalid(QStringLiteral("The JSON body of your request nests arrays and objects deeper than "
                                      "%1 levels.")
                           .arg(js::kMaxDepth));
    case js::ParseError::TooLarge:
        return invalid(
            QStringLiteral("The JSON body of your request is larger than %1 bytes.").arg(js::kMaxBytes));
    case js::ParseError::Syntax:
        break;
    case js::ParseError::None:
        if (out.is_object())
            return std::nullopt;
        break;
    }
    return invalid(
        QStringLiteral("We could not parse the JSON body of your request. (HINT: This likely means "
                       "you aren't using your HTTP library correctly.)"));
}

std::optional<ErrorSpec> readPage(const HttpRequest &r, int defaultLimit, int maxLimit, int &limit,
                                  QString &after)
{
    after = r.queryValue(QStringLiteral("after"));
    limit = defaultLimit;
    const QString text = r.queryValue(QStringLiteral("limit"));
    if (!text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return invalid(
                QStringLiteral("Invalid 'limit': expected an integer between 1 and %1.").arg(maxLimit),
                QStringLiteral("limit"));
    }
    return std::nullopt;
}

HttpReply notSaved(const HttpRequest &r, const core::WriteError &why)
{
    // The operator learns which file and why; the client learns that nothing was saved, as a real
    // service would say it (500, InternalServerError), without the emulator's paths.
    qWarning("emulator: %s %s not saved: %s", qPrintable(logSafe(r.method)),
             qPrintable(logSafe(r.path.toLatin1())), qPrintable(why.message()));
    ErrorSpec e;
    e.status = 500;
    e.type = QStringLiteral("server_error");
    e.code = QStringLiteral("InternalServerError");
    e.classicCode = e.code;
    // In English whatever the app's language: these are the service's words, not the app's.
    const QString reason = why.reason == core::WriteError::Reason::NoSpace
        ? QStringLiteral("the service's storage is full")
        : QStringLiteral("the service's storage failed");
    e.message =
        QStringLiteral("The request could not be saved (%1), so nothing was changed. Try again later.")
            .arg(reason);
    return errorFor(r, e);
}

HttpReply unknownRoute(const HttpRequest &r, Surface surface)
{
    const QString method = QString::fromLatin1(r.method);
    if (surface == Surface::Arm)
        return errorReply(
            surface,
            armError(404, QStringLiteral("InvalidResourceType"),
                     QStringLiteral("The resource type could not be found for %1 %2.").arg(method, r.path)));
    ErrorSpec e;
    e.status = 404;
    if (surface == Surface::OpenAI) {
        e.message = QStringLiteral("Invalid URL (%1 %2)").arg(method, r.path);
    } else {
        e.code = QStringLiteral("404");
        e.classicCode = QStringLiteral("404");
        e.message = QStringLiteral("Resource not found");
    }
    return errorReply(surface, e);
}

ErrorSpec armError(int status, const QString &code, const QString &message, const QString &target)
{
    ErrorSpec e;
    e.status = status;
    e.code = code;
    e.message = message;
    e.param = target;
    return e;
}

void setLocation(HttpReply &reply, const HttpRequest &r, const QString &path)
{
    reply.setHeader("Location", (r.baseUrl + path).toUtf8());
}

} // namespace ft::emu
