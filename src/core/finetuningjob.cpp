#include "finetuningjob.h"

#include "jsonutil.h"

namespace ft::core {

JobState jobStateFromStatus(QStringView s)
{
    if (s == u"validating_files")
        return JobState::Validating;
    if (s == u"queued" || s == u"pending" || s == u"created" || s == u"notRunning")
        return JobState::Queued;
    if (s == u"running")
        return JobState::Running;
    if (s == u"pausing")
        return JobState::Pausing;
    if (s == u"paused")
        return JobState::Paused;
    if (s == u"resuming")
        return JobState::Resuming;
    if (s == u"succeeded")
        return JobState::Succeeded;
    if (s == u"failed")
        return JobState::Failed;
    if (s == u"cancelled" || s == u"canceled")
        return JobState::Cancelled;
    return JobState::Unknown;
}

bool isTerminal(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

bool isActive(JobState state)
{
    switch (state) {
    case JobState::Validating:
    case JobState::Queued:
    case JobState::Running:
    case JobState::Pausing:
    case JobState::Resuming:
        return true;
    default:
        return false;
    }
}

Integration Integration::fromJson(const nlohmann::ordered_json &value)
{
    Integration i;
    i.type = js::str(value, "type", QStringLiteral("wandb"));
    const js::Json *w = js::find(value, "wandb");
    if (w && w->is_object()) {
        i.project = js::str(*w, "project");
        i.name = js::str(*w, "name");
        i.entity = js::str(*w, "entity");
        i.runId = js::str(*w, "run_id");
        i.tags = js::strList(*w, "tags");
        i.extra = js::extras(*w, {"project", "name", "entity", "run_id", "tags"});
    }
    return i;
}

nlohmann::ordered_json Integration::toJson() const
{
    js::Json w = js::Json::object();
    w["project"] = js::s(project);
    if (!name.isEmpty())
        w["name"] = js::s(name);
    if (!entity.isEmpty())
        w["entity"] = js::s(entity);
    if (!runId.isEmpty())
        w["run_id"] = js::s(runId);
    if (!tags.isEmpty()) {
        w["tags"] = js::Json::array();
        for (const auto &t : tags)
            w["tags"].push_back(js::s(t));
    }
    js::mergeExtras(w, extra);
    return js::Json{{"type", js::s(type)}, {"wandb", w}};
}

namespace {
QList<Integration> integrationsOf(const js::Json &value)
{
    QList<Integration> out;
    if (const auto *list = js::find(value, "integrations"); list && list->is_array()) {
        for (const auto &x : *list)
            out << Integration::fromJson(x);
    }
    return out;
}

js::Json integrationsJson(const QList<Integration> &list)
{
    js::Json a = js::Json::array();
    for (const auto &i : list)
        a.push_back(i.toJson());
    return a;
}

js::Json metadataJson(const QMap<QString, QString> &map)
{
    js::Json o = js::Json::object();
    for (auto it = map.begin(); it != map.end(); ++it)
        o[js::s(it.key())] = js::s(it.value());
    return o;
}
} // namespace

Hyperparameters FineTuningJob::effectiveHyperparameters() const
{
    Hyperparameters h = method ? method->hyperparameters : Hyperparameters{};
    if (!h.batchSize.isPresent())
        h.batchSize = hyperparameters.batchSize;
    if (!h.learningRateMultiplier.isPresent())
        h.learningRateMultiplier = hyperparameters.learningRateMultiplier;
    if (!h.nEpochs.isPresent())
        h.nEpochs = hyperparameters.nEpochs;
    return h;
}

FineTuningJob FineTuningJob::fromJson(const nlohmann::ordered_json &v)
{
    FineTuningJob j;
    j.id = js::str(v, "id");
    j.object = js::str(v, "object", QStringLiteral("fine_tuning.job"));
    j.model = js::str(v, "model");
    j.fineTunedModel = js::str(v, "fine_tuned_model");
    j.organizationId = js::str(v, "organization_id", js::str(v, "organisation_id"));
    j.status = js::str(v, "status");
    j.trainingFile = js::str(v, "training_file");
    j.validationFile = js::str(v, "validation_file");
    j.suffix = js::str(v, "user_provided_suffix", js::str(v, "suffix"));
    j.trainingType = js::str(v, "trainingType");
    j.createdAt = js::int64(v, "created_at");
    j.finishedAt = js::optInt(v, "finished_at");
    j.estimatedFinish = js::optInt(v, "estimated_finish");
    j.trainedTokens = js::optInt(v, "trained_tokens");
    j.seed = js::optInt(v, "seed");
    j.resultFiles = js::strList(v, "result_files");
    if (const auto *h = js::find(v, "hyperparameters"); h && h->is_object())
        j.hyperparameters = Hyperparameters::fromJson(*h);
    if (const auto *m = js::find(v, "method"); m && m->is_object())
        j.method = Method::fromJson(*m);
    if (const auto *e = js::find(v, "error"); e && e->is_object()) {
        j.error.code = js::str(*e, "code");
        j.error.message = js::str(*e, "message");
        j.error.param = js::str(*e, "param");
    }
    if (const auto *md = js::find(v, "metadata"); md && md->is_object())
        j.metadata = js::strMap(v, "metadata");
    j.integrations = integrationsOf(v);
    j.extra = js::extras(v,
                         {"id",
                          "object",
                          "model",
                          "fine_tuned_model",
                          "organization_id",
                          "organisation_id",
                          "status",
                          "training_file",
                          "validation_file",
                          "user_provided_suffix",
                          "suffix",
                          "trainingType",
                          "created_at",
                          "finished_at",
                          "estimated_finish",
                          "trained_tokens",
                          "seed",
                          "result_files",
                          "hyperparameters",
                          "method",
                          "error",
                          "metadata",
                          "integrations"});
    return j;
}

nlohmann::ordered_json FineTuningJob::toJson() const
{
    js::Json o = js::Json::object();
    o["object"] = js::s(object);
    o["id"] = js::s(id);
    o["model"] = js::s(model);
    o["created_at"] = createdAt;
    o["finished_at"] = js::optOrNull(finishedAt);
    o["fine_tuned_model"] = fineTunedModel.isEmpty() ? js::Json(nullptr) : js::Json(js::s(fineTunedModel));
    o["organization_id"] = js::s(organizationId);
    js::Json files = js::Json::array();
    for (const auto &f : resultFiles)
        files.push_back(js::s(f));
    o["result_files"] = files;
    o["status"] = js::s(status);
    o["validation_file"] = validationFile.isEmpty() ? js::Json(nullptr) : js::Json(js::s(validationFile));
    o["training_file"] = js::s(trainingFile);
    o["hyperparameters"] = hyperparameters.toJson();
    o["trained_tokens"] = js::optOrNull(trainedTokens);
    o["error"] = error.isSet()
        ? js::Json{{"code", js::s(error.code)},
                   {"message", js::s(error.message)},
                   {"param", js::strOrNull(error.param.isEmpty() ? QString() : error.param)}}
        : js::Json(nullptr);
    o["seed"] = seed.value_or(0);
    o["estimated_finish"] = js::optOrNull(estimatedFinish);
    o["integrations"] = integrationsJson(integrations);
    o["user_provided_suffix"] = suffix.isEmpty() ? js::Json(nullptr) : js::Json(js::s(suffix));
    if (method)
        o["method"] = method->toJson();
    o["metadata"] = metadata ? metadataJson(*metadata) : js::Json(nullptr);
    if (!trainingType.isEmpty())
        o["trainingType"] = js::s(trainingType);
    js::mergeExtras(o, extra);
    return o;
}

CreateJobRequest CreateJobRequest::fromJson(const nlohmann::ordered_json &v)
{
    CreateJobRequest r;
    r.model = js::str(v, "model");
    r.trainingFile = js::str(v, "training_file");
    r.validationFile = js::str(v, "validation_file");
    r.suffix = js::str(v, "suffix");
    r.seed = js::optInt(v, "seed");
    if (const auto *m = js::find(v, "method"); m && m->is_object()) {
        r.method = Method::fromJson(*m);
    } else if (const auto *h = js::find(v, "hyperparameters"); h && h->is_object()) {
        // The deprecated top-level form means supervised.
        r.method.hyperparameters = Hyperparameters::fromJson(*h);
    }
    r.metadata = js::strMap(v, "metadata");
    r.integrations = integrationsOf(v);
    r.trainingType = js::str(v, "trainingType");
    r.extra = js::extras(v,
                         {"model", "training_file", "validation_file", "suffix", "seed", "method",
                          "hyperparameters", "metadata", "integrations", "trainingType"});
    return r;
}

nlohmann::ordered_json CreateJobRequest::toJson(bool includeTrainingType) const
{
    js::Json o = js::Json::object();
    o["model"] = js::s(model);
    o["training_file"] = js::s(trainingFile);
    if (!validationFile.isEmpty())
        o["validation_file"] = js::s(validationFile);
    if (!suffix.isEmpty())
        o["suffix"] = js::s(suffix);
    if (seed)
        o["seed"] = *seed;
    o["method"] = method.toJson();
    if (!metadata.isEmpty())
        o["metadata"] = metadataJson(metadata);
    if (!integrations.isEmpty())
        o["integrations"] = integrationsJson(integrations);
    if (includeTrainingType && !trainingType.isEmpty())
        o["trainingType"] = js::s(trainingType);
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
