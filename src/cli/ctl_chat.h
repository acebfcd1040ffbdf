#pragma once

#include "clientcommand.h"

#include <QStringList>

namespace ft::cli {

class CommandRegistry;

// ftctl chat --model M MESSAGE: one chat completion with a model or (on Azure) a deployment.
class ChatCommand final : public ClientCommand
{
public:
    ChatCommand(CommandContext &context, api::Client &client);

    static void addTo(CommandRegistry &registry, const ClientSource &client);

    void chat(const QStringList &args);
};

} // namespace ft::cli
