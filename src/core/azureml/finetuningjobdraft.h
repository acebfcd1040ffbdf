#pragma once

#include "taskparameters.h"

#include <QMap>
#include <QString>

namespace ft::core::azureml {

// What the wizard or `ftctl jobs create` collects for one serverless fine-tuning job in a hub project.
struct FineTuningJobDraft
{
    // Chosen by the client once (NameRules::newJobName) and kept for every retry of the create.
    QString jobName;
    QString displayName;
    QString experimentName; // empty: the service's "Default"
    QString description;
    QMap<QString, QString> tags;
    QMap<QString, QString> properties;

    // The versioned registry asset id (OpenModel::assetId), or a workspace model for continued training.
    QString modelAssetId;
    QString taskType = QStringLiteral("ChatCompletion"); // or TextCompletion for base text models
    // A data version's ARM id or an azureml:// datastore URI.
    QString trainingDataUri;
    QString validationDataUri; // empty: none (the service may split the training data)
    TaskParameters parameters;
    QString outputModelName; // the registered model's name (the SDK's output_model_name_prefix)
};

} // namespace ft::core::azureml
