#pragma once

#include "httpexchange.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace ft::core {
struct WriteError;
}

namespace ft::emu {

// What every route handler uses: reading a request's JSON body and paging arguments, and the answers
// common to all routes, each in the shape of the request's surface.

// The body as a JSON object, or the service's 400 (empty, not JSON, too deep or too large, not an object).
std::optional<ErrorSpec> readJsonObject(const HttpRequest &request, nlohmann::ordered_json &out);
// `after` and `limit` of a list request; `limit` from 1 to maxLimit, defaultLimit when not given.
std::optional<ErrorSpec> readPage(const HttpRequest &request, int defaultLimit, int maxLimit, int &limit,
                                  QString &after);

inline HttpReply errorFor(const HttpRequest &request, const ErrorSpec &spec)
{
    return errorReply(request.surface, spec);
}
// A change that could not be saved (a full data directory): 500 in the surface's shape; nothing changed.
HttpReply notSaved(const HttpRequest &request, const core::WriteError &why);
// A path that names no route: OpenAI's "Invalid URL", Azure's "Resource not found", ARM's
// InvalidResourceType.
HttpReply unknownRoute(const HttpRequest &request, Surface surface);
inline HttpReply unknownRoute(const HttpRequest &request)
{
    return unknownRoute(request, request.surface);
}
// An ARM error: {code, message, target, details}.
ErrorSpec armError(int status, const QString &code, const QString &message, const QString &target = {});
// The Location of a resource created: the request's base URL and `path`.
void setLocation(HttpReply &reply, const HttpRequest &request, const QString &path);

} // namespace ft::emu
