#include "simulator.h"

#include "ids.h"
#include "metricsmodel.h"
#include "store.h"

#include "core/catalog.h"
#include "core/datasetvalidator.h"
#include "core/jsonutil.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace ft::emu {

namespace js = core::js;
using core::MethodType;

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

int resolveInt(const core::HyperParam &p, int fallback)
{
    return p.isNumber() ? int(std::llround(p.number())) : fallback;
}

double resolveReal(const core::HyperParam &p, double fallback)
{
    return p.isNumber() ? p.number() : fallback;
}
} // namespace

Simulator::Simulator(Store &store, SimConfig config, double speed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(std::move(config))
    , m_speed(speed)
{
    m_timer.setInterval(m_config.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::tick);
}

void Simulator::start()
{
    m_clock.start();
    m_lastTickMs = 0;
    m_timer.start();
}

void Simulator::tick()
{
    const qint64 nowMs = m_clock.elapsed();
    const double dt = double(nowMs - m_lastTickMs) / 1000.0 * m_speed;
    m_lastTickMs = nowMs;
    advance(dt);
    reapDeletedDeployments();
}

void Simulator::addEvent(JobRecord &record, const QString &level, const QString &message, const QString &type,
                         const nlohmann::ordered_json *data)
{
    core::JobEvent e;
    e.id = newId("ftevent-");
    e.createdAt = now();
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
        const QString status = rec->job.status;
        if (status == u"validating_files" || status == u"queued") {
            // The clock of a phase is not saved on every tick: a restart only waits again.
            rec->phaseSeconds += simSeconds;
            if (status == u"validating_files") {
                const QFileInfo info(m_store.blobPath(rec->job.trainingFile));
                const double needed = m_config.validatingSeconds
                    + m_config.validatingSecondsPerMb * double(info.size()) / 1048576.0;
                if (rec->phaseSeconds >= needed)
                    change(*rec, [this](JobRecord &r) { validateFiles(r); });
            }
        } else if (status == u"running") {
            change(*rec, [this, simSeconds](JobRecord &r) { runSteps(r, simSeconds); });
        }
    }
    if (!runningJob()) {
        for (JobRecord *rec : jobs) {
            if (rec->job.status == u"queued" && rec->plan.ready
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
        if (rec->job.status == u"running")
            return rec;
    }
    return nullptr;
}

qint64 Simulator::queuePosition(const JobRecord &record)
{
    if (record.job.status != u"queued")
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
        if (rec->job.status == u"queued")
            ++position;
    }
    return position;
}

void Simulator::validateFiles(JobRecord &record)
{
    QString error;
    QString param;
    if (!planJob(record, &error, &param)) {
        const QString code = param == u"validation_file" ? QStringLiteral("invalid_validation_file")
                                                         : QStringLiteral("invalid_training_file");
        fail(record, code, error, param);
        return;
    }
    record.job.status = QStringLiteral("queued");
    record.phaseSeconds = 0;
    addEvent(record, QStringLiteral("info"), QStringLiteral("Files validated, moving job to queued state"));
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("Job enqueued. Waiting for jobs ahead to complete. Queue position: %1")
                 .arg(queuePosition(record)));
}

bool Simulator::planJob(JobRecord &record, QString *error, QString *param)
{
    const core::Catalog &catalog = core::Catalog::builtin();
    const MethodType method = record.job.methodType();
    core::Method m = record.job.method.value_or(core::Method::ofType(MethodType::Supervised));

    struct Stats
    {
        qint64 examples = 0;
        qint64 tokens = 0;
    };
    auto check = [&](const QString &fileId, bool isValidation, Stats &stats) -> bool {
        const QString which = isValidation ? QStringLiteral("validation") : QStringLiteral("training");
        *param = isValidation ? QStringLiteral("validation_file") : QStringLiteral("training_file");
        if (!m_store.file(fileId)) {
            *error =
                QStringLiteral("The job failed because the %1 file %2 was not found.").arg(which, fileId);
            return false;
        }
        auto options = core::DatasetValidator::defaultOptions(method, isValidation);
        if (method == MethodType::Reinforcement && m.grader)
            options.requiredItemKeys = m.grader->referencedItemKeys();
        core::DatasetValidator validator(options);
        validator.setExampleHook([&stats](qint64, const nlohmann::ordered_json &example) {
            ++stats.examples;
            // Until the tokenizer lands in core, estimate four bytes per token.
            stats.tokens += qint64(example.dump().size() / 4) + 1;
        });
        QFile f(m_store.blobPath(fileId));
        if (!f.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("The job failed because the %1 file %2 could not be read.").arg(which, fileId);
            return false;
        }
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
            validator.addData(QByteArrayView(buffer.constData(), n));
        const core::DatasetReport report = validator.finish();
        if (report.hasErrors()) {
            *error = QStringLiteral("The job failed due to an invalid %1 file. %2")
                         .arg(which, report.errorSummary());
            return false;
        }
        return true;
    };

    Stats train;
    Stats valid;
    if (!check(record.job.trainingFile, false, train))
        return false;
    if (!record.job.validationFile.isEmpty() && !check(record.job.validationFile, true, valid))
        return false;

    JobPlan &plan = record.plan;
    core::Hyperparameters &h = m.hyperparameters;
    plan.trainExamples = train.examples;
    plan.validExamples = valid.examples;
    plan.tokensPerEpoch = train.tokens;
    plan.meanTokens = train.examples > 0 ? double(train.tokens) / double(train.examples) : 0;
    plan.epochs = std::clamp(resolveInt(h.nEpochs, catalog.autoEpochs(train.examples)), 1, 50);
    const int autoBatch = std::clamp(int(std::llround(double(train.examples) * m_config.autoBatchFraction)),
                                     1, m_config.autoBatchMax);
    plan.batchSize = std::clamp(resolveInt(h.batchSize, autoBatch), 1, 256);
    plan.learningRateMultiplier = resolveReal(h.learningRateMultiplier, m_config.autoLearningRateMultiplier);
    plan.stepsPerEpoch = (train.examples + plan.batchSize - 1) / plan.batchSize;
    plan.totalSteps = plan.stepsPerEpoch * plan.epochs;

    h.nEpochs = core::HyperParam::integer(plan.epochs);
    h.batchSize = core::HyperParam::integer(plan.batchSize);
    h.learningRateMultiplier = core::HyperParam::real(plan.learningRateMultiplier);
    if (method == MethodType::Dpo) {
        plan.beta = resolveReal(h.beta, m_config.autoBeta);
        h.beta = core::HyperParam::real(plan.beta);
    }
    if (method == MethodType::Reinforcement) {
        plan.reasoningEffort = h.reasoningEffort.isEmpty() || h.reasoningEffort == u"default"
            ? QStringLiteral("medium")
            : h.reasoningEffort;
        plan.evalInterval =
            std::max(1, resolveInt(h.evalInterval, int(std::max<qint64>(1, plan.stepsPerEpoch / 4))));
        h.evalInterval = core::HyperParam::integer(plan.evalInterval);
        h.evalSamples = core::HyperParam::integer(resolveInt(h.evalSamples, 1));
        h.computeMultiplier =
            core::HyperParam::real(resolveReal(h.computeMultiplier, m_config.autoComputeMultiplier));
        if (h.reasoningEffort.isEmpty())
            h.reasoningEffort = QStringLiteral("default");
        plan.graderNames.clear();
        if (m.grader) {
            if (m.grader->type == core::Grader::Type::Multi) {
                for (const auto &[name, sub] : m.grader->graders)
                    plan.graderNames << name;
            } else {
                plan.graderNames << m.grader->name;
            }
        }
    }
    record.job.method = m;
    record.job.hyperparameters.nEpochs = h.nEpochs;
    record.job.hyperparameters.batchSize = h.batchSize;
    record.job.hyperparameters.learningRateMultiplier = h.learningRateMultiplier;
    plan.ready = true;
    return true;
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
    record.job.estimatedFinish = now() + qint64(std::ceil(std::max(0.0, remaining) / m_speed));
}

void Simulator::startRunning(JobRecord &record)
{
    if (record.job.resultFiles.isEmpty()) {
        FileRecord results;
        results.seq = m_store.nextSeq();
        results.file.id = newId("file-");
        results.file.createdAt = now();
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
    record.job.status = QStringLiteral("running");
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
           && record.job.status == u"running") {
        record.stepSeconds -= duration;
        completeStep(record);
    }
    if (record.job.status == u"running" && record.stepsDone >= record.plan.totalSteps)
        succeed(record);
    else if (record.job.status == u"running")
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
        c.createdAt = now();
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
    record.job.status = QStringLiteral("succeeded");
    record.job.fineTunedModel = record.plan.fineTunedModel;
    record.job.finishedAt = now();
    record.job.estimatedFinish.reset();
    record.job.trainedTokens = record.plan.tokensPerEpoch * record.plan.epochs;
    addEvent(record, QStringLiteral("info"),
             QStringLiteral("New fine-tuned model created: %1").arg(record.plan.fineTunedModel));
    if (record.plan.service == u"openai")
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Usage policy evaluations completed, model is now enabled for sampling"));
    addEvent(record, QStringLiteral("info"), QStringLiteral("The job has successfully completed"));
}

void Simulator::fail(JobRecord &record, const QString &code, const QString &message, const QString &param)
{
    record.job.status = QStringLiteral("failed");
    record.job.finishedAt = now();
    record.job.estimatedFinish.reset();
    record.job.error = {code, message, param};
    addEvent(record, QStringLiteral("error"), message);
}

std::optional<ErrorSpec> Simulator::pause(JobRecord &record)
{
    if (record.job.status != u"running" || record.stepsDone < 1)
        return invalidState(
            QStringLiteral("Job %1 cannot be paused: only a running job that has trained at least "
                           "one step can be paused (status is %2, %3 step(s) trained).")
                .arg(record.job.id, record.job.status)
                .arg(record.stepsDone));
    record.statusBeforePause = record.job.status;
    record.job.status = QStringLiteral("paused");
    record.job.estimatedFinish.reset();
    addEvent(record, QStringLiteral("info"), QStringLiteral("Job paused at step %1").arg(record.stepsDone));
    return std::nullopt;
}

std::optional<ErrorSpec> Simulator::resume(JobRecord &record)
{
    if (record.job.status != u"paused")
        return invalidState(QStringLiteral("Job %1 cannot be resumed: it is %2, not paused.")
                                .arg(record.job.id, record.job.status));
    if (runningJob()) {
        record.job.status = QStringLiteral("queued");
        record.phaseSeconds = m_config.queuedMinSeconds;
        addEvent(record, QStringLiteral("info"),
                 QStringLiteral("Job resumed; waiting for the running job to finish"));
    } else {
        record.job.status = QStringLiteral("running");
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
    record.job.status = QStringLiteral("cancelled");
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

double Simulator::simSecondsSince(qint64 realMs) const
{
    return double(QDateTime::currentMSecsSinceEpoch() - realMs) / 1000.0 * m_speed;
}

void Simulator::reapDeletedDeployments()
{
    QStringList gone;
    for (const DeploymentRecord *d : m_store.deployments()) {
        if (d->deletingSinceMs > 0 && simSecondsSince(d->deletingSinceMs) >= m_config.deletingSeconds)
            gone << d->key();
    }
    for (const QString &key : std::as_const(gone)) {
        // Not removed (a full disk): still "Deleting", tried again at the next look.
        if (auto e = m_store.removeDeployment(key))
            qWarning("emulator: %s", qPrintable(e->message()));
    }
}

QString Simulator::provisioningState(const DeploymentRecord &record) const
{
    if (record.deletingSinceMs > 0)
        return QStringLiteral("Deleting");
    const double elapsed =
        double(QDateTime::currentMSecsSinceEpoch() - record.createdAtMs) / 1000.0 * m_speed;
    if (elapsed < m_config.acceptedSeconds)
        return QStringLiteral("Accepted");
    if (elapsed < m_config.acceptedSeconds + m_config.creatingSeconds)
        return QStringLiteral("Creating");
    return record.failed ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
}

} // namespace ft::emu
