#include "jobsapi.h"

#include "jobcreator.h"
#include "jsonreply.h"

namespace ft::api {

namespace js = core::js;
using Kind = core::PathSegment::Kind;

namespace {
QUrlQuery pageQuery(const PageQuery &q)
{
    QUrlQuery out;
    if (!q.after.isEmpty())
        out.addQueryItem(QStringLiteral("after"), q.after);
    if (q.limit > 0)
        out.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    return out;
}

// A page of a list that belongs to one job (its events, its checkpoints).
template<typename T>
PendingCall *jobPage(Transport &t, const QString &path, const QString &id, const PageQuery &query,
                     QObject *context, Callback<core::Page<T>> done)
{
    return t.call<core::Page<T>>(
        Transport::get(t.connection().route(path, {{Kind::JobId, id}}, pageQuery(query))), context,
        &pageOf<T>, std::move(done));
}
} // namespace

JobCreator *JobsApi::create(const core::CreateJobRequest &request, QObject *context,
                            Callback<core::FineTuningJob> done, const QString &requestId)
{
    auto *creator = new JobCreator(*this, m_t, request, requestId, context, std::move(done));
    creator->start();
    return creator;
}

PendingCall *JobsApi::createOnce(const core::CreateJobRequest &request, QObject *context,
                                 Callback<core::FineTuningJob> done)
{
    const js::Json body = request.toJson(m_t.connection().isAzure());
    Transport::Request r = Transport::jsonRequest(
        "POST", m_t.connection().url(QStringLiteral("/fine_tuning/jobs")), js::dump(body));
    r.retry = Transport::Request::Retry::Never; // JobCreator decides
    return m_t.callObject<core::FineTuningJob>(std::move(r), context, std::move(done));
}

PendingCall *JobsApi::list(const JobListQuery &query, QObject *context,
                           Callback<core::Page<core::FineTuningJob>> done)
{
    QUrlQuery q = pageQuery({query.after, query.limit});
    for (auto it = query.metadata.begin(); it != query.metadata.end(); ++it)
        q.addQueryItem(QStringLiteral("metadata[%1]").arg(it.key()), it.value());
    return m_t.call<core::Page<core::FineTuningJob>>(
        Transport::get(m_t.connection().url(QStringLiteral("/fine_tuning/jobs"), q)), context,
        &pageOf<core::FineTuningJob>, std::move(done));
}

PendingCall *JobsApi::get(const QString &id, QObject *context, Callback<core::FineTuningJob> done)
{
    return m_t.callObject<core::FineTuningJob>(
        Transport::get(m_t.connection().route(QStringLiteral("/fine_tuning/jobs/%1"), {{Kind::JobId, id}})),
        context, std::move(done));
}

PendingCall *JobsApi::action(const QString &id, const char *verb, QObject *context,
                             Callback<core::FineTuningJob> done)
{
    const core::Result<QUrl> url = m_t.connection().route(
        QStringLiteral("/fine_tuning/jobs/%1/") + QLatin1String(verb), {{Kind::JobId, id}});
    Transport::Request r = Transport::jsonRequest("POST", url, {});
    r.retry = Transport::Request::Retry::Always;
    // Repeated after a lost answer, the action may find it done already ("already paused"): then the
    // job as it is now is the answer, when its state is what the action leads to.
    const QByteArray action(verb);
    return m_t.callObject<core::FineTuningJob>(
        std::move(r), context,
        [this, id, action, context, done = std::move(done)](core::Result<core::FineTuningJob> result) {
            if (result || !result.error().mayHaveApplied || result.error().httpStatus != 400)
                return done(std::move(result));
            const core::ApiError first = result.error();
            get(id, context, [action, first, done](core::Result<core::FineTuningJob> job) {
                if (!job)
                    return done(first);
                const core::JobState s = job.value().state();
                const bool reached = action == "pause"
                    ? (s == core::JobState::Paused || s == core::JobState::Pausing)
                    : action == "resume" ? (s != core::JobState::Paused)
                                         : s == core::JobState::Cancelled;
                done(reached ? job : core::Result<core::FineTuningJob>(first));
            });
        });
}

PendingCall *JobsApi::cancel(const QString &id, QObject *context, Callback<core::FineTuningJob> done)
{
    return action(id, "cancel", context, std::move(done));
}

PendingCall *JobsApi::pause(const QString &id, QObject *context, Callback<core::FineTuningJob> done)
{
    return action(id, "pause", context, std::move(done));
}

PendingCall *JobsApi::resume(const QString &id, QObject *context, Callback<core::FineTuningJob> done)
{
    return action(id, "resume", context, std::move(done));
}

PendingCall *JobsApi::remove(const QString &id, QObject *context, Callback<core::Nothing> done)
{
    Transport::Request r =
        Transport::get(m_t.connection().route(QStringLiteral("/fine_tuning/jobs/%1"), {{Kind::JobId, id}}));
    r.verb = "DELETE";
    return m_t.call<core::Nothing>(
        std::move(r), context, [](const PendingCall &) { return core::Result(core::Nothing{}); },
        std::move(done));
}

PendingCall *JobsApi::events(const QString &id, const PageQuery &query, QObject *context,
                             Callback<core::Page<core::JobEvent>> done)
{
    return jobPage(m_t, QStringLiteral("/fine_tuning/jobs/%1/events"), id, query, context, std::move(done));
}

PendingCall *JobsApi::checkpoints(const QString &id, const PageQuery &query, QObject *context,
                                  Callback<core::Page<core::Checkpoint>> done)
{
    return jobPage(m_t, QStringLiteral("/fine_tuning/jobs/%1/checkpoints"), id, query, context,
                   std::move(done));
}

namespace {
QList<QPair<QByteArray, QByteArray>> copyHeaders()
{
    return {{"aoai-copy-ft-checkpoints", "preview"}, {"accept", "application/json"}};
}
} // namespace

PendingCall *JobsApi::copyCheckpoint(const QString &jobId, const QString &checkpointId,
                                     const QString &destinationResourceId, const QString &region,
                                     QObject *context, Callback<core::CheckpointCopy> done)
{
    if (m_t.connection().kind != ServiceKind::AzureV1) {
        return refuseLocally<core::CheckpointCopy>(
            context,
            QCoreApplication::translate(
                "JobsApi", "Copying a checkpoint to another resource is an Azure OpenAI v1 preview feature."),
            std::move(done));
    }
    const js::Json body{{"destinationResourceId", js::s(destinationResourceId)}, {"region", js::s(region)}};
    Transport::Request r = Transport::jsonRequest(
        "POST",
        m_t.connection().route(QStringLiteral("/fine_tuning/jobs/%1/checkpoints/%2/copy"),
                               {{Kind::JobId, jobId}, {Kind::CheckpointId, checkpointId}}),
        js::dump(body));
    r.headers = copyHeaders();
    return m_t.callObject<core::CheckpointCopy>(std::move(r), context, std::move(done));
}

PendingCall *JobsApi::checkpointCopyStatus(const QString &jobId, const QString &checkpointId,
                                           QObject *context, Callback<core::CheckpointCopy> done)
{
    Transport::Request r =
        Transport::get(m_t.connection().route(QStringLiteral("/fine_tuning/jobs/%1/checkpoints/%2/copy"),
                                              {{Kind::JobId, jobId}, {Kind::CheckpointId, checkpointId}}));
    r.headers = copyHeaders();
    return m_t.callObject<core::CheckpointCopy>(std::move(r), context, std::move(done));
}

PendingCall *JobsApi::validateGrader(const core::Grader &grader, QObject *context,
                                     Callback<core::Grader> done)
{
    const js::Json body{{"grader", grader.toJson()}};
    return m_t.call<core::Grader>(
        Transport::jsonRequest("POST",
                               m_t.connection().url(QStringLiteral("/fine_tuning/alpha/graders/validate")),
                               js::dump(body)),
        context,
        [](const PendingCall &c) -> core::Result<core::Grader> {
            auto doc = jsonOf(c);
            if (!doc)
                return doc.error();
            const js::Json *g = js::find(doc.value(), "grader");
            return core::Grader::fromJson(g ? *g : js::Json::object());
        },
        std::move(done));
}

} // namespace ft::api
