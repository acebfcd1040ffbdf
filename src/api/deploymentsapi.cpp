#include "deploymentsapi.h"

#include "jsonreply.h"

#include <QCoreApplication>
#include <QPointer>

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

namespace {
// The PUT of a deployment; `auxiliaryToken` authorizes reading a model in another tenant.
Transport::Request putRequest(const Transport &t, const core::Deployment &deployment,
                              const QByteArray &auxiliaryToken)
{
    Transport::Request r = Transport::jsonRequest("PUT", t.connection().armUrl(deployment.name),
                                                  js::dump(deployment.toPutBody()));
    r.arm = true;
    if (!auxiliaryToken.isEmpty())
        r.headers.append({"x-ms-authorization-auxiliary", "Bearer " + auxiliaryToken});
    return r;
}
} // namespace

PendingCall *DeploymentsApi::put(const core::Deployment &deployment, QObject *context,
                                 Callback<core::Deployment> done, const QByteArray &auxiliaryToken)
{
    if (refuseWithoutTarget(context, [done](const core::ApiError &e) { done(e); }))
        return nullptr;
    Transport::Request r = putRequest(m_t, deployment, auxiliaryToken);
    return m_t.callObject<core::Deployment>(std::move(r), context, std::move(done));
}

PendingCall *DeploymentsApi::get(const QString &name, QObject *context, Callback<core::Deployment> done)
{
    if (refuseWithoutTarget(context, [done](const core::ApiError &e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::get(m_t.connection().armUrl(name));
    r.arm = true;
    return m_t.callObject<core::Deployment>(std::move(r), context, std::move(done));
}

PendingCall *DeploymentsApi::list(QObject *context, Callback<core::Page<core::Deployment>> done)
{
    if (refuseWithoutTarget(context, [done](const core::ApiError &e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::get(m_t.connection().armUrl());
    r.arm = true;
    return m_t.call<core::Page<core::Deployment>>(std::move(r), context, &pageOf<core::Deployment>,
                                                  std::move(done));
}

template<typename T, typename Parse>
ArmOperation *DeploymentsApi::follow(Request request, const QString &name,
                                     ArmOperation::FinalState finalState, QObject *context,
                                     ArmPolling polling, Parse parse, Callback<T> done)
{
    if (context && polling.progress) // told only while there is someone to tell
        polling.progress = [guard = QPointer<QObject>(context),
                            progress = std::move(polling.progress)](const QString &state) {
            if (guard)
                progress(state);
        };
    // A name that is not one path segment leaves no resource URL; the request carries the refusal and
    // the operation fails with it before anything is sent.
    const core::Result<QUrl> resource = m_t.connection().armUrl(name);
    auto *op = new ArmOperation(m_t, std::move(request), resource ? resource.value() : QUrl(), finalState,
                                std::move(polling), &m_t);
    QObject::connect(op, &ArmOperation::finished, context ? context : op,
                     [op, parse = std::move(parse), done = std::move(done)] {
                         op->deleteLater();
                         if (!op->ok()) {
                             done(op->error());
                             return;
                         }
                         done(parse(*op));
                     });
    if (context) // nobody left to tell: stop following
        QObject::connect(context, &QObject::destroyed, op, &QObject::deleteLater);
    op->start();
    return op;
}

namespace {
core::Result<core::Deployment> deploymentOf(const ArmOperation &op)
{
    js::Json doc;
    if (!js::parse(op.body(), doc) || !doc.is_object() || js::str(doc, "name").isEmpty())
        return core::ApiError::malformed(
            QCoreApplication::translate("Transport",
                                        "The service answered with something that is not a deployment."),
            op.status());
    return core::Deployment::fromJson(doc);
}
} // namespace

ArmOperation *DeploymentsApi::createOrUpdate(const core::Deployment &deployment, QObject *context,
                                             Callback<core::Deployment> done, ArmPolling polling,
                                             const QByteArray &auxiliaryToken)
{
    if (refuseWithoutTarget(context, [done](const core::ApiError &e) { done(e); }))
        return nullptr;
    Transport::Request r = putRequest(m_t, deployment, auxiliaryToken);
    return follow<core::Deployment>(std::move(r), deployment.name, ArmOperation::FinalState::OriginalUri,
                                    context, std::move(polling), &deploymentOf, std::move(done));
}

ArmOperation *DeploymentsApi::update(const QString &name, const core::DeploymentPatch &patch,
                                     QObject *context, Callback<core::Deployment> done, ArmPolling polling)
{
    if (refuseWithoutTarget(context, [done](const core::ApiError &e) { done(e); }))
        return nullptr;
    Transport::Request r =
        Transport::jsonRequest("PATCH", m_t.connection().armUrl(name), js::dump(patch.toJson()));
    r.arm = true;
    r.retry = Request::Retry::Always; // it sets values, so sending it twice does no harm
    return follow<core::Deployment>(std::move(r), name, ArmOperation::FinalState::Location, context,
                                    std::move(polling), &deploymentOf, std::move(done));
}

ArmOperation *DeploymentsApi::remove(const QString &name, QObject *context, Callback<core::Nothing> done,
                                     ArmPolling polling)
{
    if (refuseWithoutTarget(context, [done](const core::ApiError &e) { done(e); }))
        return nullptr;
    Transport::Request r = Transport::get(m_t.connection().armUrl(name));
    r.verb = "DELETE";
    r.arm = true;
    r.goneAfterRetryBody = QByteArray("");
    return follow<core::Nothing>(
        std::move(r), name, ArmOperation::FinalState::Location, context, std::move(polling),
        [](const ArmOperation &) { return core::Result(core::Nothing{}); }, std::move(done));
}

} // namespace ft::api
