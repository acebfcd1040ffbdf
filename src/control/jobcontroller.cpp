#include "jobcontroller.h"

#include "downloadname.h"
#include "session.h"

#include "api/pager.h"
#include "core/checkpointtablemodel.h"
#include "core/eventtablemodel.h"
#include "core/jobtablemodel.h"
#include "core/localcache.h"
#include "core/resultstable.h"

#include <QLocale>
#include <QTimer>

namespace ft::control {

namespace {
bool isRunning(const core::FineTuningJob &job)
{
    return core::isActive(job.state()) || job.state() == core::JobState::Paused;
}
} // namespace

JobController::JobController(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_events(new core::EventTableModel(this))
    , m_checkpoints(new core::CheckpointTableModel(this))
{
    connect(&m_session, &Session::jobsChanged, this, [this] {
        if (const core::FineTuningJob *job = m_session.jobsModel().jobById(m_job.id))
            show(*job);
    });
    connect(&m_session, &Session::stateChanged, this, &JobController::availabilityChanged);
    connect(&m_session, &Session::connectionChanged, this, &JobController::clear);
}

JobController::~JobController() = default;

bool JobController::isOffline() const
{
    return m_session.isOffline();
}

bool JobController::hasTrainedAStep() const
{
    return m_job.trainedTokens.value_or(0) > 0 || m_trainedAStep;
}

void JobController::select(const QString &jobId)
{
    if (const core::FineTuningJob *job = jobId.isEmpty() ? nullptr : m_session.jobsModel().jobById(jobId))
        show(*job);
    else
        clear();
}

void JobController::reset()
{
    m_events->clear();
    m_checkpoints->clear();
    m_checkpoint.clear();
    m_eventsFetchedFor.clear();
    m_resultsFetchedFor.clear();
    m_eventsStale = false;
    m_resultsStale = false;
    m_trainedAStep = false;
    m_results.clear();
    m_resultsError = {};
}

void JobController::clear()
{
    m_job = {};
    reset();
    m_resultsState = Results::None;
    emit jobChanged();
    emit resultsChanged();
    emit availabilityChanged();
}

void JobController::show(const core::FineTuningJob &job)
{
    const bool other = job.id != m_job.id;
    // The last steps, the final checkpoint and "job completed" are written as the job ends: what was
    // read while it ran is short of them, so a job that has just ended is read once more, whole.
    const bool ended = !other && !core::isTerminal(m_job.state()) && core::isTerminal(job.state());
    m_job = job;
    if (other) {
        reset();
        m_resultsState = Results::Loading;
        emit resultsChanged();
    }
    emit jobChanged();
    emit availabilityChanged();
    fetchUnknownFiles();
    if (ended)
        refreshDetails();
    else
        fetchDetails();
}

void JobController::refreshDetails()
{
    m_eventsFetchedFor.clear();
    m_resultsFetchedFor.clear();
    // A read under way started before this moment: its answer may be stale, so read again after it.
    m_eventsStale = m_fetchingEvents;
    m_resultsStale = m_fetchingResults;
    fetchDetails();
}

void JobController::readAgainIfStale()
{
    if (!m_eventsStale && !m_resultsStale)
        return;
    const bool running = isRunning(m_job);
    if (m_eventsStale && !m_fetchingEvents) {
        m_eventsStale = false;
        m_eventsFetchedFor.clear();
        fetchEvents(running);
    }
    if (m_resultsStale && !m_fetchingResults) {
        m_resultsStale = false;
        m_resultsFetchedFor.clear();
        fetchResults(running);
    }
}

void JobController::fetchUnknownFiles()
{
    // Files uploaded elsewhere: the list is read once for this job to show their names.
    bool unknown = false;
    for (const QString &id : {m_job.trainingFile, m_job.validationFile})
        unknown = unknown || (!id.isEmpty() && !m_session.file(id));
    if (unknown && !isOffline() && m_filesRequestedFor != m_job.id) {
        m_filesRequestedFor = m_job.id;
        m_session.refreshFiles();
    }
}

void JobController::fetchDetails()
{
    if (!hasJob())
        return;
    if (isOffline()) {
        if (core::LocalCache *cache = m_session.cache()) {
            takeEvents(cache->events(m_job.id));
            if (const auto csv = cache->results(m_job.id))
                setResults(Results::Loaded, *csv);
            else
                setResults(Results::NotCached);
        }
        return;
    }
    if (!m_session.hasConnection())
        return;
    const bool running = isRunning(m_job);
    fetchEvents(running);
    fetchCheckpoints();
    fetchResults(running);
}

void JobController::fetchEvents(bool running, bool whole)
{
    const QString id = m_job.id;
    if (m_fetchingEvents || (!running && m_eventsFetchedFor == id))
        return;
    m_fetchingEvents = true;
    if (whole || m_events->rowCount() == 0) {
        api::fetchAll<core::JobEvent>(
            [this, id](const QString &after, api::Callback<core::Page<core::JobEvent>> cb) {
                return m_session.client().jobs().events(id, {after, 100}, this, std::move(cb));
            },
            [this, id](core::Result<core::Page<core::JobEvent>> page) {
                m_fetchingEvents = false;
                if (page && id == m_job.id)
                    eventsArrived(page.value().data, false, true);
                readAgainIfStale();
            },
            core::EventTableModel::kMaxEvents);
        return;
    }
    m_session.client().jobs().events(id, {{}, 100}, this,
                                     [this, id](core::Result<core::Page<core::JobEvent>> page) {
                                         m_fetchingEvents = false;
                                         if (page && id == m_job.id)
                                             eventsArrived(page.value().data, page.value().hasMore, false);
                                         readAgainIfStale();
                                     });
}

void JobController::eventsArrived(const QList<core::JobEvent> &got, bool hasMore, bool whole)
{
    if (whole) {
        takeEvents(got);
    } else {
        // The newest page: keep what is new; if all of it is new, more may be missing: fetch them all.
        QList<core::JobEvent> fresh;
        for (const core::JobEvent &e : got)
            if (!m_events->contains(e.id))
                fresh << e;
        if (fresh.size() == got.size() && hasMore)
            return fetchEvents(true, true);
        takeEvents(fresh + m_events->events());
    }
    m_eventsFetchedFor = m_job.id;
    m_session.keepEvents(m_job.id, m_events->events());
}

void JobController::takeEvents(const QList<core::JobEvent> &events)
{
    const bool wasBlocked = safety().isModelBlocked();
    m_events->setEvents(events);
    if (m_events->hasMetrics())
        markTrained();
    if (safety().isModelBlocked() != wasBlocked)
        emit availabilityChanged();
}

void JobController::markTrained()
{
    if (m_trainedAStep)
        return;
    m_trainedAStep = true;
    emit availabilityChanged();
}

void JobController::fetchCheckpoints()
{
    const QString id = m_job.id;
    m_session.client().jobs().checkpoints(id, {{}, 100}, this,
                                          [this, id](core::Result<core::Page<core::Checkpoint>> page) {
                                              if (!page || id != m_job.id)
                                                  return;
                                              m_checkpoints->setCheckpoints(page.value().data);
                                              if (!m_checkpoints->byId(m_checkpoint))
                                                  m_checkpoint.clear();
                                              emit availabilityChanged();
                                          });
}

void JobController::fetchResults(bool running)
{
    const QString id = m_job.id;
    const QString file = m_job.resultFiles.value(0);
    if (file.isEmpty())
        return setResults(running ? Results::NotStarted : Results::NoFile);
    // A running job's results grow: read again every few seconds, not on every poll.
    if (m_fetchingResults
        || (m_resultsFetchedFor == id && (!running || m_resultsClock.elapsed() < kResultsRefreshMs)))
        return;
    m_fetchingResults = true;
    m_resultsClock.start();
    m_session.fetchResults(id, file, false, this, [this, id](core::Result<QByteArray> csv) {
        m_fetchingResults = false;
        if (id != m_job.id)
            return;
        if (!csv) {
            setResults(Results::Failed, {}, csv.error());
        } else {
            m_resultsFetchedFor = id;
            setResults(Results::Loaded, csv.value());
        }
        readAgainIfStale();
    });
}

void JobController::setResults(Results state, const QByteArray &csv, const core::ApiError &error)
{
    if (state == Results::Loaded && !m_trainedAStep) {
        const auto table = core::ResultsTable::parse(csv);
        if (table && table->rowCount() > 0)
            markTrained();
    }
    if (state == m_resultsState && csv == m_results && state != Results::Failed)
        return;
    m_resultsState = state;
    m_results = csv;
    m_resultsError = error;
    emit resultsChanged();
}

void JobController::selectCheckpoint(const QString &checkpointId)
{
    const QString id = m_checkpoints->byId(checkpointId) ? checkpointId : QString();
    if (id == m_checkpoint)
        return;
    m_checkpoint = id;
    emit availabilityChanged();
}

const core::Checkpoint *JobController::selectedCheckpoint() const
{
    return m_checkpoint.isEmpty() ? nullptr : m_checkpoints->byId(m_checkpoint);
}

bool JobController::canCopyCheckpoints() const
{
    return m_session.hasConnection() && m_session.connection().kind == api::ServiceKind::AzureV1;
}

bool JobController::isAvailable(Action action) const
{
    const core::JobState s = m_job.state();
    const bool online = hasJob() && m_session.hasConnection() && !isOffline();
    const bool model = online && s == core::JobState::Succeeded && !m_job.fineTunedModel.isEmpty();
    const bool checkpoint = online && selectedCheckpoint();
    switch (action) {
    case Action::Pause: // only a job that has trained a step can pause
        return online && s == core::JobState::Running && hasTrainedAStep();
    case Action::Resume:
        return online && s == core::JobState::Paused;
    case Action::Cancel:
        return online && (core::isActive(s) || s == core::JobState::Paused);
    case Action::DeployModel:
        return model && whyUnavailable(action).isEmpty();
    case Action::DeleteModel:
        return model && !m_session.isModelDeleted(m_job.fineTunedModel);
    case Action::Download:
        return online;
    case Action::DeployCheckpoint:
    case Action::FineTuneFromCheckpoint:
        return checkpoint;
    case Action::CopyCheckpoint:
        return checkpoint && canCopyCheckpoints();
    default:
        return false;
    }
}

QString JobController::suggestedFileName(const QString &fileId) const
{
    return downloadName(m_job, m_session.file(fileId), fileId);
}

core::SafetyOutcome JobController::safety() const
{
    return core::safetyOutcome(m_job, m_events->events());
}

QString JobController::whyUnavailable(Action action) const
{
    if (action != Action::DeployModel && action != Action::DeleteModel)
        return {};
    if (m_session.isModelDeleted(m_job.fineTunedModel))
        return tr("The model %1 was deleted.").arg(m_job.fineTunedModel);
    const core::SafetyOutcome outcome = safety();
    if (action == Action::DeployModel && outcome.isModelBlocked()) {
        QStringList names;
        for (const QString &category : outcome.categories)
            names << core::harmCategoryLabel(category);
        return tr("This model cannot be deployed: the service's safety evaluation found content above the "
                  "accepted level for %1.")
            .arg(QLocale().createSeparatedList(names));
    }
    return {};
}

QString JobController::suggestedDeploymentName(Action action) const
{
    if (action != Action::DeployCheckpoint)
        return m_job.suffix.isEmpty() ? QString() : m_job.suffix + QStringLiteral("-ft");
    const core::Checkpoint *c = selectedCheckpoint();
    if (!c)
        return {};
    return QStringLiteral("%1-step-%2")
        .arg(m_job.suffix.isEmpty() ? QStringLiteral("ckpt") : m_job.suffix,
             c->fineTunedModelCheckpoint.section(u'-', -1));
}

void JobController::pause()
{
    act(Action::Pause);
}

void JobController::resume()
{
    act(Action::Resume);
}

void JobController::cancel()
{
    act(Action::Cancel);
}

void JobController::act(Action action)
{
    const QString id = m_job.id;
    if (id.isEmpty() || !m_session.hasConnection())
        return;
    auto done = [this, action, id](const core::Result<core::FineTuningJob> &r) {
        if (!r)
            return emit failed(action, id, r.error());
        if (r.value().id == m_job.id)
            show(r.value());
        emit succeeded(action, id);
        m_session.refreshJobs();
    };
    api::JobsApi &jobs = m_session.client().jobs();
    if (action == Action::Pause)
        jobs.pause(id, this, done);
    else if (action == Action::Resume)
        jobs.resume(id, this, done);
    else
        jobs.cancel(id, this, done);
}

void JobController::deleteModel()
{
    const QString model = m_job.fineTunedModel;
    if (model.isEmpty() || !m_session.hasConnection())
        return;
    const api::ArmTarget arm = m_session.connection().arm;
    if (!arm.isSet() || arm.token.isEmpty())
        return removeModel(model); // the service refuses while deployed, and says so
    // A deployed model cannot be deleted: say which deployments hold it before asking the service.
    m_session.client().deployments().list(this,
                                          [this, model](core::Result<core::Page<core::Deployment>> page) {
                                              QStringList holding;
                                              if (page) {
                                                  for (const core::Deployment &d : page.value().data)
                                                      if (d.modelName == model)
                                                          holding << d.name;
                                              }
                                              if (!holding.isEmpty())
                                                  return emit modelStillDeployed(model, holding);
                                              removeModel(model);
                                          });
}

void JobController::removeModel(const QString &model)
{
    m_session.client().models().remove(model, this, [this, model](const core::Result<core::Deleted> &r) {
        if (!r)
            return emit failed(Action::DeleteModel, model, r.error());
        m_session.noteModelDeleted(model);
        emit succeeded(Action::DeleteModel, model);
        emit jobChanged();
        emit availabilityChanged();
        m_session.refreshJobs();
    });
}

void JobController::download(const QString &fileId, const QString &path)
{
    if (!m_session.hasConnection())
        return;
    m_session.client().files().download(fileId, path, this,
                                        [this, path](const core::Result<core::Nothing> &r) {
                                            if (!r)
                                                return emit failed(Action::Download, path, r.error());
                                            emit succeeded(Action::Download, path);
                                        });
}

void JobController::copyCheckpoint(const QString &destinationResourceId, const QString &region)
{
    const core::Checkpoint *c = selectedCheckpoint();
    if (!c || !m_session.hasConnection())
        return;
    const QString jobId = m_job.id;
    const QString id = c->id;
    m_session.client().jobs().copyCheckpoint(jobId, id, destinationResourceId, region, this,
                                             [this, jobId, id](const core::Result<core::CheckpointCopy> &r) {
                                                 if (!r)
                                                     return emit failed(Action::CopyCheckpoint, id,
                                                                        r.error());
                                                 emit copyStarted(r.value().checkpointedModelName);
                                                 followCopy(jobId, id);
                                             });
}

void JobController::followCopy(const QString &jobId, const QString &checkpointId)
{
    m_session.client().jobs().checkpointCopyStatus(
        jobId, checkpointId, this, [this, jobId, checkpointId](core::Result<core::CheckpointCopy> s) {
            if (!s)
                return emit failed(Action::FollowCopy, checkpointId, s.error());
            if (!s.value().isFinished() || s.value().copiedAccountDetails.isEmpty()) {
                QTimer::singleShot(m_copyPollMs, this,
                                   [this, jobId, checkpointId] { followCopy(jobId, checkpointId); });
                return;
            }
            const core::CheckpointCopy::Destination &d = s.value().copiedAccountDetails.constLast();
            emit copyFinished(s.value().checkpointedModelName, d.region, d.status, d.status == u"Completed");
        });
}

} // namespace ft::control
