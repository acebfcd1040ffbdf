#pragma once

#include "action.h"

#include "api/armoperation.h"
#include "api/transport.h"
#include "core/apierror.h"
#include "core/deployment.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ft::core {
class DeploymentTableModel;
}

namespace ft::control {

class Session;

// The ARM deployments of the connection's account: the list (as a table model), kept current while a
// deployment settles and someone watches; creating one (followed to its end) and deleting one.
class DeploymentsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsController)

public:
    explicit DeploymentsController(Session &session, QObject *parent = nullptr);

    core::DeploymentTableModel &model() { return *m_model; }
    const QList<core::Deployment> &deployments() const;
    // What the playground can chat with: the provisioned deployments on Azure; on OpenAI, the
    // fine-tuned models of succeeded jobs and the catalog's models.
    QStringList chatTargets() const;
    // What the connection lacks to reach deployments, in words; empty when it has all it needs.
    QString missingTarget() const;
    // While watched, the list is read again every settleMs until no deployment is still changing.
    void setWatching(bool watching) { m_watching = watching; }
    void setSettleInterval(int ms) { m_settleMs = ms; }
    void setOperationInterval(int ms) { m_operationMs = ms; }

    void refresh();
    // The deployment of this name as the service has it now; nothing when there is none (or it cannot
    // be read: the PUT that follows will say why). For "replace it?" before a PUT replaces it silently.
    void existing(const QString &name, QObject *context,
                  std::function<void(std::optional<core::Deployment>)> done);
    // Deletes and follows the deletion until the deployment is gone.
    void remove(const QString &name);
    // Creates (or updates) a deployment and follows ARM's operation to its end. `progress` hears each
    // provisioning state and `done` the end, both only while `context` lives; the list is read again
    // at the end either way. `auxiliaryToken`: a bearer token of the model's tenant, sent, never kept.
    api::ArmOperation *deploy(const core::Deployment &deployment, const QByteArray &auxiliaryToken,
                              QObject *context, std::function<void(const QString &state)> progress,
                              api::Callback<core::Deployment> done);

signals:
    void listed();
    // Deployments cannot be reached: `missing` says what the connection lacks, or `error` what failed.
    void unavailable(const QString &missing, const ft::core::ApiError &error);
    void succeeded(ft::control::Action action, const QString &subject);
    void failed(ft::control::Action action, const QString &subject, const ft::core::ApiError &error);

private:
    Session &m_session;
    core::DeploymentTableModel *m_model;
    bool m_watching = false;
    int m_settleMs = 2000;
    int m_operationMs = 1000;
};

} // namespace ft::control
