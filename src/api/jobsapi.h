#pragma once

#include "transport.h"

#include "core/checkpoint.h"
#include "core/checkpointcopy.h"
#include "core/finetuningjob.h"
#include "core/grader.h"
#include "core/jobevent.h"
#include "core/page.h"

#include <QMap>

namespace ft::api {

class JobCreator;

struct JobListQuery
{
    QString after;
    int limit = 0;
    QMap<QString, QString> metadata; // metadata[k]=v filters
};

struct PageQuery
{
    QString after;
    int limit = 0;
};

// /fine_tuning/jobs and everything under it.
class JobsApi
{
public:
    explicit JobsApi(Transport &transport)
        : m_t(transport)
    { }

    // Creates the job exactly once: see JobCreator (metadata id, look before sending again).
    JobCreator *create(const core::CreateJobRequest &request, QObject *context,
                       Callback<core::FineTuningJob> done, const QString &requestId = {});
    // One POST, never retried: what JobCreator sends.
    PendingCall *createOnce(const core::CreateJobRequest &request, QObject *context,
                            Callback<core::FineTuningJob> done);
    PendingCall *list(const JobListQuery &query, QObject *context,
                      Callback<core::Page<core::FineTuningJob>> done);
    PendingCall *get(const QString &id, QObject *context, Callback<core::FineTuningJob> done);
    PendingCall *cancel(const QString &id, QObject *context, Callback<core::FineTuningJob> done);
    PendingCall *pause(const QString &id, QObject *context, Callback<core::FineTuningJob> done);
    PendingCall *resume(const QString &id, QObject *context, Callback<core::FineTuningJob> done);
    // Azure classic only: DELETE /fine_tuning/jobs/{id}.
    PendingCall *remove(const QString &id, QObject *context, Callback<core::Nothing> done);
    PendingCall *events(const QString &id, const PageQuery &query, QObject *context,
                        Callback<core::Page<core::JobEvent>> done);
    PendingCall *checkpoints(const QString &id, const PageQuery &query, QObject *context,
                             Callback<core::Page<core::Checkpoint>> done);
    // Azure v1 preview: copy a checkpoint to another resource and region, and follow the copy.
    PendingCall *copyCheckpoint(const QString &jobId, const QString &checkpointId,
                                const QString &destinationResourceId, const QString &region, QObject *context,
                                Callback<core::CheckpointCopy> done);
    PendingCall *checkpointCopyStatus(const QString &jobId, const QString &checkpointId, QObject *context,
                                      Callback<core::CheckpointCopy> done);
    // POST /fine_tuning/alpha/graders/validate (OpenAI and Azure v1).
    PendingCall *validateGrader(const core::Grader &grader, QObject *context, Callback<core::Grader> done);

private:
    PendingCall *action(const QString &id, const char *verb, QObject *context,
                        Callback<core::FineTuningJob> done);
    Transport &m_t;
};

} // namespace ft::api
