#pragma once

#include "armoperation.h"
#include "transport.h"

#include "core/deployment.h"
#include "core/deploymentpatch.h"
#include "core/page.h"

namespace ft::api {

// Azure Resource Manager deployments of the connection's ARM target.
class DeploymentsApi
{
public:
    explicit DeploymentsApi(Transport &transport)
        : m_t(transport)
    { }

    // Creates or updates: the first answer only (201 created or 200, provisioningState Accepted while
    // ARM provisions in the background).
    PendingCall *put(const core::Deployment &deployment, QObject *context, Callback<core::Deployment> done,
                     const QByteArray &auxiliaryToken = {});
    // Creates or updates and follows the operation to its end: the deployment as it is then, or the
    // operation's error (ApiError::Kind::Operation: it ended Failed or Canceled).
    ArmOperation *createOrUpdate(const core::Deployment &deployment, QObject *context,
                                 Callback<core::Deployment> done, ArmPolling polling = {},
                                 const QByteArray &auxiliaryToken = {});
    // PATCH: new tags (replacing the old ones) and/or sku; followed to its end like createOrUpdate.
    ArmOperation *update(const QString &name, const core::DeploymentPatch &patch, QObject *context,
                         Callback<core::Deployment> done, ArmPolling polling = {});
    PendingCall *get(const QString &name, QObject *context, Callback<core::Deployment> done);
    PendingCall *list(QObject *context, Callback<core::Page<core::Deployment>> done);
    // Deletes, and (unless polling.wait is false) follows the deletion until the deployment is gone.
    ArmOperation *remove(const QString &name, QObject *context, Callback<core::Nothing> done,
                         ArmPolling polling = {});

private:
    bool refuseWithoutTarget(QObject *context, const std::function<void(core::ApiError)> &fail) const;
    template<typename T, typename Parse>
    ArmOperation *follow(Request request, const QString &name, ArmOperation::FinalState finalState,
                         QObject *context, ArmPolling polling, Parse parse, Callback<T> done);
    Transport &m_t;
};

} // namespace ft::api
