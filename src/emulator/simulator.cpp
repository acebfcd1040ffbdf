#include "simulator.h"

#include "core/safetyevaluation.h"
#include "safetytrigger.h"

#include "clock.h"
#include "ids.h"
#include "joblifecycle.h"
#include "jobplanner.h"
#include "metricsmodel.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace ft::emu {

using core::JobState;

Simulator::Simulator(Store &store, SimConfig config, const Clock &clock, QObject *parent)
    : SimClockWorker(store, std::move(config), clock, parent)
{ }

void Simulator::start()
{
    m_elapsed.start();
    m_lastTickMs = 0;
    startTicking();
}

void Simulator::onTick()
{
    const qint64 nowMs = m_elapsed.elapsed();
    const double dt = m_clock.simSeconds(nowMs - m_lastTickMs);
    m_lastTickMs = nowMs;
    advance(dt);
}

void Simulator::addEvent(JobRecord &record, const QString &level, const QString &message, const QString &type,
                         const nlohmann::ordered_json *data)
{
    core::JobEvent e;
    e.id = newId("ftevent-");
    e.createdAt = Clock::nowSeconds();
    e.level = level;
    e.message = message;
    e.type = type;
    if (data)
        e.data = core::RawJson(*data);
    record.events.append(e);
    m_changed = true;
}

void Simulator::jobCreated(JobRecord &record)
{
    const core::CatalogModel *base = core::Catalog::builtin().find(record.job.model);
    const QString baseId = base ? base->id : record.job.model;
    const QString suffix = record.job.suffix;
    if (record.plan.service == u"openai") {
        record.plan.fineTunedModel =
            QStringLiteral("ft:%1:%2:%3:%4").arg(baseId, m_config.organization, suffix, randomAlnum(8));
    } else {
        QString hex = record.job.id;
        hex.remove(QStringLiteral("ftjob-"));
        record.plan.fineTunedModel = baseId + QStringLiteral(".ft-") + hex;
        if (!suffix.isEmpty())
            record.plan.fineTunedModel += u'-' + suffix;
    }
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("Created fine-tuning job: %1").arg(record.job.id));
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("Validating training file: %1").arg(record.job.trainingFile));
    if (!record.job.validationFile.isEmpty())
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Validating validation file: %1").arg(record.job.validationFile));
}

void Simulator::advance(double simSeconds)
{
    if (simSeconds <= 0)
        return;
    QList<JobRecord *> jobs = m_store.jobs();
    std::reverse(jobs.begin(), jobs.end()); // oldest first
    for (JobRecord *rec : jobs) {
        const JobState state = rec->job.state();
        if (state == JobState::Validating || state == JobState::Queued) {
            // The clock of a phase is not saved on every tick: a restart only waits again.
            rec->phaseSeconds += simSeconds;
            if (state == JobState::Validating) {
                const QFileInfo info(m_store.blobPath(rec->job.trainingFile));
                const double needed = m_config.validatingSeconds
                    + m_config.validatingSecondsPerMb * double(info.size()) / 1048576.0;
                if (rec->phaseSeconds >= needed)
                    change(*rec, [this](JobRecord &r) { validateFiles(r); });
            }
        } else if (state == JobState::Running) {
            change(*rec, [this, simSeconds](JobRecord &r) { runSteps(r, simSeconds); });
        }
    }
    if (!runningJob()) {
        for (JobRecord *rec : jobs) {
            if (rec->job.state() == JobState::Queued && rec->plan.ready
                && rec->phaseSeconds >= m_config.queuedMinSeconds) {
                change(*rec, [this](JobRecord &r) { startRunning(r); });
                break;
            }
        }
    }
}

template<typename Step>
void Simulator::change(JobRecord &stored, Step step)
{
    // The step works on a copy, which replaces the stored job only once it is saved. A job whose
    // progress cannot be saved (a full disk) does not move on: the next tick tries again from the
    // last saved state, so what clients saw is never lost by a restart.
    JobRecord next = stored;
    m_changed = false;
    const QStringList resultFilesBefore = next.job.resultFiles;
    step(next);
    if (!m_changed) {
        stored = next; // only the unsaved clocks moved
        return;
    }
    const QString id = next.job.id;
    if (const auto failed = m_store.saveJob(next)) {
        if (!m_unsaved.contains(id))
            qWarning("emulator: progress of %s not saved, retrying: %s", qPrintable(id),
                     qPrintable(failed->message()));
        m_unsaved.insert(id);
        for (const QString &file : next.job.resultFiles) {
            if (!resultFilesBefore.contains(file)) {
                if (auto e = m_store.removeFile(file))
                    qWarning("emulator: %s", qPrintable(e->message()));
            }
        }
        return;
    }
    if (m_unsaved.remove(id))
        qInfo("emulator: progress of %s saved again", qPrintable(id));
}

JobRecord *Simulator::runningJob()
{
    for (JobRecord *rec : m_store.jobs()) {
        if (rec->job.state() == JobState::Running)
            return rec;
    }
    return nullptr;
}

qint64 Simulator::queuePosition(const JobRecord &record)
{
    if (record.job.state() != JobState::Queued)
        return 0;
    QList<JobRecord *> jobs = m_store.jobs();
    std::reverse(jobs.begin(), jobs.end());
    qint64 position = runningJob() ? 1 : 0;
    for (JobRecord *rec : jobs) {
        // The record itself counts even when it is a copy not saved yet (still validating here).
        if (rec->job.id == record.job.id) {
            ++position;
            break;
        }
        if (rec->job.state() == JobState::Queued)
            ++position;
    }
    return position;
}

void Simulator::validateFiles(JobRecord &record)
{
    if (const auto refused = JobPlanner(m_store, m_config).plan(record)) {
        const QString code = refused->param == u"validation_file" ? QStringLiteral("invalid_validation_file")
                                                                  : QStringLiteral("invalid_training_file");
        fail(record, code, refused->message, refused->param);
        return;
    }
    addEvent(record, QStringLiteral("info"), QStringLiteral("Evaluating training data for harmful content"));
    if (safetytrigger::dataFails(record)) {
        // No charge: the job never trains, so it has no trained tokens.
        fail(record, QStringLiteral("invalid_training_file"),
             core::dataRejectedMessage(safetytrigger::dataCategories()), QStringLiteral("training_file"));
        return;
    }
    addEvent(record, QStringLiteral("info"), QStringLiteral("Training data passed the safety evaluation"));
    JobLifecycle::move(record.job, JobState::Queued);
    record.phaseSeconds = 0;
    addEvent(record, QStringLiteral("info"), QStringLiteral("Files validated, moving job to queued state"));
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("Job enqueued. Waiting for jobs ahead to complete. Queue position: %1")
                 .arg(queuePosition(record)));
}

double Simulator::stepDuration(const JobRecord &record) const
{
    return m_config.stepSeconds
        + m_config.stepSecondsPer1kTokens * record.plan.meanTokens * record.plan.batchSize / 1000.0;
}

void Simulator::updateEstimate(JobRecord &record)
{
    const double remaining =
        double(record.plan.totalSteps - record.stepsDone) * stepDuration(record) - record.stepSeconds;
    record.job.estimatedFinish =
        Clock::nowSeconds() + qint64(std::ceil(m_clock.realSeconds(std::max(0.0, remaining))));
}

void Simulator::startRunning(JobRecord &record)
{
    if (record.job.resultFiles.isEmpty()) {
        FileRecord results;
        results.seq = m_store.nextSeq();
        results.file.id = newId("file-");
        results.file.createdAt = Clock::nowSeconds();
        results.file.filename = QStringLiteral("results.csv");
        results.file.purpose = QStringLiteral("fine-tune-results");
        results.file.status = QStringLiteral("processed");
        results.resultOfJob = record.job.id;
        // Without its results file the job waits: it starts on a later tick, once that can be saved.
        if (auto failed = m_store.addGeneratedFile(results)) {
            if (!m_unsaved.contains(record.job.id))
                qWarning("emulator: results file of %s not saved, retrying: %s", qPrintable(record.job.id),
                         qPrintable(failed->message()));
            m_unsaved.insert(record.job.id);
            return;
        }
        record.job.resultFiles << results.file.id;
    }
    JobLifecycle::move(record.job, JobState::Running);
    record.phaseSeconds = 0;
    addEvent(record, QStringLiteral("info"),
             record.stepsDone > 0 ? QStringLiteral("Fine-tuning job resumed at step %1").arg(record.stepsDone)
                                  : QStringLiteral("Fine-tuning job started"));
    updateEstimate(record);
    m_changed = true;
}

void Simulator::runSteps(JobRecord &record, double simSeconds)
{
    record.phaseSeconds += simSeconds;
    record.stepSeconds += simSeconds;
    const qint64 before = record.stepsDone;
    const double duration = std::max(1e-6, stepDuration(record));
    while (record.stepSeconds >= duration && record.stepsDone < record.plan.totalSteps
           && record.job.state() == JobState::Running) {
        record.stepSeconds -= duration;
        completeStep(record);
    }
    if (record.job.state() == JobState::Running && record.stepsDone >= record.plan.totalSteps)
        succeed(record);
    else if (record.job.state() == JobState::Running)
        updateEstimate(record);
    if (record.stepsDone != before)
        m_changed = true;
}

void Simulator::completeStep(JobRecord &record)
{
    ++record.stepsDone;
    const qint64 step = record.stepsDone;
    const MetricsModel model(record.job.methodType(), record.job.seed.value_or(0), record.plan,
                             m_config.resultsPrecision);
    const nlohmann::ordered_json data = model.eventData(step);
    addEvent(record, QStringLiteral("info"), model.eventMessage(step), QStringLiteral("metrics"), &data);
    if (record.plan.stepsPerEpoch > 0 && step % record.plan.stepsPerEpoch == 0) {
        core::Checkpoint c;
        c.id = newId("ftchkpt-");
        c.createdAt = Clock::nowSeconds();
        c.fineTunedModelCheckpoint = record.plan.fineTunedModel + QStringLiteral(":ckpt-step-%1").arg(step);
        c.stepNumber = step;
        c.metrics = model.checkpointMetrics(step);
        c.fineTuningJobId = record.job.id;
        record.checkpoints.append(c);
        const int kept = core::Catalog::builtin().checkpointsKept();
        while (record.checkpoints.size() > kept)
            record.checkpoints.removeFirst();
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Checkpoint created at step %1 with Snapshot ID: %2").arg(step).arg(c.id));
    }
}

void Simulator::succeed(JobRecord &record)
{
    JobLifecycle::move(record.job, JobState::Succeeded);
    record.job.fineTunedModel = record.plan.fineTunedModel;
    record.job.finishedAt = Clock::nowSeconds();
    record.job.estimatedFinish.reset();
    record.job.trainedTokens = record.plan.tokensPerEpoch * record.plan.epochs;
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("New fine-tuned model created: %1").arg(record.plan.fineTunedModel));
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("Evaluating the fine-tuned model for harmful content"));
    if (safetytrigger::modelFails(record))
        addEvent(record, QStringLiteral("error"),
                 core::modelNotDeployableMessage(safetytrigger::modelCategories()));
    else
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("The fine-tuned model passed the safety evaluation"));
    if (record.plan.service == u"openai")
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Usage policy evaluations completed, model is now enabled for sampling"));
    addEvent(record, QStringLiteral("info"), QStringLiteral("The job has successfully completed"));
}

void Simulator::fail(JobRecord &record, const QString &code, const QString &message, const QString &param)
{
    JobLifecycle::move(record.job, JobState::Failed);
    record.job.finishedAt = Clock::nowSeconds();
    record.job.estimatedFinish.reset();
    record.job.error = {code, message, param};
    addEvent(record, QStringLiteral("error"), message);
}

std::optional<ErrorSpec> Simulator::pause(JobRecord &record)
{
    if (record.job.state() != JobState::Running || record.stepsDone < 1)
        return invalidState(
            QStringLiteral("Job %1 cannot be paused: only a running job that has trained at least "
                           "one step can be paused (status is %2, %3 step(s) trained).")
                .arg(record.job.id, record.job.status)
                .arg(record.stepsDone));
    JobLifecycle::move(record.job, JobState::Paused);
    record.job.estimatedFinish.reset();
    addEvent(record, QStringLiteral("info"), QStringLiteral("Job paused at step %1").arg(record.stepsDone));
    return std::nullopt;
}

std::optional<ErrorSpec> Simulator::resume(JobRecord &record)
{
    if (record.job.state() != JobState::Paused)
        return invalidState(QStringLiteral("Job %1 cannot be resumed: it is %2, not paused.")
                                .arg(record.job.id, record.job.status));
    if (runningJob()) {
        JobLifecycle::move(record.job, JobState::Queued);
        record.phaseSeconds = m_config.queuedMinSeconds;
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Job resumed; waiting for the running job to finish"));
    } else {
        JobLifecycle::move(record.job, JobState::Running);
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Job resumed at step %1").arg(record.stepsDone));
        updateEstimate(record);
    }
    return std::nullopt;
}

std::optional<ErrorSpec> Simulator::cancel(JobRecord &record)
{
    if (core::isTerminal(record.job.state()))
        return invalidState(QStringLiteral("Job %1 cannot be cancelled: it has already %2.")
                                .arg(record.job.id, record.job.status));
    JobLifecycle::move(record.job, JobState::Cancelled);
    record.job.estimatedFinish.reset();
    addEvent(record, QStringLiteral("info"), QStringLiteral("Job cancelled"));
    return std::nullopt;
}

QByteArray Simulator::resultsCsv(const JobRecord &record) const
{
    const MetricsModel model(record.job.methodType(), record.job.seed.value_or(0), record.plan,
                             m_config.resultsPrecision);
    return model.csv(record.stepsDone);
}

} // namespace ft::emu
