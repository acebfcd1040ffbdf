#pragma once

#include "finetuningjobdraft.h"

#include "core/jsonutil.h"

#include <QStringList>

namespace ft::core::azureml {

// The ARM request that creates a serverless fine-tuning job in a hub project:
// PUT {workspace}/jobs/{jobName}?api-version=... with a JobBaseResource body whose properties are a
// FineTuningJob (jobType FineTuning) with CustomModelFineTuning details (modelProvider Custom).
class FineTuningJobRequest final
{
public:
    static constexpr const char *kApiVersion = "2025-10-01-preview";

    // Why the draft cannot be sent, one sentence each for the user; empty when it can.
    static QStringList check(const FineTuningJobDraft &draft, const TaskParameterRules &rules);
    // The request body. Leaves out what the SDK leaves out (empty fields, and computeId, resources and
    // queueSettings, which are for managed compute, not serverless).
    static js::Json body(const FineTuningJobDraft &draft, const TaskParameterRules &rules);
    // The path under the ARM endpoint, api-version included.
    static QString path(const QString &subscription, const QString &resourceGroup, const QString &workspace,
                        const QString &jobName);

    // The output the job registers its model under; read it back from the job, the service may change it.
    static constexpr const char *kOutputName = "registered_model";
};

} // namespace ft::core::azureml
