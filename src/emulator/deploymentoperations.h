#pragma once

#include "records.h"

#include "core/writeerror.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <optional>

namespace ft::emu {

class ArmOperations;
class Clock;
class Provisioning;
class Store;
struct SimConfig;

// ARM deployments as long-running operations (ArmOperations): starts the operation of a PUT, PATCH or
// DELETE, and tells the operations from the deployment itself when one has ended and how.
class DeploymentOperations final
{
public:
    using Present = std::function<nlohmann::ordered_json(const DeploymentRecord &)>;

    struct Parts
    {
        Store &store;
        Provisioning &provisioning;
        const Clock &clock;
        const SimConfig &config;
        ArmOperations &operations;
    };

    DeploymentOperations(Parts parts, Present present);

    // The operation of `action` (create, update, patch, delete) on a deployment, saved; nullptr when
    // it could not be saved (then `failed` says why).
    const ArmOperationRecord *start(const DeploymentRecord &d, const char *action,
                                    std::optional<core::WriteError> *failed);

private:
    void registerHandler();
    std::optional<QString> endOf(const ArmOperationRecord &op, const DeploymentRecord &d) const;
    double remainingSeconds(const ArmOperationRecord &op) const;

    Parts m_parts;
    Present m_present;
};

} // namespace ft::emu
