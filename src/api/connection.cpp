#include "connection.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QStringList>

namespace ft::api {

namespace {
constexpr core::EnumName<ServiceKind> kServiceKindNames[] = {
    {ServiceKind::AzureV1, "azure"},
    {ServiceKind::AzureClassic, "azure-classic"},
    {ServiceKind::OpenAI, "openai"},
};
} // namespace

QString serviceKindName(ServiceKind kind)
{
    return core::nameOf(kServiceKindNames, kind);
}

bool serviceKindFromName(const QString &name, ServiceKind *kind)
{
    const auto found = core::valueOf(kServiceKindNames, name);
    if (found)
        *kind = *found;
    return found.has_value();
}

QString ArmTarget::missing() const
{
    QStringList names;
    if (subscription.isEmpty())
        names << QCoreApplication::translate("ArmTarget", "subscription");
    if (resourceGroup.isEmpty())
        names << QCoreApplication::translate("ArmTarget", "resource group");
    if (account.isEmpty())
        names << QCoreApplication::translate("ArmTarget", "account");
    if (token.isEmpty())
        names << QCoreApplication::translate("ArmTarget", "ARM token");
    return names.join(QStringLiteral(", "));
}

QString Connection::effectiveApiVersion() const
{
    if (kind == ServiceKind::AzureClassic && apiVersion.isEmpty())
        return QString::fromLatin1(kDefaultClassicApiVersion);
    return kind == ServiceKind::OpenAI ? QString() : apiVersion;
}

namespace {
// `base` with `prefix` and `encodedPath` appended; both are percent-encoded text, set as it is so that
// an encoded '/' inside a segment can never turn into a separator.
QUrl joined(const QUrl &base, const QString &prefix, const QString &encodedPath)
{
    QUrl u = base;
    QString p = u.path(QUrl::FullyEncoded);
    while (p.endsWith(u'/'))
        p.chop(1);
    if (!prefix.isEmpty() && !p.endsWith(prefix))
        p += prefix;
    u.setPath(p + encodedPath, QUrl::TolerantMode);
    return u;
}

// `pattern` with %1, %2... (one pass) replaced by the segments, each checked and encoded; or why one
// cannot be sent.
core::Result<QString> encodedPath(const QString &pattern, std::initializer_list<Connection::Segment> segments)
{
    QStringList encoded;
    for (const Connection::Segment &s : segments) {
        const core::PathSegment::Problem problem = core::PathSegment::validate(s.kind, s.value);
        if (problem != core::PathSegment::Problem::None)
            return core::ApiError::invalidArgument(core::PathSegment::describe(s.kind, s.value, problem),
                                                   core::PathSegment::parameterName(s.kind));
        encoded << core::PathSegment::encode(s.value);
    }
    QString path;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const qsizetype n = i + 1 < pattern.size() ? pattern[i + 1].digitValue() : -1;
        if (pattern[i] == u'%' && n >= 1 && n <= encoded.size()) {
            path += encoded[n - 1];
            ++i;
        } else {
            path += pattern[i];
        }
    }
    return path;
}
} // namespace

QUrl Connection::url(const QString &path, QUrlQuery query) const
{
    QUrl u;
    switch (kind) {
    case ServiceKind::OpenAI:
        u = joined(endpoint, QStringLiteral("/v1"), path);
        break;
    case ServiceKind::AzureV1:
        u = joined(endpoint, QStringLiteral("/openai/v1"), path);
        break;
    case ServiceKind::AzureClassic:
        u = joined(endpoint, QStringLiteral("/openai"), path);
        break;
    }
    const QString version = effectiveApiVersion();
    if (!version.isEmpty())
        query.addQueryItem(QStringLiteral("api-version"), version);
    u.setQuery(query);
    return u;
}

core::Result<QUrl> Connection::route(const QString &path, std::initializer_list<Segment> segments,
                                     const QUrlQuery &query) const
{
    const core::Result<QString> encoded = encodedPath(path, segments);
    if (!encoded)
        return encoded.error();
    return url(encoded.value(), query);
}

namespace {
QUrl armQuery(QUrl u, const QString &apiVersion)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api-version"), apiVersion);
    u.setQuery(q);
    return u;
}

const QString &armDeployments()
{
    static const QString pattern = QStringLiteral(
        "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.CognitiveServices/accounts/%3/deployments");
    return pattern;
}
} // namespace

core::Result<QUrl> Connection::armUrl() const
{
    using Kind = core::PathSegment::Kind;
    const core::Result<QString> path = encodedPath(armDeployments(),
                                                   {{Kind::Subscription, arm.subscription},
                                                    {Kind::ResourceGroup, arm.resourceGroup},
                                                    {Kind::Account, arm.account}});
    if (!path)
        return path.error();
    return armQuery(joined(arm.endpoint, {}, path.value()), arm.apiVersion);
}

core::Result<QUrl> Connection::armUrl(const QString &deploymentName) const
{
    using Kind = core::PathSegment::Kind;
    const core::Result<QString> path = encodedPath(armDeployments() + QStringLiteral("/%4"),
                                                   {{Kind::Subscription, arm.subscription},
                                                    {Kind::ResourceGroup, arm.resourceGroup},
                                                    {Kind::Account, arm.account},
                                                    {Kind::DeploymentName, deploymentName}});
    if (!path)
        return path.error();
    return armQuery(joined(arm.endpoint, {}, path.value()), arm.apiVersion);
}

void Connection::authorize(QNetworkRequest &request) const
{
    if (kind == ServiceKind::OpenAI || auth == Auth::BearerToken)
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    else
        request.setRawHeader("api-key", secret.toUtf8());
}

void Connection::authorizeArm(QNetworkRequest &request) const
{
    request.setRawHeader("Authorization", "Bearer " + arm.token.toUtf8());
}

QString Connection::insecureProblem(const QUrl &url)
{
    if (url.scheme() != u"http")
        return {};
    const QString host = url.host();
    const QHostAddress address(host);
    if (host == u"localhost" || (!address.isNull() && address.isLoopback()))
        return {};
    return QCoreApplication::translate("Connection",
                                       "%1 is plain http:// on another machine: the key would travel in "
                                       "clear text. Use https://, or http:// on this machine only.")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
}

} // namespace ft::api
