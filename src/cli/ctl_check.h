#pragma once

#include "command.h"

#include <QStringList>

namespace ft::cli {

class CommandRegistry;

// ftctl check PATH: the dataset check, locally, before anything is uploaded. No service, no key.
class CheckCommand final : public Command
{
public:
    explicit CheckCommand(CommandContext &context);

    static void addTo(CommandRegistry &registry);

    void check(const QStringList &args);
};

} // namespace ft::cli
