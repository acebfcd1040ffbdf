// Fine-tuning jobs: create with the service's checks, list, get, cancel/pause/resume, events, checkpoints.

#include "ids.h"
#include "jobbodycheck.h"
#include "paging.h"
#include "service.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "core/checkpointcopy.h"
#include "core/jsonutil.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace ft::emu {

namespace js = core::js;
using core::MethodType;

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString classicStatus(const QString &status)
{
    if (status == u"validating_files" || status == u"queued")
        return QStringLiteral("pending");
    return status;
}

// Range checks of the hyperparameters the contract gives each method.
std::optional<ErrorSpec> checkHyperparameters(const core::Method &m, const js::Json &raw)
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
} // namespace

nlohmann::ordered_json Service::presentJob(const JobRecord &record, Surface surface)
{
    core::FineTuningJob job = record.job;
    job.organizationId = m_sim.config().organization;
    js::Json o = job.toJson();
    if (job.status == u"queued")
        o["queue_position"] = m_sim.queuePosition(record); // not in the contract: extra information
    if (surface == Surface::AzureClassic) {
        o["status"] = js::s(classicStatus(job.status));
        o["organisation_id"] = o["organization_id"];
        o.erase("organization_id");
        o.erase("user_provided_suffix");
        o.erase("metadata");
        if (!job.suffix.isEmpty())
            o["suffix"] = js::s(job.suffix);
        for (auto key : {"finished_at", "estimated_finish", "fine_tuned_model", "trained_tokens", "error",
                         "validation_file"}) {
            if (o.contains(key) && o[key].is_null())
                o.erase(key);
        }
        // Classic types hyperparameters as numbers and spells "auto" as -1 (its own example does).
        auto classicNumbers = [](js::Json &h) {
            if (!h.is_object())
                return;
            for (auto it = h.begin(); it != h.end(); ++it) {
                if (it.value() == "auto")
                    it.value() = -1;
            }
        };
        classicNumbers(o["hyperparameters"]);
        if (o.contains("method") && o["method"].is_object()) {
            for (auto it = o["method"].begin(); it != o["method"].end(); ++it) {
                if (it.value().is_object() && it.value().contains("hyperparameters"))
                    classicNumbers(it.value()["hyperparameters"]);
            }
        }
    }
    if (surface == Surface::OpenAI)
        o.erase("trainingType");
    return o;
}

nlohmann::ordered_json Service::presentEvent(const core::JobEvent &event, Surface surface) const
{
    js::Json o = event.toJson();
    const bool warn = event.levelKind() == core::JobEvent::Level::Warning;
    if (warn)
        o["level"] = surface == Surface::AzureClassic ? "warning" : "warn";
    return o;
}

HttpReply Service::createJob(const HttpRequest &r)
{
    js::Json body;
    if (auto e = parseJsonBody(r, body))
        return error(r, *e);
    const core::Catalog &catalog = core::Catalog::builtin();
    const bool azure = isAzure(r.surface);

    if (r.surface == Surface::OpenAI) {
        static const QStringList known{QStringLiteral("model"),           QStringLiteral("training_file"),
                                       QStringLiteral("validation_file"), QStringLiteral("hyperparameters"),
                                       QStringLiteral("suffix"),          QStringLiteral("seed"),
                                       QStringLiteral("method"),          QStringLiteral("metadata"),
                                       QStringLiteral("integrations")};
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!known.contains(key))
                return error(
                    r, invalid(QStringLiteral("Unrecognized request argument supplied: %1").arg(key), key));
        }
    }
    if (auto e = checkCreateJobBody(body))
        return error(r, *e);
    core::CreateJobRequest req = core::CreateJobRequest::fromJson(body);
    if (req.model.isEmpty())
        return error(
            r, invalid(QStringLiteral("Missing required parameter: 'model'."), QStringLiteral("model")));
    if (req.trainingFile.isEmpty())
        return error(r,
                     invalid(QStringLiteral("Missing required parameter: 'training_file'."),
                             QStringLiteral("training_file")));

    // The base: a catalog model, or a fine-tuned model / checkpoint of this resource (continued fine-tuning).
    const core::CatalogModel *base = catalog.find(req.model);
    QString modelName = base ? base->id : req.model;
    if (base && r.surface == Surface::OpenAI)
        modelName = base->openaiId;
    if (base && core::Catalog::baseOfFineTuned(req.model).size() > 0) {
        const JobRecord *origin = jobOfModel(req.model);
        if (!origin)
            base = nullptr;
        else
            modelName = req.model;
    }
    if (!base) {
        ErrorSpec e =
            invalid(azure ? QStringLiteral("The specified base model does not support fine-tuning.")
                          : QStringLiteral("Model %1 is not available for fine-tuning or does not exist.")
                                .arg(req.model),
                    QStringLiteral("model"),
                    azure ? QStringLiteral("invalidPayload") : QStringLiteral("model_not_available"));
        return error(r, e);
    }

    const js::Json *methodJson = js::find(body, "method");
    if (methodJson && !methodJson->is_object())
        return error(r, invalid(QStringLiteral("'method' must be an object."), QStringLiteral("method")));
    if (req.method.type == MethodType::Unknown)
        return error(r,
                     invalid(QStringLiteral("Invalid value for 'method.type': '%1'. Supported values are: "
                                            "supervised, dpo, reinforcement.")
                                 .arg(req.method.typeName),
                             QStringLiteral("method.type")));
    if (!base->supports(req.method.type))
        return error(r,
                     invalid(QStringLiteral("Model %1 does not support fine-tuning method '%2'.")
                                 .arg(base->id, req.method.typeName),
                             QStringLiteral("method.type")));
    if (auto e = checkHyperparameters(req.method, methodJson ? *methodJson : js::Json::object()))
        return error(r, *e);
    if (req.method.type == MethodType::Reinforcement) {
        if (!req.method.grader)
            return error(r,
                         invalid(QStringLiteral("Reinforcement fine-tuning requires a grader."),
                                 QStringLiteral("method.reinforcement.grader")));
        const QStringList problems = req.method.grader->problems();
        if (!problems.isEmpty())
            return error(r,
                         invalid(QStringLiteral("Invalid grader: %1").arg(problems.join(u' ')),
                                 QStringLiteral("method.reinforcement.grader")));
        if (req.validationFile.isEmpty())
            return error(r,
                         invalid(QStringLiteral("Reinforcement fine-tuning requires a validation file."),
                                 QStringLiteral("validation_file")));
    }

    const core::SuffixRule rule = catalog.suffixRule(azure);
    if (js::find(body, "suffix") && !js::find(body, "suffix")->is_null()
        && (!js::find(body, "suffix")->is_string() || req.suffix.isEmpty()))
        return error(r,
                     invalid(QStringLiteral("Invalid 'suffix': expected a non-empty string."),
                             QStringLiteral("suffix")));
    if (auto why = rule.check(req.suffix))
        return error(r, invalid(*why, QStringLiteral("suffix")));
    if (const js::Json *seed = js::find(body, "seed"); seed && !seed->is_null()) {
        if (!req.seed || *req.seed < 0 || *req.seed > catalog.seedMax())
            return error(r,
                         invalid(QStringLiteral("Invalid 'seed': expected an integer between 0 and %1.")
                                     .arg(catalog.seedMax()),
                                 QStringLiteral("seed")));
    }
    if (req.metadata.size() > 16)
        return error(
            r, invalid(QStringLiteral("'metadata' can hold at most 16 pairs."), QStringLiteral("metadata")));
    for (auto it = req.metadata.begin(); it != req.metadata.end(); ++it) {
        if (it.key().size() > 64 || it.value().size() > 512)
            return error(
                r,
                invalid(QStringLiteral("Metadata keys are limited to 64 characters and values to 512."),
                        QStringLiteral("metadata")));
    }
    for (const auto &integration : req.integrations) {
        if (integration.type != u"wandb" || integration.project.isEmpty())
            return error(r,
                         invalid(QStringLiteral("Each integration must be of type wandb with a project."),
                                 QStringLiteral("integrations")));
    }

    QString trainingType;
    if (azure) {
        trainingType = req.trainingType.isEmpty() ? base->trainingTypes.value(0) : req.trainingType;
        if (!catalog.trainingTier(trainingType))
            return error(r,
                         invalid(QStringLiteral("Invalid trainingType '%1'. Supported values are: standard, "
                                                "globalStandard, developerTier.")
                                     .arg(trainingType),
                                 QStringLiteral("trainingType")));
        if (!base->supportsTrainingType(trainingType))
            return error(
                r,
                invalid(QStringLiteral("The specified trainingType '%1' is not supported for model %2. "
                                       "Supported: %3.")
                            .arg(trainingType, base->id, base->trainingTypes.join(QStringLiteral(", "))),
                        QStringLiteral("trainingType")));
    }

    for (const auto &[fileId, param] : {std::pair{req.trainingFile, QStringLiteral("training_file")},
                                        std::pair{req.validationFile, QStringLiteral("validation_file")}}) {
        if (fileId.isEmpty())
            continue;
        const FileRecord *f = m_store.file(fileId);
        if (!f)
            return error(r,
                         invalid(QStringLiteral("Invalid file ID: %1 (file not found).").arg(fileId), param,
                                 QStringLiteral("invalid_file")));
        if (f->file.purpose != u"fine-tune")
            return error(
                r,
                invalid(QStringLiteral("File %1 has purpose '%2'; fine-tuning needs purpose 'fine-tune'.")
                            .arg(fileId, f->file.purpose),
                        param, QStringLiteral("invalid_file")));
        const QString status = fileStatus(*f, r.surface);
        if (status != u"processed" && status != u"uploaded")
            return error(r,
                         invalid(QStringLiteral("File %1 is not ready for use (status %2). Wait until it is "
                                                "processed.")
                                     .arg(fileId, status),
                                 param, QStringLiteral("file_not_ready")));
    }

    JobRecord rec;
    rec.seq = m_store.nextSeq();
    rec.plan.service = azure ? QStringLiteral("azure") : QStringLiteral("openai");
    core::FineTuningJob &job = rec.job;
    job.id = newId("ftjob-");
    job.model = modelName;
    job.createdAt = now();
    job.status = QStringLiteral("validating_files");
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
    m_sim.jobCreated(rec);
    if (auto failed = m_store.saveJob(rec))
        return notSaved(r, *failed);
    const JobRecord *stored = m_store.job(job.id);

    HttpReply reply =
        HttpReply::json(r.surface == Surface::AzureClassic ? 201 : 200, presentJob(*stored, r.surface));
    if (r.surface == Surface::AzureClassic)
        reply.setHeader("Location", (r.baseUrl + QStringLiteral("/fine_tuning/jobs/") + job.id).toUtf8());
    return reply;
}

HttpReply Service::listJobs(const HttpRequest &r)
{
    int limit = 0;
    QString after;
    if (auto e = pageArgs(r, 20, 100, limit, after))
        return error(r, *e);
    // metadata[k]=v filters; metadata=null lists jobs without metadata.
    QMap<QString, QString> wanted;
    bool wantNoMetadata = false;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(QStringLiteral("metadata[")) && key.endsWith(u']'))
            wanted.insert(key.mid(9, key.size() - 10), value);
        else if (key == u"metadata" && value == u"null")
            wantNoMetadata = true;
    }
    QList<JobRecord *> all;
    for (JobRecord *rec : m_store.jobs()) {
        const auto &md = rec->job.metadata;
        if (wantNoMetadata && md && !md->isEmpty())
            continue;
        bool match = true;
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (!md || md->value(it.key()) != it.value() || !md->contains(it.key()))
                match = false;
        }
        if (match)
            all.append(rec);
    }
    const auto page = slicePage(all, after, limit, [](const JobRecord *j) { return j->job.id; });
    js::Json data = js::Json::array();
    for (const JobRecord *rec : page.items)
        data.push_back(presentJob(*rec, r.surface));
    return HttpReply::json(200, js::Json{{"object", "list"}, {"data", data}, {"has_more", page.hasMore}});
}

HttpReply Service::getJob(const HttpRequest &r, const QString &id)
{
    const JobRecord *rec = m_store.job(id);
    if (!rec)
        return error(r, notFound(r.surface, QStringLiteral("fine-tuning job"), id));
    return HttpReply::json(200, presentJob(*rec, r.surface));
}

HttpReply Service::deleteJob(const HttpRequest &r, const QString &id)
{
    JobRecord *rec = m_store.job(id);
    if (!rec)
        return error(r, notFound(r.surface, QStringLiteral("fine-tuning job"), id));
    if (!rec->job.fineTunedModel.isEmpty() && !rec->modelDeleted && isDeployed(rec->job.fineTunedModel))
        return error(
            r,
            invalidState(QStringLiteral("The fine-tuned model %1 has a deployment; delete the deployment "
                                        "before deleting the job.")
                             .arg(rec->job.fineTunedModel)));
    if (core::isActive(rec->job.state()))
        return error(r,
                     invalidState(QStringLiteral("Job %1 is %2; cancel it before deleting it.")
                                      .arg(id, classicStatus(rec->job.status))));
    if (auto failed = m_store.removeJob(id))
        return notSaved(r, *failed);
    return HttpReply::empty(204);
}

HttpReply Service::jobAction(const HttpRequest &r, const QString &id, const QString &action)
{
    const JobRecord *rec = m_store.job(id);
    if (!rec)
        return error(r, notFound(r.surface, QStringLiteral("fine-tuning job"), id));
    JobRecord changed = *rec;
    std::optional<ErrorSpec> refused;
    if (action == u"cancel")
        refused = m_sim.cancel(changed);
    else if (action == u"pause")
        refused = m_sim.pause(changed);
    else
        refused = m_sim.resume(changed);
    if (refused)
        return error(r, *refused);
    if (auto failed = m_store.saveJob(changed))
        return notSaved(r, *failed);
    return HttpReply::json(200, presentJob(*m_store.job(id), r.surface));
}

HttpReply Service::listEvents(const HttpRequest &r, const QString &id)
{
    const JobRecord *rec = m_store.job(id);
    if (!rec)
        return error(r, notFound(r.surface, QStringLiteral("fine-tuning job"), id));
    int limit = 0;
    QString after;
    if (auto e = pageArgs(r, 20, 10000, limit, after))
        return error(r, *e);
    QList<core::JobEvent> newestFirst(rec->events.crbegin(), rec->events.crend());
    const auto page = slicePage(newestFirst, after, limit, [](const core::JobEvent &e) { return e.id; });
    js::Json data = js::Json::array();
    for (const auto &e : page.items)
        data.push_back(presentEvent(e, r.surface));
    return HttpReply::json(200, js::Json{{"object", "list"}, {"data", data}, {"has_more", page.hasMore}});
}

HttpReply Service::listCheckpoints(const HttpRequest &r, const QString &id)
{
    const JobRecord *rec = m_store.job(id);
    if (!rec)
        return error(r, notFound(r.surface, QStringLiteral("fine-tuning job"), id));
    int limit = 0;
    QString after;
    if (auto e = pageArgs(r, 10, 100, limit, after))
        return error(r, *e);
    QList<core::Checkpoint> newestFirst(rec->checkpoints.crbegin(), rec->checkpoints.crend());
    const auto page = slicePage(newestFirst, after, limit, [](const core::Checkpoint &c) { return c.id; });
    js::Json data = js::Json::array();
    for (const auto &c : page.items)
        data.push_back(c.toJson());
    js::Json body{{"object", "list"}, {"data", data}, {"has_more", page.hasMore}};
    if (r.surface != Surface::AzureClassic) {
        body["first_id"] = page.items.isEmpty() ? js::Json(nullptr) : js::Json(js::s(page.items.first().id));
        body["last_id"] = page.items.isEmpty() ? js::Json(nullptr) : js::Json(js::s(page.items.last().id));
    }
    return HttpReply::json(200, body);
}

HttpReply Service::checkpointCopy(const HttpRequest &r, const QString &jobId, const QString &checkpointId)
{
    if (r.header("aoai-copy-ft-checkpoints") != "preview")
        return error(
            r,
            invalid(QStringLiteral("The header aoai-copy-ft-checkpoints: preview is required for this "
                                   "preview operation."),
                    QStringLiteral("aoai-copy-ft-checkpoints")));
    const JobRecord *rec = m_store.job(jobId);
    if (!rec)
        return error(r, notFound(r.surface, QStringLiteral("fine-tuning job"), jobId));
    const auto ckpt =
        std::find_if(rec->checkpoints.cbegin(), rec->checkpoints.cend(),
                     [&checkpointId](const core::Checkpoint &c) { return c.id == checkpointId; });
    if (ckpt == rec->checkpoints.cend())
        return error(r, notFound(r.surface, QStringLiteral("checkpoint"), checkpointId));
    const QString checkpointedModel = ckpt->fineTunedModelCheckpoint;
    if (r.method == "POST") {
        js::Json body;
        if (auto e = parseJsonBody(r, body))
            return error(r, *e);
        const QString destination = js::str(body, "destinationResourceId");
        const QString region = js::str(body, "region");
        if (!destination.startsWith(QStringLiteral("/subscriptions/")) || region.isEmpty())
            return error(
                r,
                invalid(QStringLiteral("destinationResourceId (an ARM resource id) and region are required."),
                        QStringLiteral("destinationResourceId")));
        JobRecord changed = *rec;
        changed.copies.append({checkpointId, destination, region, QDateTime::currentMSecsSinceEpoch()});
        if (auto failed = m_store.saveJob(changed))
            return notSaved(r, *failed);
    }
    core::CheckpointCopy copy;
    copy.checkpointedModelName = checkpointedModel;
    copy.fineTuningJobId = jobId;
    for (const CheckpointCopyRecord &c : rec->copies) {
        if (c.checkpointId != checkpointId)
            continue;
        const double elapsed =
            double(QDateTime::currentMSecsSinceEpoch() - c.startedAtMs) / 1000.0 * m_sim.speed();
        copy.copiedAccountDetails.append(
            {c.destinationResourceId, c.region,
             elapsed >= 5.0 ? QStringLiteral("Completed") : QStringLiteral("InProgress")});
    }
    if (copy.copiedAccountDetails.isEmpty())
        return error(r, notFound(r.surface, QStringLiteral("checkpoint copy"), checkpointId));
    return HttpReply::json(200, copy.toJson());
}

HttpReply Service::validateGrader(const HttpRequest &r)
{
    js::Json body;
    if (auto e = parseJsonBody(r, body))
        return error(r, *e);
    const js::Json *g = js::find(body, "grader");
    if (!g || !g->is_object())
        return error(
            r, invalid(QStringLiteral("Missing required parameter: 'grader'."), QStringLiteral("grader")));
    const core::Grader grader = core::Grader::fromJson(*g);
    const QStringList problems = grader.problems();
    if (!problems.isEmpty())
        return error(r, invalid(problems.join(u' '), QStringLiteral("grader")));
    return HttpReply::json(200, js::Json{{"grader", grader.toJson()}});
}

} // namespace ft::emu
