#pragma once

#include "command.h"

#include "api/client.h"

#include <functional>

namespace ft::cli {

// The client of the connection, once the options made one.
using ClientSource = std::function<api::Client &()>;

// A group of commands of the Azure OpenAI / OpenAI family: a Command with the client of the connection.
class ClientCommand : public Command
{
public:
    ClientCommand(CommandContext &context, api::Client &client);
    ~ClientCommand() override;

protected:
    api::Client *const m_client;
};

} // namespace ft::cli
