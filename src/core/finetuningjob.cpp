#include "finetuningjob.h"

#include "jsonfields.h"

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

namespace {
// The fields of an integration's "wandb" object.
constexpr js::Field<Integration> kWandbFields[] = {
    {"project", &Integration::project},
    {"name", &Integration::name, js::Write::IfSet},
    {"entity", &Integration::entity, js::Write::IfSet},
    {"run_id", &Integration::runId, js::Write::IfSet},
    {"tags", &Integration::tags, js::Write::IfSet},
};
} // namespace

Integration Integration::fromJson(const nlohmann::ordered_json &value)
{
    Integration i;
    if (const js::Json *w = js::find(value, "wandb"); w && w->is_object())
        i = js::fromFieldsKeepingExtras(*w, kWandbFields);
    i.type = js::str(value, "type", i.type);
    return i;
}

nlohmann::ordered_json Integration::toJson() const
{
    return js::Json{{"type", js::s(type)}, {"wandb", js::fieldsJsonWithExtras(*this, kWandbFields)}};
}

namespace {
js::Json integrationsJson(const QList<Integration> &list)
{
    return js::arrayOf(list, [](const Integration &i) { return i.toJson(); });
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

namespace {
js::Json errorJson(const JobError &error)
{
    if (!error.isSet())
        return nullptr;
    return js::Json{{"code", js::s(error.code)},
                    {"message", js::s(error.message)},
                    {"param", js::strOrNull(error.param.isEmpty() ? QString() : error.param)}};
}

constexpr js::Field<FineTuningJob> kJobFields[] = {
    {"object", &FineTuningJob::object},
    {"id", &FineTuningJob::id},
    {"model", &FineTuningJob::model},
    {"created_at", &FineTuningJob::createdAt},
    {"finished_at", &FineTuningJob::finishedAt},
    {"fine_tuned_model", &FineTuningJob::fineTunedModel, js::Write::NullIfEmpty},
    {"organization_id", &FineTuningJob::organizationId},
    {"result_files", &FineTuningJob::resultFiles},
    {"status", &FineTuningJob::status},
    {"validation_file", &FineTuningJob::validationFile, js::Write::NullIfEmpty},
    {"training_file", &FineTuningJob::trainingFile},
    {"hyperparameters",
     js::Custom<FineTuningJob>{[](const js::Json &h, FineTuningJob &j) {
                                   if (h.is_object())
                                       j.hyperparameters = Hyperparameters::fromJson(h);
                               },
                               [](const FineTuningJob &j) { return j.hyperparameters.toJson(); }}},
    {"trained_tokens", &FineTuningJob::trainedTokens},
    {"error",
     js::Custom<FineTuningJob>{[](const js::Json &e, FineTuningJob &j) {
                                   if (!e.is_object())
                                       return;
                                   j.error.code = js::str(e, "code");
                                   j.error.message = js::str(e, "message");
                                   j.error.param = js::str(e, "param");
                               },
                               [](const FineTuningJob &j) { return errorJson(j.error); }}},
    // Written as 0 when the service chose none.
    {"seed",
     js::Custom<FineTuningJob>{nullptr, [](const FineTuningJob &j) { return js::Json(j.seed.value_or(0)); }}},
    {"estimated_finish", &FineTuningJob::estimatedFinish},
    {"integrations",
     js::Custom<FineTuningJob>{[](const js::Json &list, FineTuningJob &j) {
                                   j.integrations = js::listOf<Integration>(list, &Integration::fromJson);
                               },
                               [](const FineTuningJob &j) { return integrationsJson(j.integrations); }}},
    {"user_provided_suffix", &FineTuningJob::suffix, js::Write::NullIfEmpty},
    {"method",
     js::Custom<FineTuningJob>{
         [](const js::Json &m, FineTuningJob &j) {
             if (m.is_object())
                 j.method = Method::fromJson(m);
         },
         [](const FineTuningJob &j) { return j.method ? j.method->toJson() : js::Json(nullptr); }},
     js::Write::IfSet},
    {"metadata",
     js::Custom<FineTuningJob>{
         nullptr,
         [](const FineTuningJob &j) { return j.metadata ? metadataJson(*j.metadata) : js::Json(nullptr); }}},
    {"trainingType", &FineTuningJob::trainingType, js::Write::IfSet},
};
} // namespace

FineTuningJob FineTuningJob::fromJson(const nlohmann::ordered_json &v)
{
    FineTuningJob j;
    // The older spellings first, so that the current ones win.
    j.organizationId = js::str(v, "organisation_id");
    j.suffix = js::str(v, "suffix");
    js::readFields(v, j, kJobFields);
    j.seed = js::optInt(v, "seed");
    if (const auto *md = js::find(v, "metadata"); md && md->is_object())
        j.metadata = js::strMap(v, "metadata");
    j.extra = js::extrasBesides(v, kJobFields, {"organisation_id", "suffix"});
    return j;
}

nlohmann::ordered_json FineTuningJob::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kJobFields);
}

namespace {
constexpr js::Field<CreateJobRequest> kRequestFields[] = {
    {"model", &CreateJobRequest::model},
    {"training_file", &CreateJobRequest::trainingFile},
    {"validation_file", &CreateJobRequest::validationFile, js::Write::IfSet},
    {"suffix", &CreateJobRequest::suffix, js::Write::IfSet},
    {"seed", &CreateJobRequest::seed, js::Write::IfSet},
    {"method",
     js::Custom<CreateJobRequest>{nullptr, [](const CreateJobRequest &r) { return r.method.toJson(); }}},
    {"metadata",
     js::Custom<CreateJobRequest>{nullptr,
                                  [](const CreateJobRequest &r) {
                                      return r.metadata.isEmpty() ? js::Json(nullptr)
                                                                  : metadataJson(r.metadata);
                                  }},
     js::Write::IfSet},
    {"integrations",
     js::Custom<CreateJobRequest>{[](const js::Json &list, CreateJobRequest &r) {
                                      r.integrations = js::listOf<Integration>(list, &Integration::fromJson);
                                  },
                                  [](const CreateJobRequest &r) {
                                      return r.integrations.isEmpty() ? js::Json(nullptr)
                                                                      : integrationsJson(r.integrations);
                                  }},
     js::Write::IfSet},
};
} // namespace

CreateJobRequest CreateJobRequest::fromJson(const nlohmann::ordered_json &v)
{
    CreateJobRequest r;
    js::readFields(v, r, kRequestFields);
    if (const auto *m = js::find(v, "method"); m && m->is_object()) {
        r.method = Method::fromJson(*m);
    } else if (const auto *h = js::find(v, "hyperparameters"); h && h->is_object()) {
        // The deprecated top-level form means supervised.
        r.method.hyperparameters = Hyperparameters::fromJson(*h);
    }
    r.metadata = js::strMap(v, "metadata");
    r.trainingType = js::str(v, "trainingType");
    r.extra = js::extrasBesides(v, kRequestFields, {"hyperparameters", "trainingType"});
    return r;
}

nlohmann::ordered_json CreateJobRequest::toJson(bool includeTrainingType) const
{
    js::Json o = js::fieldsJson(*this, kRequestFields);
    if (includeTrainingType && !trainingType.isEmpty())
        o["trainingType"] = js::s(trainingType);
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
