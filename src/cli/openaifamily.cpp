#include "openaifamily.h"

#include "clientgroups.h"

#include "api/client.h"

#include "core/pathsegment.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <algorithm>

namespace ft::cli {

namespace {
// Why an option that names part of the ARM target (--arm-subscription, --arm-resource-group,
// --arm-account) cannot be used: given but empty, or not a valid name (it goes into URL paths). Empty when
// all are fine.
QString armOptionsProblem(const QCommandLineParser &options)
{
    using Kind = core::PathSegment::Kind;
    const struct
    {
        const char *option;
        Kind kind;
    } armOptions[] = {{"arm-subscription", Kind::Subscription},
                      {"arm-resource-group", Kind::ResourceGroup},
                      {"arm-account", Kind::Account}};
    for (const auto &o : armOptions) {
        const QString name = QLatin1String(o.option);
        if (!options.isSet(name))
            continue;
        const QString value = options.value(name);
        if (const auto problem = core::PathSegment::validate(o.kind, value);
            problem != core::PathSegment::Problem::None)
            return QStringLiteral("--%1: %2").arg(name, core::PathSegment::describe(o.kind, value, problem));
    }
    return {};
}

// The endpoint, the key and the ARM target the options name; false, with why, when they cannot be used.
bool readConnection(const QCommandLineParser &options, api::Connection &c, QString *error)
{
    api::serviceKindFromName(options.value(QStringLiteral("kind")), &c.kind);
    const QString endpoint = options.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty()) {
        *error = QStringLiteral("--endpoint URL is required");
        return false;
    }
    c.endpoint = QUrl(endpoint);
    if (!c.endpoint.isValid() || (c.endpoint.scheme() != u"https" && c.endpoint.scheme() != u"http")) {
        *error = QStringLiteral("--endpoint must be an http or https URL");
        return false;
    }
    c.apiVersion = options.value(QStringLiteral("api-version"));
    const QString auth = options.value(QStringLiteral("auth"));
    if (auth != u"api-key" && auth != u"bearer") {
        *error = QStringLiteral("--auth must be api-key or bearer");
        return false;
    }
    c.auth = auth == u"bearer" ? api::Connection::Auth::BearerToken : api::Connection::Auth::ApiKey;
    QString keyEnv = options.value(QStringLiteral("api-key-env"));
    if (keyEnv.isEmpty())
        keyEnv = c.kind == api::ServiceKind::OpenAI ? QStringLiteral("OPENAI_API_KEY")
                                                    : QStringLiteral("AZURE_OPENAI_API_KEY");
    const auto env = QProcessEnvironment::systemEnvironment();
    c.secret = env.value(keyEnv);
    if (c.secret.isEmpty()) {
        *error = QStringLiteral("the environment variable %1 holds no key (set it, or name another with "
                                "--api-key-env)")
                     .arg(keyEnv);
        return false;
    }
    c.arm.endpoint = QUrl(options.value(QStringLiteral("arm-endpoint")));
    c.arm.subscription = options.value(QStringLiteral("arm-subscription"));
    c.arm.resourceGroup = options.value(QStringLiteral("arm-resource-group"));
    c.arm.account = options.value(QStringLiteral("arm-account"));
    c.arm.token = env.value(options.value(QStringLiteral("arm-token-env")));
    if (const QString problem = armOptionsProblem(options); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const QUrl &url : {c.endpoint, c.arm.endpoint}) {
        if (const QString problem = api::Connection::insecureProblem(url); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    return true;
}

struct RetryOptions
{
    int maxRetries = 0;
    int callDeadlineMs = 0; // 0: no limit
};

// --max-retries and --call-timeout; false, with why, when they are out of range.
bool readRetryOptions(const QCommandLineParser &options, RetryOptions &out, QString *error)
{
    bool ok = false;
    const int retries = options.value(QStringLiteral("max-retries")).toInt(&ok);
    if (!ok || retries < 0 || retries > 20) {
        *error = QStringLiteral("--max-retries must be a number from 0 to 20");
        return false;
    }
    const double callTimeout = options.value(QStringLiteral("call-timeout")).toDouble(&ok);
    if (!ok || callTimeout < 0 || callTimeout > 86400) {
        *error = QStringLiteral("--call-timeout must be seconds from 0 (no limit) to 86400");
        return false;
    }
    out.maxRetries = retries;
    out.callDeadlineMs = callTimeout > 0 ? std::max(1, int(callTimeout * 1000.0)) : 0;
    return true;
}
} // namespace

OpenAiFamily::OpenAiFamily() = default;

OpenAiFamily::~OpenAiFamily() = default;

QStringList OpenAiFamily::kinds() const
{
    return {api::serviceKindName(api::ServiceKind::AzureV1),
            api::serviceKindName(api::ServiceKind::AzureClassic),
            api::serviceKindName(api::ServiceKind::OpenAI)};
}

bool OpenAiFamily::connect(const QCommandLineParser &options, QString *error)
{
    api::Connection c;
    RetryOptions retry;
    if (!readConnection(options, c, error) || !readRetryOptions(options, retry, error))
        return false;
    m_client = std::make_unique<api::Client>(c);
    api::RetryPolicy policy = m_client->transport().retryPolicy();
    policy.maxRetries = retry.maxRetries;
    policy.callDeadlineMs = retry.callDeadlineMs;
    m_client->transport().setRetryPolicy(policy);
    return true;
}

void OpenAiFamily::addCommands(CommandRegistry &registry)
{
    const ClientSource client = [this]() -> api::Client & { return *m_client; };
    addFilesCommands(registry, client);
    addJobsCommands(registry, client);
    addModelsCommands(registry, client);
    addDeployCommands(registry, client);
    addChatCommand(registry, client);
    addUploadsCommands(registry, client);
}

} // namespace ft::cli
