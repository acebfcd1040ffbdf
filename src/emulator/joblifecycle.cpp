#include "joblifecycle.h"

namespace ft::emu {

using core::JobState;

bool JobLifecycle::allows(JobState from, JobState to)
{
    if (to == JobState::Cancelled)
        return !core::isTerminal(from);
    switch (from) {
    case JobState::Unknown:
        return to == JobState::Validating;
    case JobState::Validating:
        return to == JobState::Queued || to == JobState::Failed;
    case JobState::Queued:
        return to == JobState::Running;
    case JobState::Running:
        return to == JobState::Succeeded || to == JobState::Paused;
    case JobState::Paused:
        return to == JobState::Running || to == JobState::Queued;
    case JobState::Pausing:
    case JobState::Resuming:
    case JobState::Succeeded:
    case JobState::Failed:
    case JobState::Cancelled:
        return false;
    }
    return false;
}

QString JobLifecycle::status(JobState state, Surface surface)
{
    switch (state) {
    case JobState::Unknown:
        return {};
    case JobState::Validating:
        return surface == Surface::AzureClassic ? QStringLiteral("pending")
                                                : QStringLiteral("validating_files");
    case JobState::Queued:
        return surface == Surface::AzureClassic ? QStringLiteral("pending") : QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Pausing:
        return QStringLiteral("pausing");
    case JobState::Paused:
        return QStringLiteral("paused");
    case JobState::Resuming:
        return QStringLiteral("resuming");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

void JobLifecycle::move(core::FineTuningJob &job, JobState to)
{
    Q_ASSERT_X(allows(job.state(), to), "JobLifecycle::move", "a move the lifecycle does not allow");
    job.status = status(to, Surface::OpenAI);
}

} // namespace ft::emu
