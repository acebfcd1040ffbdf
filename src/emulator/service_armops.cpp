// ARM deployments as long-running operations: PATCH and DELETE, and how an operation on a deployment
// learns from the deployment that it has ended.

#include "armoperations.h"
#include "service.h"
#include "simulator.h"
#include "store.h"

#include "core/jsonutil.h"

#include <QDateTime>

#include <algorithm>

namespace ft::emu {

namespace js = core::js;

namespace {
constexpr const char *kProvider = "Microsoft.CognitiveServices";

const QString &deploymentType()
{
    static const QString type = QStringLiteral("Microsoft.CognitiveServices/accounts/deployments");
    return type;
}

ErrorSpec armError(int status, const QString &code, const QString &message, const QString &target = {})
{
    ErrorSpec e;
    e.status = status;
    e.code = code;
    e.message = message;
    e.param = target;
    return e;
}

ArmOperations::Outcome canceled(const ArmOperationRecord &op)
{
    return {QStringLiteral("Canceled"), QStringLiteral("OperationCanceled"),
            QStringLiteral("The operation on '%1' was canceled: the deployment was deleted meanwhile.")
                .arg(op.resourceId.section(u'/', -1))};
}
} // namespace

void Service::registerDeploymentOperations()
{
    ArmOperations::Handler h;
    h.probe = [this](const ArmOperationRecord &op) -> std::optional<ArmOperations::Outcome> {
        m_sim.reapDeletedDeployments();
        const DeploymentRecord *d = m_store.deployment(op.resourceKey);
        if (op.action == u"delete") {
            if (!d)
                return ArmOperations::Outcome{QStringLiteral("Succeeded"), {}, {}};
            return std::nullopt;
        }
        if (!d || d->deletingSinceMs > 0)
            return canceled(op);
        if (op.action == u"patch" && m_sim.simSecondsSince(op.startedAtMs) < m_sim.config().patchingSeconds)
            return std::nullopt;
        const QString state = m_sim.provisioningState(*d);
        if (state == u"Succeeded")
            return ArmOperations::Outcome{state, {}, {}};
        if (state == u"Failed")
            return ArmOperations::Outcome{
                state, QStringLiteral("ProvisioningFailed"),
                QStringLiteral("The deployment '%1' of model '%2' could not be provisioned. Delete it or "
                               "send its PUT again.")
                    .arg(d->deployment.name, d->deployment.modelName)};
        return std::nullopt;
    };
    h.resource = [this](const ArmOperationRecord &op) -> std::optional<nlohmann::ordered_json> {
        const DeploymentRecord *d = m_store.deployment(op.resourceKey);
        if (!d)
            return std::nullopt;
        return presentDeployment(*d);
    };
    h.remainingSeconds = [this](const ArmOperationRecord &op) {
        const DeploymentRecord *d = m_store.deployment(op.resourceKey);
        if (!d)
            return 0.0;
        const SimConfig &c = m_sim.config();
        if (op.action == u"delete")
            return c.deletingSeconds - m_sim.simSecondsSince(d->deletingSinceMs);
        double left = c.acceptedSeconds + c.creatingSeconds - m_sim.simSecondsSince(d->createdAtMs);
        if (op.action == u"patch")
            left = std::max(left, c.patchingSeconds - m_sim.simSecondsSince(op.startedAtMs));
        return left;
    };
    m_operations->setHandler(deploymentType(), std::move(h));
}

const ArmOperationRecord *Service::startDeploymentOperation(const DeploymentRecord &d, const char *action,
                                                            std::optional<core::WriteError> *failed)
{
    ArmOperationRecord op;
    op.subscription = d.subscription;
    op.provider = QString::fromLatin1(kProvider);
    op.location = m_sim.config().armLocation;
    op.resourceType = deploymentType();
    op.resourceKey = d.key();
    op.resourceId =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/accounts/%4/deployments/%5")
            .arg(d.subscription, d.resourceGroup, op.provider, d.account, d.deployment.name);
    op.action = QString::fromLatin1(action);
    return m_operations->start(op, failed);
}

HttpReply Service::armPatch(const HttpRequest &r, const QString &sub, const QString &rg,
                            const QString &account, const QString &name)
{
    js::Json body;
    if (r.body.isEmpty() || !js::parse(r.body, body) || !body.is_object())
        return error(
            r,
            armError(400, QStringLiteral("InvalidRequestContent"),
                     QStringLiteral("The request content was invalid and could not be deserialized.")));
    DeploymentRecord *existing = m_store.deployment(DeploymentRecord::keyOf(sub, rg, account, name));
    if (!existing)
        return error(r, notFound(Surface::Arm, QStringLiteral("deployment"), name));
    if (existing->deletingSinceMs > 0)
        return error(
            r,
            armError(
                409, QStringLiteral("Conflict"),
                QStringLiteral("The deployment '%1' is being deleted; it cannot be updated.").arg(name)));
    DeploymentRecord rec = *existing;
    if (const js::Json *sku = js::find(body, "sku"); sku && !sku->is_null()) {
        if (!sku->is_object())
            return error(r,
                         armError(400, QStringLiteral("InvalidRequestContent"),
                                  QStringLiteral("sku must be an object."), QStringLiteral("sku")));
        const QString skuName = js::str(*sku, "name");
        const std::optional<qint64> capacity = js::optInt(*sku, "capacity");
        if (auto e = armSku(skuName, capacity, js::find(*sku, "capacity") != nullptr))
            return error(r, *e);
        rec.deployment.skuName = skuName;
        if (capacity)
            rec.deployment.skuCapacity = capacity;
    }
    if (js::find(body, "tags")) {
        if (auto e = armTags(body, &rec.deployment.tags))
            return error(r, *e);
    }
    const bool scaled = rec.deployment.skuName != existing->deployment.skuName
        || rec.deployment.skuCapacity != existing->deployment.skuCapacity;
    if (auto failed = m_store.saveDeployment(rec))
        return notSaved(r, *failed);
    const DeploymentRecord &saved = *m_store.deployment(rec.key());
    if (!scaled) // tags only: done at once
        return HttpReply::json(200, presentDeployment(saved));
    // A new sku or capacity takes a while: 202, to be followed to its end.
    std::optional<core::WriteError> failed;
    const ArmOperationRecord *op = startDeploymentOperation(saved, "patch", &failed);
    if (!op)
        return notSaved(r, *failed);
    HttpReply reply = HttpReply::empty(202);
    m_operations->addHeaders(reply, r, *op, true);
    return reply;
}

HttpReply Service::armDelete(const HttpRequest &r, const QString &sub, const QString &rg,
                             const QString &account, const QString &name)
{
    const QString key = DeploymentRecord::keyOf(sub, rg, account, name);
    DeploymentRecord *d = m_store.deployment(key);
    if (!d)
        return HttpReply::empty(204);
    const ArmOperationRecord *op = nullptr;
    if (d->deletingSinceMs > 0) { // asked again while deleting: the same operation
        op = m_operations->running(key, QStringLiteral("delete"));
        d = m_store.deployment(key); // looking at the operation may have finished the deletion
        if (!d)
            return HttpReply::empty(204);
    }
    if (!op) {
        if (d->deletingSinceMs <= 0) {
            DeploymentRecord deleting = *d;
            deleting.deletingSinceMs = QDateTime::currentMSecsSinceEpoch();
            if (auto failed = m_store.saveDeployment(deleting))
                return notSaved(r, *failed);
            d = m_store.deployment(key);
        }
        std::optional<core::WriteError> failed;
        op = startDeploymentOperation(*d, "delete", &failed);
        if (!op)
            return notSaved(r, *failed);
    }
    HttpReply reply = HttpReply::empty(202);
    m_operations->addHeaders(reply, r, *op, true);
    return reply;
}

} // namespace ft::emu
