#pragma once

#include "api/armoperation.h"
#include "core/deployment.h"
#include "core/result.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ft::control {
class DeploymentsController;
}

namespace ft::ui {

// Deploy a fine-tuned model or a checkpoint through Azure Resource Manager: a name (validated), the
// deployment type and capacity; advanced: take the model from another subscription, resource group
// and account, and a second token for another tenant. Sends the PUT and follows its operation until
// it Succeeded or Failed. Without an ARM target it says exactly what the connection lacks.
class DeployDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    DeployDialog(control::DeploymentsController &deployments, const QString &model,
                 const QString &suggestedName, QWidget *parent = nullptr);

    QString provisioningState() const { return m_lastState; }
    void deploy(); // what the Deploy button does

signals:
    void finished(const QString &deploymentName, bool succeeded);

private:
    void validate();
    void deployed(const core::Result<core::Deployment> &result);
    bool confirmReplace(const core::Deployment &there, const core::Deployment &wanted);
    void send(const core::Deployment &deployment, const QByteArray &auxiliaryToken);

    control::DeploymentsController &m_deployments;
    QString m_model;
    QLineEdit *m_name;
    QComboBox *m_sku;
    QSpinBox *m_capacity;
    QGroupBox *m_advanced;
    QLineEdit *m_sourceSubscription;
    QLineEdit *m_sourceGroup;
    QLineEdit *m_sourceAccount;
    QLineEdit *m_auxToken;
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_deploy;
    QPointer<api::ArmOperation> m_operation; // the deployment under way
    QString m_lastState;
};

} // namespace ft::ui
