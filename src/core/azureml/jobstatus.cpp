#include "jobstatus.h"

namespace ft::core::azureml {

const QStringList &jobStatuses()
{
    static const QStringList statuses{
        QStringLiteral("NotStarted"), QStringLiteral("Starting"),        QStringLiteral("Provisioning"),
        QStringLiteral("Preparing"),  QStringLiteral("Queued"),          QStringLiteral("Running"),
        QStringLiteral("Finalizing"), QStringLiteral("CancelRequested"), QStringLiteral("Completed"),
        QStringLiteral("Failed"),     QStringLiteral("Canceled"),        QStringLiteral("NotResponding"),
        QStringLiteral("Paused"),     QStringLiteral("Unknown")};
    return statuses;
}

JobState jobStateFromStatus(QStringView status)
{
    const auto is = [status](const char16_t *name) {
        return status.compare(QStringView(name), Qt::CaseInsensitive) == 0;
    };
    // Everything before the trainer runs is waiting on the service, as an OpenAI job's "queued" is.
    // "Created" is not in the spec's enum, but the official examples answer it for a job just made.
    if (is(u"NotStarted") || is(u"Starting") || is(u"Provisioning") || is(u"Preparing") || is(u"Queued")
        || is(u"Created"))
        return JobState::Queued;
    // Finalizing still collects outputs (the registered model), and a requested cancel has not yet
    // stopped the run: both are still active, so the dashboard keeps polling and still offers no result.
    if (is(u"Running") || is(u"Finalizing") || is(u"CancelRequested"))
        return JobState::Running;
    if (is(u"Completed"))
        return JobState::Succeeded;
    if (is(u"Failed"))
        return JobState::Failed;
    if (is(u"Canceled") || is(u"Cancelled"))
        return JobState::Cancelled;
    if (is(u"Paused"))
        return JobState::Paused;
    // NotResponding may return to any earlier state (the SDK only stops streaming on it), so it is
    // neither terminal nor a known activity: Unknown, like the spec's own Unknown and any new string.
    return JobState::Unknown;
}

} // namespace ft::core::azureml
