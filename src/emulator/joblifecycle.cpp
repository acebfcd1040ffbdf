#include "joblifecycle.h"

#include <utility>

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
    // Azure classic has one word for a job not yet running: pending.
    if (surface == Surface::AzureClassic && (state == JobState::Validating || state == JobState::Queued))
        return QStringLiteral("pending");
    static const std::pair<JobState, QLatin1String> names[] = {
        {JobState::Validating, QLatin1String("validating_files")},
        {JobState::Queued, QLatin1String("queued")},
        {JobState::Running, QLatin1String("running")},
        {JobState::Pausing, QLatin1String("pausing")},
        {JobState::Paused, QLatin1String("paused")},
        {JobState::Resuming, QLatin1String("resuming")},
        {JobState::Succeeded, QLatin1String("succeeded")},
        {JobState::Failed, QLatin1String("failed")},
        {JobState::Cancelled, QLatin1String("cancelled")},
    };
    for (const auto &[known, name] : names) {
        if (known == state)
            return name;
    }
    return {}; // Unknown
}

void JobLifecycle::move(core::FineTuningJob &job, JobState to)
{
    Q_ASSERT_X(allows(job.state(), to), "JobLifecycle::move", "a move the lifecycle does not allow");
    job.status = status(to, Surface::OpenAI);
}

} // namespace ft::emu
