#include "jobcreator.h"

#include "jobsapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace ft::api {

Q_LOGGING_CATEGORY(lcCreate, "ft.api.create", QtInfoMsg)

namespace {
constexpr int kListAttempts = 6;
constexpr qint64 kClockSlackSeconds = 300;

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

JobCreator::JobCreator(JobsApi &jobs, Transport &transport, core::CreateJobRequest request, QString requestId,
                       QObject *context, Callback<core::FineTuningJob> done)
    : QObject(context)
    , m_jobs(jobs)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_requestId(requestId.isEmpty() ? newRequestId() : std::move(requestId))
    , m_context(context)
    , m_done(std::move(done))
{
    // Azure's classic API has no metadata on jobs (and may refuse the field).
    m_metadata = transport.connection().kind != ServiceKind::AzureClassic;
    if (m_metadata)
        m_request.metadata.insert(QString::fromLatin1(kRequestIdKey), m_requestId);
    else
        m_request.metadata.remove(QString::fromLatin1(kRequestIdKey));
}

void JobCreator::start()
{
    m_startedAt = QDateTime::currentSecsSinceEpoch() - kClockSlackSeconds;
    send();
}

void JobCreator::abort()
{
    if (m_call)
        m_call->abort();
    finish(core::ApiError::cancelled());
}

void JobCreator::later(int attempt, const std::function<void()> &next)
{
    const RetryPolicy &p = m_transport.retryPolicy();
    const double base =
        std::min<double>(p.maxDelayMs, p.initialDelayMs * std::pow(2.0, std::max(0, attempt - 1)));
    const int delay = int(base * (1.0 - 0.25 * QRandomGenerator::global()->generateDouble()));
    QTimer::singleShot(delay, this, [this, next] {
        if (!m_finished)
            next();
    });
}

void JobCreator::send()
{
    ++m_sends;
    m_call = m_jobs.createOnce(m_request, this, [this](const core::Result<core::FineTuningJob> &job) {
        if (job)
            return finish(job);
        const core::ApiError &e = job.error();
        const bool more = m_sends <= m_transport.retryPolicy().maxRetries;
        if (!e.isTransient() || !more)
            return finish(job);
        if (!e.isAmbiguous()) { // 429, 408, 409: not taken; wait and send again
            qCInfo(lcCreate).noquote()
                << QStringLiteral("job create refused for now (HTTP %1); sending again").arg(e.httpStatus);
            emit retrying(e.toString());
            return later(m_sends, [this] { send(); });
        }
        // The job may exist: look before sending again.
        qCInfo(lcCreate).noquote() << QStringLiteral(
                                          "job create failed ambiguously (%1); looking for request %2")
                                          .arg(e.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(e.httpStatus)
                                                                : e.message,
                                               m_requestId);
        emit retrying(e.toString());
        later(m_sends, [this] { find(1); });
    });
}

bool JobCreator::matches(const core::FineTuningJob &job) const
{
    if (m_metadata)
        return job.metadata && job.metadata->value(QString::fromLatin1(kRequestIdKey)) == m_requestId;
    // No metadata: the same model, files and suffix, created since the first attempt.
    return job.createdAt >= m_startedAt && job.trainingFile == m_request.trainingFile
        && job.validationFile == m_request.validationFile && job.suffix == m_request.suffix
        && (job.model == m_request.model || job.model.startsWith(m_request.model));
}

void JobCreator::find(int listAttempt)
{
    JobListQuery q;
    q.limit = 50;
    if (m_metadata)
        q.metadata.insert(QString::fromLatin1(kRequestIdKey), m_requestId);
    m_call =
        m_jobs.list(q, this, [this, listAttempt](core::Result<core::Page<core::FineTuningJob>> page) {
            if (!page) {
                if (page.error().isTransient() && listAttempt < kListAttempts)
                    return later(listAttempt, [this, listAttempt] { find(listAttempt + 1); });
                return finish(page.error()); // cannot tell: never create a second job on a guess
            }
            // Filtered by the service where it can; checked here all the same (a service may ignore the
            // filter).
            for (const core::FineTuningJob &job : page.value().data) {
                if (matches(job)) {
                    qCInfo(lcCreate).noquote()
                        << QStringLiteral("found the job %1 of request %2").arg(job.id, m_requestId);
                    return finish(job);
                }
            }
            qCInfo(lcCreate).noquote()
                << QStringLiteral("no job for request %1 yet; sending the create again").arg(m_requestId);
            send();
        });
}

void JobCreator::finish(core::Result<core::FineTuningJob> result)
{
    if (m_finished)
        return;
    m_finished = true;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done && m_context)
        done(std::move(result));
    deleteLater();
}

} // namespace ft::api
