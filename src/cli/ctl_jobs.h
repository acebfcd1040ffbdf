#pragma once

#include "clientcommand.h"

#include "api/transport.h"

#include <QStringList>

namespace ft::core {
struct FineTuningJob;
}

namespace ft::cli {

class CommandRegistry;

// ftctl jobs create | list | show | events | checkpoints | pause | resume | cancel | wait
class JobsCommands final : public ClientCommand
{
public:
    JobsCommands(CommandContext &context, api::Client &client);

    static void addTo(CommandRegistry &registry, const ClientSource &client);

    void create(const QStringList &args);
    void list(const QStringList &args);
    void show(const QStringList &args);
    void events(const QStringList &args);
    void checkpoints(const QStringList &args);
    void pause(const QStringList &args);
    void resume(const QStringList &args);
    void cancel(const QStringList &args);
    void wait(const QStringList &args);

private:
    // What ends pause, resume and cancel: the job as the service left it.
    api::Callback<core::FineTuningJob> actionDone();
    void pollJob(const QString &id, qint64 deadlineMs, const QString &lastStatus);
    void jobEnded(const core::FineTuningJob &job);
};

} // namespace ft::cli
