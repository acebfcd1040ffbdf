#include "deploymentscontroller.h"

#include "session.h"

#include "core/catalog.h"
#include "core/deploymenttablemodel.h"

#include <QTimer>

namespace ft::control {

DeploymentsController::DeploymentsController(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new core::DeploymentTableModel(this))
{
    connect(&m_session, &Session::connectionChanged, m_model, &core::DeploymentTableModel::clear);
}

const QList<core::Deployment> &DeploymentsController::deployments() const
{
    return m_model->rows();
}

QStringList DeploymentsController::chatTargets() const
{
    QStringList targets;
    if (m_session.isAzure()) {
        for (const core::Deployment &d : deployments())
            if (d.isProvisioned())
                targets << d.name;
        return targets;
    }
    for (const core::FineTuningJob &j : m_session.jobs())
        if (j.state() == core::JobState::Succeeded && !j.fineTunedModel.isEmpty())
            targets << j.fineTunedModel;
    for (const core::CatalogModel &m : core::Catalog::builtin().models())
        targets << m.openaiId;
    return targets;
}

QString DeploymentsController::missingTarget() const
{
    const api::ArmTarget arm = m_session.hasConnection() ? m_session.connection().arm : api::ArmTarget();
    return arm.isSet() && !arm.token.isEmpty() ? QString() : arm.missing();
}

void DeploymentsController::existing(const QString &name, QObject *context,
                                     std::function<void(std::optional<core::Deployment>)> done)
{
    if (!m_session.hasConnection())
        return done(std::nullopt);
    m_session.client().deployments().get(name, context,
                                         [done = std::move(done)](const core::Result<core::Deployment> &r) {
                                             done(r ? std::optional(r.value()) : std::nullopt);
                                         });
}

void DeploymentsController::refresh()
{
    if (!m_session.hasConnection())
        return;
    if (const QString missing = missingTarget(); !missing.isEmpty()) {
        m_model->clear();
        emit unavailable(missing, {});
        return;
    }
    m_session.client().deployments().list(this, [this](core::Result<core::Page<core::Deployment>> page) {
        if (!page) {
            emit failed(Action::ListDeployments, {}, page.error());
            return emit unavailable({}, page.error());
        }
        m_model->replace(page.value().data);
        emit listed();
        // Keep watching while something is still being provisioned or deleted.
        const QList<core::Deployment> &all = m_model->rows();
        const bool settling =
            std::any_of(all.begin(), all.end(), [](const core::Deployment &d) { return !d.isFinal(); });
        if (settling && m_watching)
            QTimer::singleShot(m_settleMs, this, &DeploymentsController::refresh);
    });
}

void DeploymentsController::remove(const QString &name)
{
    if (!m_session.hasConnection())
        return;
    api::ArmPolling polling;
    polling.intervalMs = m_operationMs;
    // Once the service has taken the request, the list shows the deployment as Deleting.
    polling.progress = [this](const QString &) { refresh(); };
    m_session.client().deployments().remove(
        name, this,
        [this, name](const core::Result<core::Nothing> &r) {
            if (r)
                emit succeeded(Action::DeleteDeployment, name);
            else
                emit failed(Action::DeleteDeployment, name, r.error());
            refresh();
        },
        polling);
}

api::ArmOperation *DeploymentsController::deploy(const core::Deployment &deployment,
                                                 const QByteArray &auxiliaryToken, QObject *context,
                                                 std::function<void(const QString &state)> progress,
                                                 api::Callback<core::Deployment> done)
{
    if (!m_session.hasConnection())
        return nullptr;
    api::ArmPolling polling;
    polling.intervalMs = m_operationMs;
    polling.progress = [guard = QPointer(context), progress = std::move(progress)](const QString &state) {
        if (guard && progress)
            progress(state);
    };
    const QString name = deployment.name;
    return m_session.client().deployments().createOrUpdate(
        deployment, this,
        [this, guard = QPointer(context), done = std::move(done),
         name](const core::Result<core::Deployment> &r) {
            if (r)
                emit succeeded(Action::Deploy, name);
            else
                emit failed(Action::Deploy, name, r.error());
            if (guard && done)
                done(r);
            refresh();
        },
        polling, auxiliaryToken);
}

} // namespace ft::control
