#pragma once

#include "core/pathsegment.h"
#include "core/result.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <initializer_list>

class QNetworkRequest;

namespace ft::api {

enum class ServiceKind { AzureV1, AzureClassic, OpenAI };

QString serviceKindName(ServiceKind kind); // "azure", "azure-classic", "openai"
bool serviceKindFromName(const QString &name, ServiceKind *kind);

// Where deployments live: an Azure Resource Manager account.
struct ArmTarget
{
    QUrl endpoint = QUrl(QStringLiteral("https://management.azure.com"));
    QString subscription;
    QString resourceGroup;
    QString account;
    QString token; // bearer token; kept in memory only
    QString apiVersion = QStringLiteral("2024-10-01");

    bool isSet() const { return !subscription.isEmpty() && !resourceGroup.isEmpty() && !account.isEmpty(); }
    // What is missing, in words, when deployments cannot be reached.
    QString missing() const;
};

// One service to talk to, with its credentials. The secret lives in this value only: it is never
// written to disk and never put in a URL, a log line or an error message.
struct Connection
{
    enum class Auth { ApiKey, BearerToken };

    ServiceKind kind = ServiceKind::AzureV1;
    QUrl endpoint;
    QString apiVersion; // classic: required (default 2025-04-01-preview); v1: optional
    Auth auth = Auth::ApiKey;
    QString secret;
    ArmTarget arm;

    // An id or a name for one segment of a route's path.
    struct Segment
    {
        core::PathSegment::Kind kind;
        QString value;
    };

    bool isAzure() const { return kind != ServiceKind::OpenAI; }
    QString effectiveApiVersion() const;
    // The URL of a data-plane route with a fixed path, e.g. "/fine_tuning/jobs". Ids never go in here:
    // see route().
    QUrl url(const QString &path, QUrlQuery query = {}) const;
    // The URL of a data-plane route whose path holds ids: in `path` ("/files/%1/content"), %1, %2...
    // stand for `segments`, each checked against its kind's naming rule and percent-encoded as one
    // segment. An id that cannot be one segment gives an InvalidArgument error instead.
    core::Result<QUrl> route(const QString &path, std::initializer_list<Segment> segments,
                             const QUrlQuery &query = {}) const;
    // The URL of the ARM deployments list, and of one deployment (an empty name is refused, never the
    // list), with the subscription, resource group, account and name checked and encoded as route() does.
    core::Result<QUrl> armUrl() const;
    core::Result<QUrl> armUrl(const QString &deploymentName) const;
    void authorize(QNetworkRequest &request) const;
    void authorizeArm(QNetworkRequest &request) const;

    // Why a URL must not be used: plain http:// anywhere but on this machine sends the key in clear.
    // Empty when it is fine.
    static QString insecureProblem(const QUrl &url);

    static constexpr const char *kDefaultClassicApiVersion = "2025-04-01-preview";
};

} // namespace ft::api
