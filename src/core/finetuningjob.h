#pragma once

#include "method.h"
#include "rawjson.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// The states a job can be in, across the OpenAI and Azure classic vocabularies. The job keeps the
// status string it was given; this enum is what the app reasons with.
enum class JobState {
    Unknown,
    Validating,
    Queued,
    Running,
    Pausing,
    Paused,
    Resuming,
    Succeeded,
    Failed,
    Cancelled
};

JobState jobStateFromStatus(QStringView status);
bool isTerminal(JobState state);
bool isActive(JobState state); // validating, queued, running, pausing, resuming

struct JobError
{
    QString code;
    QString message;
    QString param;
    bool isSet() const { return !code.isEmpty() || !message.isEmpty(); }
};

// A Weights & Biases integration, the only kind the contract has.
struct Integration
{
    QString type = QStringLiteral("wandb");
    QString project;
    QString name;
    QString entity;
    QString runId;
    QStringList tags;
    RawJson extra;

    static Integration fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

struct FineTuningJob
{
    QString id;
    QString object = QStringLiteral("fine_tuning.job");
    QString model;
    QString fineTunedModel;
    QString organizationId;
    QString status;
    QString trainingFile;
    QString validationFile;
    QString suffix; // user_provided_suffix (v1) or suffix (classic)
    QString trainingType; // Azure: standard, globalStandard, developerTier
    qint64 createdAt = 0;
    std::optional<qint64> finishedAt;
    std::optional<qint64> estimatedFinish;
    std::optional<qint64> trainedTokens;
    std::optional<qint64> seed;
    QStringList resultFiles;
    Hyperparameters hyperparameters; // top-level, as resolved by the service
    std::optional<Method> method;
    JobError error;
    std::optional<QMap<QString, QString>> metadata;
    QList<Integration> integrations;
    RawJson extra;

    JobState state() const { return jobStateFromStatus(status); }
    MethodType methodType() const { return method ? method->type : MethodType::Supervised; }
    // The method's hyperparameters, falling back to the top-level ones older services fill in.
    Hyperparameters effectiveHyperparameters() const;

    static FineTuningJob fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

// The body of POST /fine_tuning/jobs.
struct CreateJobRequest
{
    QString model;
    QString trainingFile;
    QString validationFile;
    QString suffix;
    std::optional<qint64> seed;
    Method method;
    QMap<QString, QString> metadata;
    QList<Integration> integrations;
    QString trainingType; // sent only to Azure
    RawJson extra;

    static CreateJobRequest fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson(bool includeTrainingType) const;
};

} // namespace ft::core
