#pragma once

#include "records.h"

#include <QString>

namespace ft::emu {

class Provisioning;
class Store;

// Which job a model name belongs to (a fine-tuned model or one of its checkpoints), and which
// deployments serve it: what models, chat, jobs and ARM deployments all ask.
class ModelIndex final
{
public:
    ModelIndex(Store &store, const Provisioning &provisioning);

    // The job whose fine-tuned model or checkpoint (by id or name) this is; `checkpointOf` receives the
    // checkpoint's model name when it is one.
    JobRecord *jobOfModel(const QString &model, QString *checkpointOf = nullptr);
    // Whether a deployment serves this model, or one of its checkpoints.
    bool isDeployed(const QString &model);
    // The deployment of this name when it is provisioned and can answer, else nothing.
    const DeploymentRecord *deploymentForInference(const QString &name);

private:
    Store &m_store;
    const Provisioning &m_provisioning;
};

} // namespace ft::emu
