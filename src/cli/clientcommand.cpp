#include "clientcommand.h"

namespace ft::cli {

ClientCommand::ClientCommand(CommandContext &context, api::Client &client)
    : Command(context)
    , m_client(&client)
{ }

ClientCommand::~ClientCommand() = default;

} // namespace ft::cli
