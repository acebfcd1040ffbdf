#pragma once

#include "clientcommand.h"

namespace ft::cli {

// The groups of the Azure OpenAI / OpenAI family, each in its ctl_<group>.cpp.
void addFilesCommands(CommandRegistry &registry, const ClientSource &client);
void addJobsCommands(CommandRegistry &registry, const ClientSource &client);
void addModelsCommands(CommandRegistry &registry, const ClientSource &client);
void addDeployCommands(CommandRegistry &registry, const ClientSource &client);
void addChatCommand(CommandRegistry &registry, const ClientSource &client);
void addUploadsCommands(CommandRegistry &registry, const ClientSource &client);

} // namespace ft::cli
