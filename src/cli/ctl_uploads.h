#pragma once

#include "clientcommand.h"

#include <QStringList>

namespace ft::cli {

class CommandRegistry;

// ftctl uploads list | cancel: the unfinished chunked uploads that files upload resumes.
class UploadsCommands final : public ClientCommand
{
public:
    UploadsCommands(CommandContext &context, api::Client &client);

    static void addTo(CommandRegistry &registry, const ClientSource &client);

    void list(const QStringList &args);
    void cancel(const QStringList &args);
};

} // namespace ft::cli
