#include "records.h"

#include "core/jsonfields.h"

namespace ft::emu {

namespace js = core::js;

namespace {
template<typename R>
using Field = js::Field<R>;
template<typename R>
using Custom = js::Custom<R>;

constexpr Field<FileRecord> kFileFields[] = {
    {"seq", &FileRecord::seq},
    {"file",
     Custom<FileRecord>{[](const js::Json &f, FileRecord &r) { r.file = core::File::fromJson(f); },
                        [](const FileRecord &r) { return r.file.toJson(); }}},
    {"result_of_job", &FileRecord::resultOfJob},
    {"ready_at_ms", &FileRecord::readyAtMs},
};

constexpr Field<UploadPartRecord> kUploadPartFields[] = {
    {"id", &UploadPartRecord::id},
    {"bytes", &UploadPartRecord::bytes},
    {"created_at", &UploadPartRecord::createdAt},
};

constexpr Field<UploadRecord> kUploadFields[] = {
    {"seq", &UploadRecord::seq},
    {"upload",
     Custom<UploadRecord>{[](const js::Json &u, UploadRecord &r) { r.upload = core::Upload::fromJson(u); },
                          [](const UploadRecord &r) { return r.upload.toJson(); }}},
    {"mime_type", &UploadRecord::mimeType},
    {"azure", &UploadRecord::azure},
    {"parts",
     Custom<UploadRecord>{[](const js::Json &parts, UploadRecord &r) {
                              r.parts = js::listOf<UploadPartRecord>(parts, [](const js::Json &p) {
                                  return js::fromFields(p, kUploadPartFields);
                              });
                          },
                          [](const UploadRecord &r) {
                              return js::arrayOf(r.parts, [](const UploadPartRecord &p) {
                                  return js::fieldsJson(p, kUploadPartFields);
                              });
                          }}},
};

constexpr Field<JobPlan> kPlanFields[] = {
    {"ready", &JobPlan::ready},
    {"service", &JobPlan::service},
    {"train_examples", &JobPlan::trainExamples},
    {"valid_examples", &JobPlan::validExamples},
    {"mean_tokens", &JobPlan::meanTokens},
    {"tokens_per_epoch", &JobPlan::tokensPerEpoch},
    {"epochs", &JobPlan::epochs},
    {"batch_size", &JobPlan::batchSize},
    {"learning_rate_multiplier", &JobPlan::learningRateMultiplier},
    {"beta", &JobPlan::beta},
    {"reasoning_effort", &JobPlan::reasoningEffort},
    {"eval_interval", &JobPlan::evalInterval},
    {"steps_per_epoch", &JobPlan::stepsPerEpoch},
    {"total_steps", &JobPlan::totalSteps},
    {"fine_tuned_model", &JobPlan::fineTunedModel},
    {"graders", &JobPlan::graderNames},
};

constexpr Field<CheckpointCopyRecord> kCopyFields[] = {
    {"checkpoint_id", &CheckpointCopyRecord::checkpointId},
    {"destination", &CheckpointCopyRecord::destinationResourceId},
    {"region", &CheckpointCopyRecord::region},
    {"started_at_ms", &CheckpointCopyRecord::startedAtMs},
};

constexpr Field<JobRecord> kJobFields[] = {
    {"seq", &JobRecord::seq},
    {"job",
     Custom<JobRecord>{[](const js::Json &j, JobRecord &r) { r.job = core::FineTuningJob::fromJson(j); },
                       [](const JobRecord &r) { return r.job.toJson(); }}},
    {"plan",
     Custom<JobRecord>{[](const js::Json &p, JobRecord &r) { r.plan = js::fromFields(p, kPlanFields); },
                       [](const JobRecord &r) { return js::fieldsJson(r.plan, kPlanFields); }}},
    {"phase_seconds", &JobRecord::phaseSeconds},
    {"step_seconds", &JobRecord::stepSeconds},
    {"steps_done", &JobRecord::stepsDone},
    {"model_deleted", &JobRecord::modelDeleted},
    {"copies",
     Custom<JobRecord>{[](const js::Json &c, JobRecord &r) {
                           r.copies = js::listOf<CheckpointCopyRecord>(
                               c, [](const js::Json &x) { return js::fromFields(x, kCopyFields); });
                       },
                       [](const JobRecord &r) {
                           return js::arrayOf(r.copies, [](const CheckpointCopyRecord &c) {
                               return js::fieldsJson(c, kCopyFields);
                           });
                       }}},
    {"events",
     Custom<JobRecord>{[](const js::Json &e, JobRecord &r) {
                           r.events = js::listOf<core::JobEvent>(e, &core::JobEvent::fromJson);
                       },
                       [](const JobRecord &r) {
                           return js::arrayOf(r.events, [](const core::JobEvent &e) { return e.toJson(); });
                       }}},
    {"checkpoints",
     Custom<JobRecord>{[](const js::Json &c, JobRecord &r) {
                           r.checkpoints = js::listOf<core::Checkpoint>(c, &core::Checkpoint::fromJson);
                       },
                       [](const JobRecord &r) {
                           return js::arrayOf(r.checkpoints,
                                              [](const core::Checkpoint &c) { return c.toJson(); });
                       }}},
};

constexpr Field<DeploymentRecord> kDeploymentFields[] = {
    {"seq", &DeploymentRecord::seq},
    {"subscription", &DeploymentRecord::subscription},
    {"resource_group", &DeploymentRecord::resourceGroup},
    {"account", &DeploymentRecord::account},
    {"deployment",
     Custom<DeploymentRecord>{
         [](const js::Json &d, DeploymentRecord &r) { r.deployment = core::Deployment::fromJson(d); },
         [](const DeploymentRecord &r) { return r.deployment.toJson(); }}},
    {"created_at_ms", &DeploymentRecord::createdAtMs},
    {"failed", &DeploymentRecord::failed},
    {"deleting_since_ms", &DeploymentRecord::deletingSinceMs},
};

constexpr Field<ArmOperationRecord> kArmOperationFields[] = {
    {"seq", &ArmOperationRecord::seq},
    {"id", &ArmOperationRecord::id},
    {"subscription", &ArmOperationRecord::subscription},
    {"provider", &ArmOperationRecord::provider},
    {"location", &ArmOperationRecord::location},
    {"resource_type", &ArmOperationRecord::resourceType},
    {"resource_key", &ArmOperationRecord::resourceKey},
    {"resource_id", &ArmOperationRecord::resourceId},
    {"action", &ArmOperationRecord::action},
    {"started_at_ms", &ArmOperationRecord::startedAtMs},
    {"ended_at_ms", &ArmOperationRecord::endedAtMs},
    {"status", &ArmOperationRecord::status},
    {"error_code", &ArmOperationRecord::errorCode},
    {"error_message", &ArmOperationRecord::errorMessage},
};
} // namespace

FileRecord FileRecord::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFields(v, kFileFields);
}

nlohmann::ordered_json FileRecord::toJson() const
{
    return js::fieldsJson(*this, kFileFields);
}

UploadRecord UploadRecord::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFields(v, kUploadFields);
}

nlohmann::ordered_json UploadRecord::toJson() const
{
    return js::fieldsJson(*this, kUploadFields);
}

JobRecord JobRecord::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFields(v, kJobFields);
}

nlohmann::ordered_json JobRecord::toJson() const
{
    return js::fieldsJson(*this, kJobFields);
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
    return js::fromFields(v, kDeploymentFields);
}

nlohmann::ordered_json DeploymentRecord::toJson() const
{
    return js::fieldsJson(*this, kDeploymentFields);
}

ArmOperationRecord ArmOperationRecord::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFields(v, kArmOperationFields);
}

nlohmann::ordered_json ArmOperationRecord::toJson() const
{
    return js::fieldsJson(*this, kArmOperationFields);
}

} // namespace ft::emu
