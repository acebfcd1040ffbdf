#include "clientcommand.h"

namespace ft::cli {

ClientCommand::ClientCommand(CommandContext &context, api::Client &client)
    : Command(context)
    , m_client(&client)
{ }

ClientCommand::~ClientCommand() = default;

QString ClientCommand::deletedLine(const core::Deleted &deleted)
{
    return QStringLiteral("deleted %1").arg(deleted.id);
}

} // namespace ft::cli
