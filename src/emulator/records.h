#pragma once

#include "core/checkpoint.h"
#include "core/deployment.h"
#include "core/fileobject.h"
#include "core/finetuningjob.h"
#include "core/jobevent.h"
#include "core/upload.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace ft::emu {

// What the emulator keeps about each entity, beyond what the service shows. Every record maps to
// one JSON document on disk.

struct FileRecord
{
    qint64 seq = 0;
    core::File file;
    QString resultOfJob; // set for results.csv files: their content is generated from the job
    qint64 readyAtMs = 0; // Azure: "pending" until this real time, then "processed"

    static FileRecord fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

struct UploadPartRecord
{
    QString id;
    qint64 bytes = 0;
    qint64 createdAt = 0;
};

struct UploadRecord
{
    qint64 seq = 0;
    core::Upload upload;
    QString mimeType;
    QList<UploadPartRecord> parts;
    bool azure = false;

    static UploadRecord fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

// The training plan, fixed when the files pass validation.
struct JobPlan
{
    bool ready = false;
    QString service; // "openai" or "azure": decides model naming and messages
    qint64 trainExamples = 0;
    qint64 validExamples = 0;
    double meanTokens = 0; // per training example
    qint64 tokensPerEpoch = 0;
    int epochs = 0;
    int batchSize = 0;
    double learningRateMultiplier = 0;
    double beta = 0;
    QString reasoningEffort;
    int evalInterval = 0;
    qint64 stepsPerEpoch = 0;
    qint64 totalSteps = 0;
    QString fineTunedModel; // the name the model gets on success
    QStringList graderNames;

    bool hasValidation() const { return validExamples > 0; }
};

struct CheckpointCopyRecord
{
    QString checkpointId;
    QString destinationResourceId;
    QString region;
    qint64 startedAtMs = 0;
};

struct JobRecord
{
    qint64 seq = 0;
    core::FineTuningJob job; // status: its state's stored word (JobLifecycle)
    JobPlan plan;
    double phaseSeconds = 0; // simulated seconds spent in the current status
    double stepSeconds = 0; // simulated seconds into the current step
    qint64 stepsDone = 0;
    QList<core::JobEvent> events; // oldest first
    QList<core::Checkpoint> checkpoints; // oldest first, the last ones kept
    bool modelDeleted = false; // DELETE /models/{fine_tuned_model} was called
    QList<CheckpointCopyRecord> copies;

    static JobRecord fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

struct DeploymentRecord
{
    qint64 seq = 0;
    QString subscription;
    QString resourceGroup;
    QString account;
    core::Deployment deployment;
    qint64 createdAtMs = 0; // real time of the PUT: provisioning advances from it
    bool failed = false; // provisioning ends Failed
    qint64 deletingSinceMs = 0; // real time of the DELETE; 0: not being deleted

    QString key() const; // case-insensitive identity
    QString resourceId() const; // its ARM id
    static QString keyOf(const QString &sub, const QString &rg, const QString &account, const QString &name);
    static DeploymentRecord fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

// A long-running ARM operation (create, update, patch, delete of a resource), as its operation-status
// resource shows it. While `status` is InProgress, the operation's end is read from the resource it
// acts on; once it has ended, the record alone answers.
struct ArmOperationRecord
{
    qint64 seq = 0;
    QString id; // unguessable
    QString subscription;
    QString provider; // e.g. Microsoft.CognitiveServices
    QString location;
    QString resourceType; // e.g. Microsoft.CognitiveServices/accounts/deployments
    QString resourceKey; // the resource's key in the store
    QString resourceId; // its ARM id
    QString action; // create, update, patch, delete
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0; // 0: still running
    QString status = QStringLiteral("InProgress"); // then Succeeded, Failed or Canceled
    QString errorCode;
    QString errorMessage;

    bool hasEnded() const { return endedAtMs > 0; }
    static ArmOperationRecord fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::emu
