#pragma once

#include "deploymentchecks.h"
#include "deploymentoperations.h"
#include "routegroup.h"
#include "servicecontext.h"

#include <QRegularExpression>

namespace ft::emu {

class RouteArgs;
struct HttpReply;
struct HttpRequest;

// ARM: Microsoft.CognitiveServices/accounts/deployments — list, get, and PUT, PATCH and DELETE as
// long-running operations (DeploymentOperations). Every path under an account's deployments has its
// names checked and finished deletions removed before its route is looked up.
class DeploymentRoutes final : public RouteGroup
{
public:
    explicit DeploymentRoutes(const ServiceContext &context);

    void addRoutes(Router &router) override;

private:
    struct Target
    {
        QString sub;
        QString rg;
        QString account;
        QString name;
        QString key() const;
    };
    static Target targetOf(const RouteArgs &args);

    nlohmann::ordered_json present(const DeploymentRecord &record) const;
    HttpReply list(const HttpRequest &r, const Target &t);
    HttpReply get(const HttpRequest &r, const Target &t);
    HttpReply put(const HttpRequest &r, const Target &t);
    HttpReply patch(const HttpRequest &r, const Target &t);
    HttpReply remove(const HttpRequest &r, const Target &t);
    // The record a PUT saves: the existing one changed, or a new one.
    DeploymentRecord putRecord(const Target &t, const core::Deployment &wanted, QMap<QString, QString> tags,
                               bool *provision);
    // An answer that started `action` on the deployment, with the operation's headers.
    HttpReply withOperation(const HttpRequest &r, HttpReply reply, const DeploymentRecord &d,
                            const char *action, bool withLocation);

    ServiceContext m_context;
    DeploymentChecks m_checks;
    DeploymentOperations m_operations;
    QRegularExpression m_failDeployments;
};

} // namespace ft::emu
