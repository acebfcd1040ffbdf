#include "service.h"

#include "armoperations.h"
#include "chatroutes.h"
#include "deploymentroutes.h"
#include "filepresenter.h"
#include "fileroutes.h"
#include "handlerkit.h"
#include "jobroutes.h"
#include "modelindex.h"
#include "modelroutes.h"
#include "uploadroutes.h"

#include "core/pathsegment.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrl>

namespace ft::emu {

namespace {
// The path arrives percent-encoded. It is split on its literal '/' first and each segment decoded on
// its own, so an encoded '/' ("a%2Fb") stays inside its segment and can never reach another route; a
// segment that decodes to a separator, a control character, "." or ".." names nothing (`unsafe`).
QStringList decodedSegments(const QString &path, bool *unsafe)
{
    QStringList segments;
    *unsafe = !path.startsWith(u'/');
    const QStringList raw = path.split(u'/');
    qsizetype last = raw.size();
    while (last > 1 && raw[last - 1].isEmpty())
        --last; // trailing slashes
    for (qsizetype i = 1; i < last; ++i) {
        const QString decoded = QUrl::fromPercentEncoding(raw[i].toUtf8());
        if (core::PathSegment::unsafe(decoded) != core::PathSegment::Problem::None)
            *unsafe = true;
        segments << decoded;
    }
    return segments;
}

// Data plane: no id of the services holds such a segment, and the real front ends answer such paths
// as routes that do not exist. ARM rejects a malformed name in the path with 400.
HttpReply unsafePath(const HttpRequest &r)
{
    if (r.surface != Surface::Arm)
        return unknownRoute(r);
    return errorFor(
        r,
        armError(400, QStringLiteral("InvalidResourceName"),
                 QStringLiteral("The request path %1 holds a segment that is empty, '.', '..', or "
                                "has a separator or a control character; it names no resource.")
                     .arg(r.path)));
}
} // namespace

Service::Service(Store &store, Simulator &simulator, Provisioning &provisioning, const Clock &clock,
                 ServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_operations(std::make_unique<ArmOperations>(store, clock))
    , m_files(std::make_unique<FilePresenter>(store, simulator, clock))
    , m_models(std::make_unique<ModelIndex>(store, provisioning))
{
    const ServiceContext context{store,     simulator, provisioning, clock,    *m_operations,
                                 m_options, m_network, *m_files,     *m_models};
    addSurfaces(m_router);
    // The one place a route group joins the service.
    m_groups.push_back(std::make_unique<FileRoutes>(context));
    m_groups.push_back(std::make_unique<UploadRoutes>(context));
    m_groups.push_back(std::make_unique<JobRoutes>(context));
    m_groups.push_back(std::make_unique<ModelRoutes>(context));
    m_groups.push_back(std::make_unique<ChatRoutes>(context));
    m_groups.push_back(std::make_unique<DeploymentRoutes>(context));
    for (const auto &group : m_groups)
        group->addRoutes(m_router);
    m_operations->addRoutes(m_router);
}

Service::~Service() = default;

void Service::addSurfaces(Router &router)
{
    router.addSurface({Surface::AzureV1,
                       {QStringLiteral("openai"), QStringLiteral("v1")},
                       QStringLiteral("/openai/v1"),
                       false,
                       {}});
    router.addSurface(
        {Surface::AzureClassic, {QStringLiteral("openai")}, QStringLiteral("/openai"), false, {}});
    router.addSurface({Surface::Arm, {QStringLiteral("subscriptions")}, {}, true, {}});
    router.addSurface({Surface::OpenAI, {QStringLiteral("v1")}, QStringLiteral("/v1"), false, {}});
}

HttpReply Service::handle(HttpRequest &r)
{
    bool unsafe = false;
    const QStringList segments = decodedSegments(r.path, &unsafe);
    if (!m_router.enter(r, segments))
        return unknownRoute(r, Surface::OpenAI);
    if (auto denied = authenticate(r))
        return *denied;
    if (unsafe)
        return unsafePath(r);
    if (auto refused = checkApiVersion(r))
        return *refused;
    if (auto reply = m_router.dispatch(r))
        return *reply;
    return unknownRoute(r);
}

std::optional<HttpReply> Service::checkApiVersion(const HttpRequest &r) const
{
    if (r.surface != Surface::AzureClassic && r.surface != Surface::Arm)
        return std::nullopt;
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
        return errorFor(r, e);
    }
    if (!versionRe.match(version).hasMatch()) {
        ErrorSpec e;
        e.code = r.surface == Surface::Arm ? QStringLiteral("InvalidApiVersionParameter")
                                           : QStringLiteral("BadRequest");
        e.message = QStringLiteral("API version not supported");
        return errorFor(r, e);
    }
    return std::nullopt;
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

} // namespace ft::emu
