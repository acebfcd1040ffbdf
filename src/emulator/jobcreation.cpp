#include "jobcreation.h"

#include "clock.h"
#include "filepresenter.h"
#include "ids.h"
#include "jobbodycheck.h"
#include "joblifecycle.h"
#include "modelindex.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"

#include <QRandomGenerator>

namespace ft::emu {

namespace js = core::js;
using core::MethodType;

JobCreation::JobCreation(Store &store, FilePresenter &files, ModelIndex &models)
    : m_store(store)
    , m_files(files)
    , m_models(models)
{ }

std::optional<ErrorSpec> JobCreation::create(const HttpRequest &r, const js::Json &body, JobRecord &out)
{
    const bool azure = isAzure(r.surface);
    if (r.surface == Surface::OpenAI) {
        if (auto e = unknownField(body))
            return e;
    }
    if (auto e = checkCreateJobBody(body))
        return e;
    const core::CreateJobRequest req = core::CreateJobRequest::fromJson(body);
    if (auto e = required(req))
        return e;
    Base chosen;
    if (auto e = base(req, r.surface, chosen))
        return e;
    if (auto e = method(req, body, *chosen.model))
        return e;
    if (auto e = options(req, body, azure))
        return e;
    QString tier;
    if (auto e = trainingType(req, *chosen.model, azure, tier))
        return e;
    if (auto e = files(req))
        return e;
    out = record(req, chosen, tier, azure);
    return std::nullopt;
}

std::optional<ErrorSpec> JobCreation::unknownField(const js::Json &body)
{
    static const QStringList known{
        QStringLiteral("model"),           QStringLiteral("training_file"), QStringLiteral("validation_file"),
        QStringLiteral("hyperparameters"), QStringLiteral("suffix"),        QStringLiteral("seed"),
        QStringLiteral("method"),          QStringLiteral("metadata"),      QStringLiteral("integrations")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!known.contains(key))
            return invalid(QStringLiteral("Unrecognized request argument supplied: %1").arg(key), key);
    }
    return std::nullopt;
}

std::optional<ErrorSpec> JobCreation::required(const core::CreateJobRequest &req)
{
    if (req.model.isEmpty())
        return invalid(QStringLiteral("Missing required parameter: 'model'."), QStringLiteral("model"));
    if (req.trainingFile.isEmpty())
        return invalid(QStringLiteral("Missing required parameter: 'training_file'."),
                       QStringLiteral("training_file"));
    return std::nullopt;
}

std::optional<ErrorSpec> JobCreation::base(const core::CreateJobRequest &req, Surface surface, Base &out)
{
    const core::CatalogModel *base = core::Catalog::builtin().find(req.model);
    out.name = base ? base->id : req.model;
    if (base && surface == Surface::OpenAI)
        out.name = base->openaiId;
    // Continued fine-tuning: a fine-tuned model or checkpoint of this resource.
    if (base && core::Catalog::baseOfFineTuned(req.model).size() > 0) {
        if (!m_models.jobOfModel(req.model))
            base = nullptr;
        else
            out.name = req.model;
    }
    out.model = base;
    if (base)
        return std::nullopt;
    const bool azure = isAzure(surface);
    return invalid(
        azure ? QStringLiteral("The specified base model does not support fine-tuning.")
              : QStringLiteral("Model %1 is not available for fine-tuning or does not exist.").arg(req.model),
        QStringLiteral("model"),
        azure ? QStringLiteral("invalidPayload") : QStringLiteral("model_not_available"));
}

std::optional<ErrorSpec> JobCreation::method(const core::CreateJobRequest &req, const js::Json &body,
                                             const core::CatalogModel &base)
{
    const js::Json *methodJson = js::find(body, "method");
    if (methodJson && !methodJson->is_object())
        return invalid(QStringLiteral("'method' must be an object."), QStringLiteral("method"));
    if (req.method.type == MethodType::Unknown)
        return invalid(QStringLiteral("Invalid value for 'method.type': '%1'. Supported values are: "
                                      "supervised, dpo, reinforcement.")
                           .arg(req.method.typeName),
                       QStringLiteral("method.type"));
    if (!base.supports(req.method.type))
        return invalid(QStringLiteral("Model %1 does not support fine-tuning method '%2'.")
                           .arg(base.id, req.method.typeName),
                       QStringLiteral("method.type"));
    if (auto e = hyperparameters(req.method, methodJson ? *methodJson : js::Json::object()))
        return e;
    if (req.method.type != MethodType::Reinforcement)
        return std::nullopt;
    const QString grader = QStringLiteral("method.reinforcement.grader");
    if (!req.method.grader)
        return invalid(QStringLiteral("Reinforcement fine-tuning requires a grader."), grader);
    const QStringList problems = req.method.grader->problems();
    if (!problems.isEmpty())
        return invalid(QStringLiteral("Invalid grader: %1").arg(problems.join(u' ')), grader);
    if (req.validationFile.isEmpty())
        return invalid(QStringLiteral("Reinforcement fine-tuning requires a validation file."),
                       QStringLiteral("validation_file"));
    return std::nullopt;
}

// Range checks of the hyperparameters the contract gives each method.
std::optional<ErrorSpec> JobCreation::hyperparameters(const core::Method &m, const js::Json &raw)
{
    const core::Catalog &catalog = core::Catalog::builtin();
    struct Rule
    {
        const char *key;
        const core::HyperParam *value;
        bool dpo;
        bool rft;
    };
    const auto &h = m.hyperparameters;
    const Rule rules[] = {
        {"batch_size", &h.batchSize, false, false},
        {"learning_rate_multiplier", &h.learningRateMultiplier, false, false},
        {"n_epochs", &h.nEpochs, false, false},
        {"beta", &h.beta, true, false},
        {"l2_multiplier", &h.l2Multiplier, true, false},
        {"compute_multiplier", &h.computeMultiplier, false, true},
        {"eval_interval", &h.evalInterval, false, true},
        {"eval_samples", &h.evalSamples, false, true},
    };
    const js::Json *block = js::find(raw, js::s(m.typeName));
    const js::Json *hp = block ? js::find(*block, "hyperparameters") : nullptr;
    for (const Rule &rule : rules) {
        const QString key = QLatin1String(rule.key);
        const QString param = QStringLiteral("method.%1.hyperparameters.%2").arg(m.typeName, key);
        const js::Json *given = hp ? js::find(*hp, rule.key) : nullptr;
        if (!given)
            continue;
        if ((rule.dpo && m.type != MethodType::Dpo) || (rule.rft && m.type != MethodType::Reinforcement))
            return invalid(
                QStringLiteral("Hyperparameter '%1' is not supported for method '%2'.").arg(key, m.typeName),
                param);
        if (!rule.value->isPresent())
            return invalid(QStringLiteral("Invalid type for '%1': expected \"auto\" or a number.").arg(key),
                           param);
        if (rule.value->isNumber()) {
            const core::NumberRange range = catalog.hyperparameterRange(key);
            if (!range.contains(rule.value->number()))
                return invalid(QStringLiteral("Invalid value for '%1': %2 is out of range (%3).")
                                   .arg(key, rule.value->toString(), range.describe()),
                               param);
        }
    }
    if (m.type == MethodType::Reinforcement && !h.reasoningEffort.isEmpty()
        && !catalog.reasoningEfforts().contains(h.reasoningEffort))
        return invalid(QStringLiteral("Invalid value for 'reasoning_effort': '%1'.").arg(h.reasoningEffort),
                       QStringLiteral("method.reinforcement.hyperparameters.reasoning_effort"));
    return std::nullopt;
}

std::optional<ErrorSpec> JobCreation::options(const core::CreateJobRequest &req, const js::Json &body,
                                              bool azure)
{
    const core::Catalog &catalog = core::Catalog::builtin();
    const js::Json *suffix = js::find(body, "suffix");
    if (suffix && !suffix->is_null() && (!suffix->is_string() || req.suffix.isEmpty()))
        return invalid(QStringLiteral("Invalid 'suffix': expected a non-empty string."),
                       QStringLiteral("suffix"));
    if (auto why = catalog.suffixRule(azure).check(req.suffix))
        return invalid(*why, QStringLiteral("suffix"));
    if (const js::Json *seed = js::find(body, "seed"); seed && !seed->is_null()) {
        if (!req.seed || *req.seed < 0 || *req.seed > catalog.seedMax())
            return invalid(QStringLiteral("Invalid 'seed': expected an integer between 0 and %1.")
                               .arg(catalog.seedMax()),
                           QStringLiteral("seed"));
    }
    if (req.metadata.size() > 16)
        return invalid(QStringLiteral("'metadata' can hold at most 16 pairs."), QStringLiteral("metadata"));
    for (auto it = req.metadata.begin(); it != req.metadata.end(); ++it) {
        if (it.key().size() > 64 || it.value().size() > 512)
            return invalid(QStringLiteral("Metadata keys are limited to 64 characters and values to 512."),
                           QStringLiteral("metadata"));
    }
    for (const auto &integration : req.integrations) {
        if (integration.type != u"wandb" || integration.project.isEmpty())
            return invalid(QStringLiteral("Each integration must be of type wandb with a project."),
                           QStringLiteral("integrations"));
    }
    return std::nullopt;
}

std::optional<ErrorSpec> JobCreation::trainingType(const core::CreateJobRequest &req,
                                                   const core::CatalogModel &base, bool azure, QString &out)
{
    if (!azure)
        return std::nullopt;
    out = req.trainingType.isEmpty() ? base.trainingTypes.value(0) : req.trainingType;
    if (!core::Catalog::builtin().trainingTier(out))
        return invalid(QStringLiteral("Invalid trainingType '%1'. Supported values are: standard, "
                                      "globalStandard, developerTier.")
                           .arg(out),
                       QStringLiteral("trainingType"));
    if (!base.supportsTrainingType(out))
        return invalid(QStringLiteral("The specified trainingType '%1' is not supported for model %2. "
                                      "Supported: %3.")
                           .arg(out, base.id, base.trainingTypes.join(QStringLiteral(", "))),
                       QStringLiteral("trainingType"));
    return std::nullopt;
}

std::optional<ErrorSpec> JobCreation::files(const core::CreateJobRequest &req) const
{
    for (const auto &[fileId, param] : {std::pair{req.trainingFile, QStringLiteral("training_file")},
                                        std::pair{req.validationFile, QStringLiteral("validation_file")}}) {
        if (fileId.isEmpty())
            continue;
        const FileRecord *f = m_store.file(fileId);
        if (!f)
            return invalid(QStringLiteral("Invalid file ID: %1 (file not found).").arg(fileId), param,
                           QStringLiteral("invalid_file"));
        if (f->file.purpose != u"fine-tune")
            return invalid(QStringLiteral("File %1 has purpose '%2'; fine-tuning needs purpose 'fine-tune'.")
                               .arg(fileId, f->file.purpose),
                           param, QStringLiteral("invalid_file"));
        const QString status = m_files.status(*f);
        if (status != u"processed" && status != u"uploaded")
            return invalid(QStringLiteral("File %1 is not ready for use (status %2). Wait until it is "
                                          "processed.")
                               .arg(fileId, status),
                           param, QStringLiteral("file_not_ready"));
    }
    return std::nullopt;
}

JobRecord JobCreation::record(const core::CreateJobRequest &req, const Base &base,
                              const QString &trainingType, bool azure)
{
    JobRecord rec;
    rec.seq = m_store.nextSeq();
    rec.plan.service = azure ? QStringLiteral("azure") : QStringLiteral("openai");
    core::FineTuningJob &job = rec.job;
    job.id = newId("ftjob-");
    job.model = base.name;
    job.createdAt = Clock::nowSeconds();
    JobLifecycle::move(job, core::JobState::Validating);
    job.trainingFile = req.trainingFile;
    job.validationFile = req.validationFile;
    job.suffix = req.suffix;
    job.seed = req.seed ? *req.seed : qint64(QRandomGenerator::global()->bounded(2147483647));
    job.method = req.method;
    job.method->typeName = core::methodTypeName(req.method.type);
    core::Hyperparameters &h = job.method->hyperparameters;
    for (core::HyperParam *p : {&h.batchSize, &h.learningRateMultiplier, &h.nEpochs})
        if (!p->isPresent())
            *p = core::HyperParam::autoValue();
    if (req.method.type == MethodType::Dpo && !h.beta.isPresent())
        h.beta = core::HyperParam::autoValue();
    if (req.method.type == MethodType::Reinforcement) {
        for (core::HyperParam *p : {&h.computeMultiplier, &h.evalInterval, &h.evalSamples})
            if (!p->isPresent())
                *p = core::HyperParam::autoValue();
        if (h.reasoningEffort.isEmpty())
            h.reasoningEffort = QStringLiteral("default");
    }
    job.hyperparameters.batchSize = h.batchSize;
    job.hyperparameters.learningRateMultiplier = h.learningRateMultiplier;
    job.hyperparameters.nEpochs = h.nEpochs;
    job.metadata = req.metadata.isEmpty() ? std::nullopt : std::optional(req.metadata);
    job.integrations = req.integrations;
    for (auto &i : job.integrations)
        i.runId = job.id;
    job.trainingType = trainingType;
    return rec;
}

} // namespace ft::emu
