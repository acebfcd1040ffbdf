#pragma once

#include "clientcommand.h"

#include <QStringList>

namespace ft::cli {

class CommandRegistry;

// ftctl models list | show | delete
class ModelsCommands final : public ClientCommand
{
public:
    ModelsCommands(CommandContext &context, api::Client &client);

    static void addTo(CommandRegistry &registry, const ClientSource &client);

    void list(const QStringList &args);
    void show(const QStringList &args);
    void remove(const QStringList &args);
};

} // namespace ft::cli
