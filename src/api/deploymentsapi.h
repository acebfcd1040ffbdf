#pragma once

#include "transport.h"

#include "core/deployment.h"
#include "core/page.h"

namespace ft::api {

// Azure Resource Manager deployments of the connection's ARM target.
class DeploymentsApi
{
public:
    explicit DeploymentsApi(Transport &transport)
        : m_t(transport)
    { }

    // Creates or updates; ARM answers 201 (created) or 200 and then provisions in the background.
    PendingCall *put(const core::Deployment &deployment, QObject *context, Callback<core::Deployment> done,
                     const QByteArray &auxiliaryToken = {});
    PendingCall *get(const QString &name, QObject *context, Callback<core::Deployment> done);
    PendingCall *list(QObject *context, Callback<core::Page<core::Deployment>> done);
    PendingCall *remove(const QString &name, QObject *context, Callback<core::Nothing> done);

private:
    bool refuseWithoutTarget(QObject *context, const std::function<void(core::ApiError)> &fail) const;
    Transport &m_t;
};

} // namespace ft::api
