#include "connection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QStringList>

namespace ft::api {

QString serviceKindName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::AzureV1:
        return QStringLiteral("azure");
    case ServiceKind::AzureClassic:
        return QStringLiteral("azure-classic");
    case ServiceKind::OpenAI:
        return QStringLiteral("openai");
    }
    return {};
}

bool serviceKindFromName(const QString &name, ServiceKind *kind)
{
    for (ServiceKind k : {ServiceKind::AzureV1, ServiceKind::AzureClassic, ServiceKind::OpenAI}) {
        if (serviceKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
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
QUrl joined(const QUrl &base, const QString &prefix, const QString &path)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    if (!prefix.isEmpty() && !p.endsWith(prefix))
        p += prefix;
    u.setPath(p + path);
    return u;
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

QUrl Connection::armUrl(const QString &deploymentName) const
{
    QString path =
        QStringLiteral(
            "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.CognitiveServices/accounts/%3/"
            "deployments")
            .arg(arm.subscription, arm.resourceGroup, arm.account);
    if (!deploymentName.isEmpty())
        path += u'/' + deploymentName;
    QUrl u = joined(arm.endpoint, {}, path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api-version"), arm.apiVersion);
    u.setQuery(q);
    return u;
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
