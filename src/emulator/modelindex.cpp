#include "modelindex.h"

#include "provisioning.h"
#include "store.h"

namespace ft::emu {

ModelIndex::ModelIndex(Store &store, const Provisioning &provisioning)
    : m_store(store)
    , m_provisioning(provisioning)
{ }

JobRecord *ModelIndex::jobOfModel(const QString &model, QString *checkpointOf)
{
    for (JobRecord *rec : m_store.jobs()) {
        if (rec->modelDeleted)
            continue;
        if (rec->job.state() == core::JobState::Succeeded && rec->job.fineTunedModel == model)
            return rec;
        for (const auto &c : rec->checkpoints) {
            if (c.id == model || c.fineTunedModelCheckpoint == model) {
                if (checkpointOf)
                    *checkpointOf = c.fineTunedModelCheckpoint;
                return rec;
            }
        }
    }
    return nullptr;
}

bool ModelIndex::isDeployed(const QString &model)
{
    for (const DeploymentRecord *d : m_store.deployments()) {
        const QString name = d->deployment.modelName;
        if (name == model || name.startsWith(model + QStringLiteral(":ckpt-step-")))
            return true;
        const JobRecord *rec = jobOfModel(name);
        if (rec && rec->job.fineTunedModel == model)
            return true;
    }
    return false;
}

const DeploymentRecord *ModelIndex::deploymentForInference(const QString &name)
{
    for (const DeploymentRecord *d : m_store.deployments()) {
        if (d->deployment.name.compare(name, Qt::CaseInsensitive) == 0)
            return m_provisioning.state(*d) == u"Succeeded" ? d : nullptr;
    }
    return nullptr;
}

} // namespace ft::emu
