#include "service.h"

#include "simulator.h"
#include "store.h"

#include "core/jsonutil.h"
#include "core/pathsegment.h"
#include "core/writeerror.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrl>

namespace ft::emu {

namespace js = core::js;

Service::Service(Store &store, Simulator &simulator, ServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sim(simulator)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_operations(std::make_unique<ArmOperations>(store, simulator.speed()))
    , m_failDeployments(m_options.failDeployments)
{
    registerDeploymentOperations();
}

Service::~Service() = default;

namespace {
// A path that names no route, in the surface's shape: OpenAI's "Invalid URL", Azure's "Resource not
// found".
HttpReply unknownRoute(const HttpRequest &r, Surface surface)
{
    ErrorSpec e;
    e.status = 404;
    if (surface == Surface::OpenAI) {
        e.message = QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path);
    } else {
        e.code = QStringLiteral("404");
        e.classicCode = QStringLiteral("404");
        e.message = QStringLiteral("Resource not found");
    }
    return errorReply(surface, e);
}
} // namespace

HttpReply Service::handle(HttpRequest &r)
{
    // The path arrives percent-encoded. It is split on its literal '/' first and each segment decoded
    // on its own, so an encoded '/' ("a%2Fb") stays inside its segment and can never reach another
    // route; a segment that decodes to a separator, a control character, "." or ".." names nothing.
    QStringList segments;
    bool unsafe = !r.path.startsWith(u'/');
    const QStringList raw = r.path.split(u'/');
    qsizetype last = raw.size();
    while (last > 1 && raw[last - 1].isEmpty())
        --last; // trailing slashes
    for (qsizetype i = 1; i < last; ++i) {
        const QString decoded = QUrl::fromPercentEncoding(raw[i].toUtf8());
        if (core::PathSegment::unsafe(decoded) != core::PathSegment::Problem::None)
            unsafe = true;
        segments << decoded;
    }
    auto at = [&segments](qsizetype i, const char *word) {
        return i < segments.size() && segments[i] == QLatin1String(word);
    };
    qsizetype prefix = 0;
    if (at(0, "openai") && at(1, "v1")) {
        r.surface = Surface::AzureV1;
        prefix = 2;
        r.baseUrl += QStringLiteral("/openai/v1");
    } else if (at(0, "openai")) {
        r.surface = Surface::AzureClassic;
        prefix = 1;
        r.baseUrl += QStringLiteral("/openai");
    } else if (at(0, "subscriptions")) {
        r.surface = Surface::Arm;
    } else if (at(0, "v1")) {
        r.surface = Surface::OpenAI;
        prefix = 1;
        r.baseUrl += QStringLiteral("/v1");
    } else {
        return unknownRoute(r, Surface::OpenAI);
    }
    r.segments = segments.mid(prefix);

    if (auto denied = authenticate(r))
        return *denied;
    if (unsafe) {
        // Data plane: no id of the services holds such a segment, and the real front ends answer such
        // paths as routes that do not exist. ARM rejects a malformed name in the path with 400.
        if (r.surface != Surface::Arm)
            return unknownRoute(r, r.surface);
        ErrorSpec e;
        e.code = QStringLiteral("InvalidResourceName");
        e.message = QStringLiteral("The request path %1 holds a segment that is empty, '.', '..', or has a "
                                   "separator or a control character; it names no resource.")
                        .arg(r.path);
        return error(r, e);
    }

    if (r.surface == Surface::AzureClassic || r.surface == Surface::Arm) {
        const QString version = r.queryValue(QStringLiteral("api-version"));
        static const QRegularExpression versionRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}(-preview)?$)"));
        if (version.isEmpty()) {
            ErrorSpec e;
            if (r.surface == Surface::Arm) {
                e.code = QStringLiteral("MissingApiVersionParameter");
                e.message = QStringLiteral(
                    "The api-version query parameter (?api-version=) is required for all requests.");
            } else {
                e.status = 404;
                e.code = QStringLiteral("404");
                e.message = QStringLiteral("Resource not found");
            }
            return error(r, e);
        }
        if (!versionRe.match(version).hasMatch()) {
            ErrorSpec e;
            e.code = r.surface == Surface::Arm ? QStringLiteral("InvalidApiVersionParameter")
                                               : QStringLiteral("BadRequest");
            e.message = QStringLiteral("API version not supported");
            return error(r, e);
        }
    }
    return r.surface == Surface::Arm ? routeArm(r) : route(r);
}

HttpReply Service::faultReply(const HttpRequest &request, int status)
{
    const QString &path = request.path;
    const Surface surface = path.startsWith(QStringLiteral("/openai/v1/")) ? Surface::AzureV1
        : path.startsWith(QStringLiteral("/openai/"))                      ? Surface::AzureClassic
        : path.startsWith(QStringLiteral("/subscriptions/"))               ? Surface::Arm
                                                                           : Surface::OpenAI;
    ErrorSpec e;
    e.status = status;
    switch (status) {
    case 429:
        e.type = QStringLiteral("requests");
        e.code = surface == Surface::OpenAI ? QStringLiteral("rate_limit_exceeded") : QStringLiteral("429");
        e.classicCode = QStringLiteral("429");
        e.message = QStringLiteral("Requests to this API have exceeded the rate limit of your current tier. "
                                   "Please retry after 1 second.");
        break;
    case 503:
        e.type = QStringLiteral("server_error");
        e.code = QStringLiteral("ServiceUnavailable");
        e.classicCode = e.code;
        e.message = QStringLiteral(
            "The service is temporarily unable to process your request. Please try again later.");
        break;
    default:
        e.type = QStringLiteral("server_error");
        e.code = QStringLiteral("InternalServerError");
        e.classicCode = e.code;
        e.message =
            QStringLiteral("The server had an error while processing your request. Sorry about that!");
        break;
    }
    HttpReply reply = errorReply(surface, e);
    if (status == 429) {
        reply.setHeader("retry-after", "1");
        reply.setHeader("retry-after-ms", "250");
    }
    return reply;
}

std::optional<HttpReply> Service::authenticate(const HttpRequest &r) const
{
    const QByteArray authorization = r.header("authorization");
    QString bearer;
    if (authorization.startsWith("Bearer ") || authorization.startsWith("bearer "))
        bearer = QString::fromUtf8(authorization.mid(7)).trimmed();
    const QString apiKey = QString::fromUtf8(r.header("api-key")).trimmed();

    auto deny = [&r](const QString &code, const QString &message, const QString &type = {}) {
        ErrorSpec e;
        e.status = 401;
        e.code = code;
        e.classicCode = code;
        e.message = message;
        if (!type.isEmpty())
            e.type = type;
        return errorReply(r.surface, e);
    };

    switch (r.surface) {
    case Surface::OpenAI:
        if (bearer.isEmpty())
            return deny(
                {},
                QStringLiteral("You didn't provide an API key. You need to provide your API key in an "
                               "Authorization header using Bearer auth (i.e. Authorization: Bearer "
                               "YOUR_KEY)."));
        if (!m_options.apiKey.isEmpty() && bearer != m_options.apiKey)
            return deny(QStringLiteral("invalid_api_key"),
                        QStringLiteral("Incorrect API key provided. You can find your API key at "
                                       "https://platform.openai.com/account/api-keys."));
        return std::nullopt;
    case Surface::AzureV1:
    case Surface::AzureClassic: {
        const QString given = !apiKey.isEmpty() ? apiKey : bearer;
        if (given.isEmpty())
            return deny(QStringLiteral("401"),
                        QStringLiteral("Access denied due to missing subscription key. Make sure to include "
                                       "subscription key when making requests to an API."));
        if (!m_options.apiKey.isEmpty() && given != m_options.apiKey)
            return deny(
                QStringLiteral("401"),
                QStringLiteral("Access denied due to invalid subscription key or wrong API endpoint. Make "
                               "sure to provide a valid key for an active subscription and use a correct "
                               "regional API endpoint for your resource."));
        return std::nullopt;
    }
    case Surface::Arm: {
        if (bearer.isEmpty())
            return deny(QStringLiteral("AuthenticationFailed"),
                        QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
        const QString expected = !m_options.armToken.isEmpty() ? m_options.armToken : m_options.apiKey;
        if (!expected.isEmpty() && bearer != expected)
            return deny(QStringLiteral("InvalidAuthenticationToken"),
                        QStringLiteral("The access token is invalid."));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

HttpReply Service::route(HttpRequest &r)
{
    const QStringList &s = r.segments;
    const QByteArray &m = r.method;
    const qsizetype n = s.size();
    auto is = [&](qsizetype i, const char *text) { return i < n && s[i] == QLatin1String(text); };

    if (is(0, "files")) {
        if (n == 1 && m == "GET")
            return listFiles(r);
        if (n == 1 && m == "POST")
            return createFile(r);
        if (n == 2 && s[1] == u"import" && m == "POST" && r.surface == Surface::AzureClassic)
            return importFile(r);
        if (n == 2 && m == "GET")
            return getFile(r, s[1]);
        if (n == 2 && m == "DELETE")
            return deleteFile(r, s[1]);
        if (n == 3 && is(2, "content") && m == "GET")
            return fileContent(r, s[1]);
    } else if (is(0, "uploads")) {
        if (n == 1 && m == "POST")
            return createUpload(r);
        if (n == 3 && is(2, "parts") && m == "POST")
            return addUploadPart(r, s[1]);
        if (n == 3 && is(2, "complete") && m == "POST")
            return completeUpload(r, s[1]);
        if (n == 3 && is(2, "cancel") && m == "POST")
            return cancelUpload(r, s[1]);
    } else if (is(0, "fine_tuning") && is(1, "jobs")) {
        if (n == 2 && m == "POST")
            return createJob(r);
        if (n == 2 && m == "GET")
            return listJobs(r);
        if (n == 3 && m == "GET")
            return getJob(r, s[2]);
        if (n == 3 && m == "DELETE" && r.surface == Surface::AzureClassic)
            return deleteJob(r, s[2]);
        if (n == 4 && m == "POST" && (is(3, "cancel") || is(3, "pause") || is(3, "resume")))
            return jobAction(r, s[2], s[3]);
        if (n == 4 && m == "GET" && is(3, "events"))
            return listEvents(r, s[2]);
        if (n == 4 && m == "GET" && is(3, "checkpoints"))
            return listCheckpoints(r, s[2]);
        if (n == 6 && is(3, "checkpoints") && is(5, "copy") && (m == "GET" || m == "POST")
            && r.surface == Surface::AzureV1)
            return checkpointCopy(r, s[2], s[4]);
    } else if (is(0, "fine_tuning") && is(1, "alpha") && is(2, "graders") && is(3, "validate") && n == 4
               && m == "POST" && r.surface != Surface::AzureClassic) {
        return validateGrader(r);
    } else if (is(0, "models")) {
        if (n == 1 && m == "GET")
            return listModels(r);
        if (n == 2 && m == "GET")
            return getModel(r, s[1]);
        if (n == 2 && m == "DELETE")
            return deleteModel(r, s[1]);
    } else if (is(0, "chat") && is(1, "completions") && n == 2 && m == "POST"
               && r.surface != Surface::AzureClassic) {
        return chatCompletions(r, {});
    } else if (is(0, "deployments") && n == 4 && is(2, "chat") && is(3, "completions") && m == "POST"
               && r.surface == Surface::AzureClassic) {
        return chatCompletions(r, s[1]);
    }
    return unknownRoute(r, r.surface);
}

HttpReply Service::notSaved(const HttpRequest &r, const core::WriteError &why) const
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
    return error(r, e);
}

std::optional<ErrorSpec> Service::parseJsonBody(const HttpRequest &r, nlohmann::ordered_json &out) const
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

std::optional<ErrorSpec> Service::pageArgs(const HttpRequest &r, int defaultLimit, int maxLimit, int &limit,
                                           QString &after) const
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

} // namespace ft::emu
