#include "deploymentsapi.h"

#include "jsonreply.h"

namespace ft::api {

namespace js = core::js;

bool DeploymentsApi::refuseWithoutTarget(QObject *context,
                                         const std::function<void(core::ApiError)> &fail) const
{
    const ArmTarget &arm = m_t.connection().arm;
    if (arm.isSet() && !arm.token.isEmpty())
        return false;
    const core::ApiError e = core::ApiError::local(
        QCoreApplication::translate(
            "DeploymentsApi",
            "Deployments are managed through Azure Resource Manager. Add to the connection: %1.")
            .arg(arm.missing()));
    QMetaObject::invokeMethod(
        context, [fail, e] { fail(e); }, Qt::QueuedConnection);
    return true;
}

PendingCall *DeploymentsApi::put(const core::Deployment &deployment, QObject *context,
                                 Callback<core::Deployment> done, const QByteArray &auxiliaryToken)
{
    if (refuseWithoutTarget(context, [done](core::ApiError e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::jsonRequest("PUT", m_t.connection().armUrl(deployment.name),
                                                  js::dump(deployment.toPutBody()));
    r.arm = true;
    if (!auxiliaryToken.isEmpty())
        r.headers.append({"x-ms-authorization-auxiliary", "Bearer " + auxiliaryToken});
    return m_t.callObject<core::Deployment>(std::move(r), context, std::move(done));
}

PendingCall *DeploymentsApi::get(const QString &name, QObject *context, Callback<core::Deployment> done)
{
    if (refuseWithoutTarget(context, [done](core::ApiError e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::get(m_t.connection().armUrl(name));
    r.arm = true;
    return m_t.callObject<core::Deployment>(std::move(r), context, std::move(done));
}

PendingCall *DeploymentsApi::list(QObject *context, Callback<core::Page<core::Deployment>> done)
{
    if (refuseWithoutTarget(context, [done](core::ApiError e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::get(m_t.connection().armUrl());
    r.arm = true;
    return m_t.call<core::Page<core::Deployment>>(std::move(r), context, &pageOf<core::Deployment>,
                                                  std::move(done));
}

PendingCall *DeploymentsApi::remove(const QString &name, QObject *context, Callback<core::Nothing> done)
{
    if (refuseWithoutTarget(context, [done](core::ApiError e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::get(m_t.connection().armUrl(name));
    r.verb = "DELETE";
    r.arm = true;
    r.goneAfterRetryBody = QByteArray("");
    return m_t.call<core::Nothing>(
        std::move(r), context, [](const PendingCall &) { return core::Result(core::Nothing{}); },
        std::move(done));
}

} // namespace ft::api
