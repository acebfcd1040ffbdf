#include "jobplanner.h"

#include "store.h"

#include "core/catalog.h"
#include "core/datasetvalidator.h"
#include "core/jsonutil.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace ft::emu {

using core::MethodType;

namespace {
int resolveInt(const core::HyperParam &p, int fallback)
{
    return p.isNumber() ? int(std::llround(p.number())) : fallback;
}

double resolveReal(const core::HyperParam &p, double fallback)
{
    return p.isNumber() ? p.number() : fallback;
}
} // namespace

JobPlanner::JobPlanner(Store &store, const SimConfig &config)
    : m_store(store)
    , m_config(config)
{ }

std::optional<JobPlanner::Refusal> JobPlanner::plan(JobRecord &record) const
{
    core::Method m = record.job.method.value_or(core::Method::ofType(MethodType::Supervised));
    Stats train;
    Stats valid;
    if (auto refused = scan(record.job.trainingFile, false, m, train))
        return refused;
    if (!record.job.validationFile.isEmpty()) {
        if (auto refused = scan(record.job.validationFile, true, m, valid))
            return refused;
    }
    resolve(record, m, train, valid);
    return std::nullopt;
}

std::optional<JobPlanner::Refusal> JobPlanner::scan(const QString &fileId, bool isValidation,
                                                    const core::Method &m, Stats &stats) const
{
    const QString which = isValidation ? QStringLiteral("validation") : QStringLiteral("training");
    const QString param = isValidation ? QStringLiteral("validation_file") : QStringLiteral("training_file");
    if (!m_store.file(fileId))
        return Refusal{
            QStringLiteral("The job failed because the %1 file %2 was not found.").arg(which, fileId), param};
    auto options = core::DatasetValidator::defaultOptions(m.type, isValidation);
    if (m.type == MethodType::Reinforcement && m.grader)
        options.requiredItemKeys = m.grader->referencedItemKeys();
    core::DatasetValidator validator(options);
    validator.setExampleHook([&stats](qint64, const nlohmann::ordered_json &example) {
        ++stats.examples;
        // Until the tokenizer lands in core, estimate four bytes per token.
        stats.tokens += qint64(example.dump().size() / 4) + 1;
    });
    QFile f(m_store.blobPath(fileId));
    if (!f.open(QIODevice::ReadOnly))
        return Refusal{
            QStringLiteral("The job failed because the %1 file %2 could not be read.").arg(which, fileId),
            param};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
        validator.addData(QByteArrayView(buffer.constData(), n));
    const core::DatasetReport report = validator.finish();
    if (report.hasErrors())
        return Refusal{
            QStringLiteral("The job failed due to an invalid %1 file. %2").arg(which, report.errorSummary()),
            param};
    return std::nullopt;
}

void JobPlanner::resolve(JobRecord &record, core::Method &m, const Stats &train, const Stats &valid) const
{
    const core::Catalog &catalog = core::Catalog::builtin();
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
    if (m.type == MethodType::Dpo) {
        plan.beta = resolveReal(h.beta, m_config.autoBeta);
        h.beta = core::HyperParam::real(plan.beta);
    }
    if (m.type == MethodType::Reinforcement)
        resolveReinforcement(plan, m);
    record.job.method = m;
    record.job.hyperparameters.nEpochs = h.nEpochs;
    record.job.hyperparameters.batchSize = h.batchSize;
    record.job.hyperparameters.learningRateMultiplier = h.learningRateMultiplier;
    plan.ready = true;
}

void JobPlanner::resolveReinforcement(JobPlan &plan, core::Method &m) const
{
    core::Hyperparameters &h = m.hyperparameters;
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
    if (!m.grader)
        return;
    if (m.grader->type == core::Grader::Type::Multi) {
        for (const auto &[name, sub] : m.grader->graders)
            plan.graderNames << name;
    } else {
        plan.graderNames << m.grader->name;
    }
}

} // namespace ft::emu
