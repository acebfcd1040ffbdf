#include "deploymentoperations.h"

#include "armoperations.h"
#include "clock.h"
#include "provisioning.h"
#include "simconfig.h"
#include "store.h"

#include "core/jsonutil.h"

#include <algorithm>

namespace ft::emu {

namespace {
constexpr const char *kProvider = "Microsoft.CognitiveServices";

const QString &deploymentType()
{
    static const QString type = QStringLiteral("Microsoft.CognitiveServices/accounts/deployments");
    return type;
}

ArmOperations::Outcome canceled(const ArmOperationRecord &op)
{
    return {QStringLiteral("Canceled"), QStringLiteral("OperationCanceled"),
            QStringLiteral("The operation on '%1' was canceled: the deployment was deleted meanwhile.")
                .arg(op.resourceId.section(u'/', -1))};
}
} // namespace

DeploymentOperations::DeploymentOperations(Parts parts, Present present)
    : m_parts(parts)
    , m_present(std::move(present))
{
    registerHandler();
}

void DeploymentOperations::registerHandler()
{
    ArmOperations::Handler h;
    h.probe = [this](const ArmOperationRecord &op) -> std::optional<ArmOperations::Outcome> {
        m_parts.provisioning.reapDeleted();
        const DeploymentRecord *d = m_parts.store.deployment(op.resourceKey);
        if (op.action == u"delete") {
            if (!d)
                return ArmOperations::Outcome{QStringLiteral("Succeeded"), {}, {}};
            return std::nullopt;
        }
        if (!d || d->deletingSinceMs > 0)
            return canceled(op);
        const std::optional<QString> state = endOf(op, *d);
        if (!state)
            return std::nullopt;
        if (*state == u"Succeeded")
            return ArmOperations::Outcome{*state, {}, {}};
        return ArmOperations::Outcome{
            *state, QStringLiteral("ProvisioningFailed"),
            QStringLiteral("The deployment '%1' of model '%2' could not be provisioned. Delete it or "
                           "send its PUT again.")
                .arg(d->deployment.name, d->deployment.modelName)};
    };
    h.resource = [this](const ArmOperationRecord &op) -> std::optional<nlohmann::ordered_json> {
        const DeploymentRecord *d = m_parts.store.deployment(op.resourceKey);
        if (!d)
            return std::nullopt;
        return m_present(*d);
    };
    h.remainingSeconds = [this](const ArmOperationRecord &op) { return remainingSeconds(op); };
    m_parts.operations.setHandler(deploymentType(), h);
}

// Succeeded or Failed once the deployment's provisioning (and a patch's own time) is over.
std::optional<QString> DeploymentOperations::endOf(const ArmOperationRecord &op,
                                                   const DeploymentRecord &d) const
{
    if (op.action == u"patch"
        && m_parts.clock.simSecondsSince(op.startedAtMs) < m_parts.config.patchingSeconds)
        return std::nullopt;
    const QString state = m_parts.provisioning.state(d);
    if (state == u"Succeeded" || state == u"Failed")
        return state;
    return std::nullopt;
}

double DeploymentOperations::remainingSeconds(const ArmOperationRecord &op) const
{
    const DeploymentRecord *d = m_parts.store.deployment(op.resourceKey);
    if (!d)
        return 0.0;
    const SimConfig &c = m_parts.config;
    const Clock &clock = m_parts.clock;
    if (op.action == u"delete")
        return c.deletingSeconds - clock.simSecondsSince(d->deletingSinceMs);
    double left = c.acceptedSeconds + c.creatingSeconds - clock.simSecondsSince(d->createdAtMs);
    if (op.action == u"patch")
        left = std::max(left, c.patchingSeconds - clock.simSecondsSince(op.startedAtMs));
    return left;
}

const ArmOperationRecord *DeploymentOperations::start(const DeploymentRecord &d, const char *action,
                                                      std::optional<core::WriteError> *failed)
{
    ArmOperationRecord op;
    op.subscription = d.subscription;
    op.provider = QString::fromLatin1(kProvider);
    op.location = m_parts.config.armLocation;
    op.resourceType = deploymentType();
    op.resourceKey = d.key();
    op.resourceId = d.resourceId();
    op.action = QString::fromLatin1(action);
    return m_parts.operations.start(op, failed);
}

} // namespace ft::emu
