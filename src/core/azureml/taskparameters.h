#pragma once

#include "taskparameterrules.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::core::azureml {

// The task parameters of a serverless fine-tuning job as the portal shows them: each is "Default" (left
// to the service, std::nullopt) or a custom value, plus free key/value pairs for trainer keys the portal
// does not name.
struct TaskParameters
{
    std::optional<int> batchSize;
    std::optional<double> learningRateMultiplier;
    std::optional<int> epochs;
    QMap<QString, QString> extra; // sent as given, after the three named ones

    // Why the values cannot be sent, one sentence each for the user; empty when they can.
    QStringList check(const TaskParameterRules &rules) const;
    // The `hyperParameters` map of CustomModelFineTuning (see the .cpp for why the names differ).
    QMap<QString, QString> toHyperParameters(const TaskParameterRules &rules) const;
    // Reads a job's map back into portal terms; keys other than the three named ones go to `extra`.
    static TaskParameters fromHyperParameters(const QMap<QString, QString> &wire,
                                              const TaskParameterRules &rules);

    // The wire names, written once.
    static const QString kBatchSizeKey;
    static const QString kLearningRateKey;
    static const QString kEpochsKey;

    friend bool operator==(const TaskParameters &, const TaskParameters &) = default;
};

} // namespace ft::core::azureml
