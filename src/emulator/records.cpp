#include "records.h"

#include "core/jsonutil.h"

namespace ft::emu {

namespace js = core::js;

FileRecord FileRecord::fromJson(const nlohmann::ordered_json &v)
{
    FileRecord r;
    r.seq = js::int64(v, "seq");
    if (const auto *f = js::find(v, "file"))
        r.file = core::File::fromJson(*f);
    r.resultOfJob = js::str(v, "result_of_job");
    r.readyAtMs = js::int64(v, "ready_at_ms");
    return r;
}

nlohmann::ordered_json FileRecord::toJson() const
{
    return js::Json{{"seq", seq},
                    {"file", file.toJson()},
                    {"result_of_job", js::s(resultOfJob)},
                    {"ready_at_ms", readyAtMs}};
}

UploadRecord UploadRecord::fromJson(const nlohmann::ordered_json &v)
{
    UploadRecord r;
    r.seq = js::int64(v, "seq");
    if (const auto *u = js::find(v, "upload"))
        r.upload = core::Upload::fromJson(*u);
    r.mimeType = js::str(v, "mime_type");
    r.azure = js::optBool(v, "azure").value_or(false);
    if (const auto *parts = js::find(v, "parts"); parts && parts->is_array()) {
        for (const auto &p : *parts)
            r.parts.append({js::str(p, "id"), js::int64(p, "bytes"), js::int64(p, "created_at")});
    }
    return r;
}

nlohmann::ordered_json UploadRecord::toJson() const
{
    js::Json parts = js::Json::array();
    for (const auto &p : this->parts)
        parts.push_back(js::Json{{"id", js::s(p.id)}, {"bytes", p.bytes}, {"created_at", p.createdAt}});
    return js::Json{{"seq", seq},
                    {"upload", upload.toJson()},
                    {"mime_type", js::s(mimeType)},
                    {"azure", azure},
                    {"parts", parts}};
}

namespace {
js::Json planJson(const JobPlan &p)
{
    js::Json graders = js::Json::array();
    for (const auto &g : p.graderNames)
        graders.push_back(js::s(g));
    return js::Json{{"ready", p.ready},
                    {"service", js::s(p.service)},
                    {"train_examples", p.trainExamples},
                    {"valid_examples", p.validExamples},
                    {"mean_tokens", p.meanTokens},
                    {"tokens_per_epoch", p.tokensPerEpoch},
                    {"epochs", p.epochs},
                    {"batch_size", p.batchSize},
                    {"learning_rate_multiplier", p.learningRateMultiplier},
                    {"beta", p.beta},
                    {"reasoning_effort", js::s(p.reasoningEffort)},
                    {"eval_interval", p.evalInterval},
                    {"steps_per_epoch", p.stepsPerEpoch},
                    {"total_steps", p.totalSteps},
                    {"fine_tuned_model", js::s(p.fineTunedModel)},
                    {"graders", graders}};
}

JobPlan planOf(const js::Json &v)
{
    JobPlan p;
    p.ready = js::optBool(v, "ready").value_or(false);
    p.service = js::str(v, "service");
    p.trainExamples = js::int64(v, "train_examples");
    p.validExamples = js::int64(v, "valid_examples");
    p.meanTokens = js::optNum(v, "mean_tokens").value_or(0);
    p.tokensPerEpoch = js::int64(v, "tokens_per_epoch");
    p.epochs = int(js::int64(v, "epochs"));
    p.batchSize = int(js::int64(v, "batch_size"));
    p.learningRateMultiplier = js::optNum(v, "learning_rate_multiplier").value_or(0);
    p.beta = js::optNum(v, "beta").value_or(0);
    p.reasoningEffort = js::str(v, "reasoning_effort");
    p.evalInterval = int(js::int64(v, "eval_interval"));
    p.stepsPerEpoch = js::int64(v, "steps_per_epoch");
    p.totalSteps = js::int64(v, "total_steps");
    p.fineTunedModel = js::str(v, "fine_tuned_model");
    p.graderNames = js::strList(v, "graders");
    return p;
}
} // namespace

JobRecord JobRecord::fromJson(const nlohmann::ordered_json &v)
{
    JobRecord r;
    r.seq = js::int64(v, "seq");
    if (const auto *j = js::find(v, "job"))
        r.job = core::FineTuningJob::fromJson(*j);
    if (const auto *p = js::find(v, "plan"))
        r.plan = planOf(*p);
    r.phaseSeconds = js::optNum(v, "phase_seconds").value_or(0);
    r.stepSeconds = js::optNum(v, "step_seconds").value_or(0);
    r.stepsDone = js::int64(v, "steps_done");
    r.modelDeleted = js::optBool(v, "model_deleted").value_or(false);
    if (const auto *c = js::find(v, "copies"); c && c->is_array())
        for (const auto &x : *c)
            r.copies.append({js::str(x, "checkpoint_id"), js::str(x, "destination"), js::str(x, "region"),
                             js::int64(x, "started_at_ms")});
    if (const auto *e = js::find(v, "events"); e && e->is_array()) {
        for (const auto &x : *e)
            r.events.append(core::JobEvent::fromJson(x));
    }
    if (const auto *c = js::find(v, "checkpoints"); c && c->is_array()) {
        for (const auto &x : *c)
            r.checkpoints.append(core::Checkpoint::fromJson(x));
    }
    return r;
}

nlohmann::ordered_json JobRecord::toJson() const
{
    js::Json events = js::Json::array();
    for (const auto &e : this->events)
        events.push_back(e.toJson());
    js::Json checkpoints = js::Json::array();
    for (const auto &c : this->checkpoints)
        checkpoints.push_back(c.toJson());
    js::Json copies = js::Json::array();
    for (const auto &c : this->copies)
        copies.push_back(js::Json{{"checkpoint_id", js::s(c.checkpointId)},
                                  {"destination", js::s(c.destinationResourceId)},
                                  {"region", js::s(c.region)},
                                  {"started_at_ms", c.startedAtMs}});
    return js::Json{{"seq", seq},
                    {"job", job.toJson()},
                    {"plan", planJson(plan)},
                    {"phase_seconds", phaseSeconds},
                    {"step_seconds", stepSeconds},
                    {"steps_done", stepsDone},
                    {"model_deleted", modelDeleted},
                    {"copies", copies},
                    {"events", events},
                    {"checkpoints", checkpoints}};
}

QString DeploymentRecord::keyOf(const QString &sub, const QString &rg, const QString &account,
                                const QString &name)
{
    return QStringList{sub, rg, account, name}.join(u'/').toLower();
}

QString DeploymentRecord::key() const
{
    return keyOf(subscription, resourceGroup, account, deployment.name);
}

QString DeploymentRecord::resourceId() const
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.CognitiveServices/accounts/%3/"
               "deployments/%4")
        .arg(subscription, resourceGroup, account, deployment.name);
}

DeploymentRecord DeploymentRecord::fromJson(const nlohmann::ordered_json &v)
{
    DeploymentRecord r;
    r.seq = js::int64(v, "seq");
    r.subscription = js::str(v, "subscription");
    r.resourceGroup = js::str(v, "resource_group");
    r.account = js::str(v, "account");
    if (const auto *d = js::find(v, "deployment"))
        r.deployment = core::Deployment::fromJson(*d);
    r.createdAtMs = js::int64(v, "created_at_ms");
    r.failed = js::optBool(v, "failed").value_or(false);
    r.deletingSinceMs = js::int64(v, "deleting_since_ms");
    return r;
}

nlohmann::ordered_json DeploymentRecord::toJson() const
{
    return js::Json{{"seq", seq},
                    {"subscription", js::s(subscription)},
                    {"resource_group", js::s(resourceGroup)},
                    {"account", js::s(account)},
                    {"deployment", deployment.toJson()},
                    {"created_at_ms", createdAtMs},
                    {"failed", failed},
                    {"deleting_since_ms", deletingSinceMs}};
}

ArmOperationRecord ArmOperationRecord::fromJson(const nlohmann::ordered_json &v)
{
    ArmOperationRecord r;
    r.seq = js::int64(v, "seq");
    r.id = js::str(v, "id");
    r.subscription = js::str(v, "subscription");
    r.provider = js::str(v, "provider");
    r.location = js::str(v, "location");
    r.resourceType = js::str(v, "resource_type");
    r.resourceKey = js::str(v, "resource_key");
    r.resourceId = js::str(v, "resource_id");
    r.action = js::str(v, "action");
    r.startedAtMs = js::int64(v, "started_at_ms");
    r.endedAtMs = js::int64(v, "ended_at_ms");
    r.status = js::str(v, "status", r.status);
    r.errorCode = js::str(v, "error_code");
    r.errorMessage = js::str(v, "error_message");
    return r;
}

nlohmann::ordered_json ArmOperationRecord::toJson() const
{
    return js::Json{{"seq", seq},
                    {"id", js::s(id)},
                    {"subscription", js::s(subscription)},
                    {"provider", js::s(provider)},
                    {"location", js::s(location)},
                    {"resource_type", js::s(resourceType)},
                    {"resource_key", js::s(resourceKey)},
                    {"resource_id", js::s(resourceId)},
                    {"action", js::s(action)},
                    {"started_at_ms", startedAtMs},
                    {"ended_at_ms", endedAtMs},
                    {"status", js::s(status)},
                    {"error_code", js::s(errorCode)},
                    {"error_message", js::s(errorMessage)}};
}

} // namespace ft::emu
