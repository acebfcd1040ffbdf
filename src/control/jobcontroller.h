#pragma once

#include "action.h"

#include "core/apierror.h"
#include "core/finetuningjob.h"
#include "core/safetyevaluation.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

namespace ft::core {
class CheckpointTableModel;
class EventTableModel;
struct Checkpoint;
struct JobEvent;
} // namespace ft::core

namespace ft::control {

class Session;

// The selected job and everything done to it. It holds the job as last read, its events and
// checkpoints (as table models), its results.csv, the selected checkpoint and whether the job has
// trained a step; it fetches them as the job changes (from the offline copy while the service cannot
// be reached) and says which actions the job allows now. Every action on the job, its model and its
// checkpoints goes through here and ends in succeeded() or failed() with a typed error.
class JobController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobController)

public:
    // What can be shown of the job's results.csv.
    enum class Results { None, Loading, NotStarted, NoFile, Loaded, Failed, NotCached };
    Q_ENUM(Results)

    explicit JobController(Session &session, QObject *parent = nullptr);
    ~JobController() override;

    // Selects a job of the session's jobs list by id; an unknown or empty id clears the selection.
    void select(const QString &jobId);
    // Shows this version of a job (selecting it when it is another one) and fetches its details.
    void show(const core::FineTuningJob &job);
    void clear();
    // Reads the details (events, checkpoints, results) again, whatever was read before.
    void refreshDetails();

    const core::FineTuningJob &job() const { return m_job; }
    bool hasJob() const { return !m_job.id.isEmpty(); }
    bool isOffline() const;
    bool hasTrainedAStep() const;
    core::EventTableModel &events() { return *m_events; }
    core::CheckpointTableModel &checkpoints() { return *m_checkpoints; }
    void selectCheckpoint(const QString &checkpointId);
    const core::Checkpoint *selectedCheckpoint() const;
    Results resultsState() const { return m_resultsState; }
    const QByteArray &results() const { return m_results; }
    const core::ApiError &resultsError() const { return m_resultsError; }

    // Whether the action can be taken now, on the job (and for checkpoint actions, the selected one).
    bool isAvailable(Action action) const;
    // Copying checkpoints is an Azure OpenAI v1 preview feature.
    bool canCopyCheckpoints() const;
    // A name for a deployment of the model (DeployModel) or of the selected checkpoint.
    QString suggestedDeploymentName(Action action) const;
    // Why an action a finished job would allow is not (the model was deleted, or the service's safety
    // evaluation keeps it from deployment); empty when nothing stands in the way.
    QString whyUnavailable(Action action) const;
    // The name a download of one of the job's files is offered under: "<model or job>-results.csv"
    // for the results, the uploaded name for the training and validation files.
    QString suggestedFileName(const QString &fileId) const;
    core::SafetyOutcome safety() const;
    void setCopyPollInterval(int ms) { m_copyPollMs = ms; }

    void pause();
    void resume();
    void cancel();
    // Refused with modelStillDeployed() while a deployment serves the model (when ARM can tell).
    void deleteModel();
    void download(const QString &fileId, const QString &path);
    // Copies the selected checkpoint and follows the copy to its end.
    void copyCheckpoint(const QString &destinationResourceId, const QString &region);

signals:
    void jobChanged();
    void availabilityChanged();
    void resultsChanged();
    void succeeded(ft::control::Action action, const QString &subject);
    void failed(ft::control::Action action, const QString &subject, const ft::core::ApiError &error);
    void modelStillDeployed(const QString &model, const QStringList &deployments);
    void copyStarted(const QString &checkpointedModel);
    void copyFinished(const QString &checkpointedModel, const QString &region, const QString &status,
                      bool completed);

private:
    void reset();
    void fetchDetails();
    void fetchEvents(bool running, bool whole = false);
    void eventsArrived(const QList<core::JobEvent> &got, bool hasMore, bool whole);
    void takeEvents(const QList<core::JobEvent> &events);
    void fetchCheckpoints();
    void readAgainIfStale();
    void fetchResults(bool running);
    void setResults(Results state, const QByteArray &csv = {}, const core::ApiError &error = {});
    void fetchUnknownFiles();
    void act(Action action);
    void removeModel(const QString &model);
    void followCopy(const QString &jobId, const QString &checkpointId);
    void markTrained();

    Session &m_session;
    core::FineTuningJob m_job;
    core::EventTableModel *m_events;
    core::CheckpointTableModel *m_checkpoints;
    QString m_checkpoint; // the selected checkpoint's id
    QByteArray m_results;
    Results m_resultsState = Results::None;
    core::ApiError m_resultsError;
    bool m_trainedAStep = false;
    bool m_fetchingEvents = false;
    bool m_fetchingResults = false;
    bool m_eventsStale = false; // read again once the read under way answers
    bool m_resultsStale = false;
    QString m_eventsFetchedFor;
    QString m_resultsFetchedFor;
    QString m_filesRequestedFor;
    QElapsedTimer m_resultsClock;
    int m_copyPollMs = 2000;
    static constexpr qint64 kResultsRefreshMs = 4000;
};

} // namespace ft::control
