#pragma once

#include "transport.h"

#include "core/finetuningjob.h"

#include <QObject>
#include <QPointer>

namespace ft::api {

class JobsApi;

// Creates a fine-tuning job exactly once. The create is never repeated blindly: it carries a
// client-generated id in `metadata`, and after a failure that leaves open whether the service made
// the job (a lost connection, a timeout, a 5xx) the recent jobs are listed, filtered by that id, to
// find it; only when it is not there is the create sent again. Azure's classic API has no job
// metadata: there the job is recognised by model, files, suffix and a creation time after the first
// attempt. A 429 or 408 is waited out (Retry-After) and sent again: the service did not take it.
class JobCreator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobCreator)

public:
    // Deletes itself once `done` has been called.
    JobCreator(JobsApi &jobs, Transport &transport, core::CreateJobRequest request, QString requestId,
               QObject *context, Callback<core::FineTuningJob> done);

    void start();
    void abort(); // no more attempts; `done` gets a cancelled error

    static constexpr const char *kRequestIdKey = "ft_studio_request_id";

signals:
    void retrying(const QString &why);

private:
    void send();
    void find(int listAttempt);
    bool matches(const core::FineTuningJob &job) const;
    void later(int attempt, const std::function<void()> &next);
    void finish(core::Result<core::FineTuningJob> result);

    JobsApi &m_jobs;
    Transport &m_transport;
    core::CreateJobRequest m_request;
    QString m_requestId;
    QPointer<QObject> m_context;
    Callback<core::FineTuningJob> m_done;
    QPointer<PendingCall> m_call;
    qint64 m_startedAt = 0; // seconds, with some slack for clock skew
    int m_sends = 0;
    bool m_metadata = true;
    bool m_finished = false;
};

} // namespace ft::api
