#pragma once

#include "clientcommand.h"

#include "api/deploymentsapi.h"

#include <QStringList>

namespace ft::cli {

class CommandRegistry;

// ftctl deploy create | update | list | show | delete, through Azure Resource Manager.
class DeployCommands final : public ClientCommand
{
public:
    DeployCommands(CommandContext &context, api::Client &client);

    static void addTo(CommandRegistry &registry, const ClientSource &client);

    void create(const QStringList &args);
    void update(const QStringList &args);
    void list(const QStringList &args);
    void show(const QStringList &args);
    void remove(const QStringList &args);

private:
    // How long and how often to follow an operation ARM started (--timeout, --interval), with the states
    // on standard error unless --json.
    api::ArmPolling armPolling();
    void deploymentSettled(const QString &name, const core::Result<core::Deployment> &r);
    void sendUpdate(const QString &name, const core::DeploymentPatch &patch);
};

} // namespace ft::cli
