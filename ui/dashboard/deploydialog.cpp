#include "deploydialog.h"

#include "wizard/autodeploypage.h"

#include "control/deploymentscontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ft::ui {

DeployDialog::DeployDialog(control::DeploymentsController &deployments, const QString &model,
                           const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_deployments(deployments)
    , m_model(model)
    , m_name(new QLineEdit(this))
    , m_sku(new QComboBox(this))
    , m_capacity(new QSpinBox(this))
    , m_advanced(new QGroupBox(tr("&Advanced: deploy from another account or tenant"), this))
    , m_sourceSubscription(new QLineEdit(this))
    , m_sourceGroup(new QLineEdit(this))
    , m_sourceAccount(new QLineEdit(this))
    , m_auxToken(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_deploy(new QPushButton(tr("&Deploy"), this))
{
    setObjectName(QStringLiteral("deployDialog"));
    setWindowTitle(tr("Deploy %1").arg(model));
    m_name->setObjectName(QStringLiteral("deploymentName"));
    m_name->setText(suggestedName.isEmpty() ? QStringLiteral("ft-deployment") : suggestedName);
    m_sku->setObjectName(QStringLiteral("deploymentType"));
    m_sku->addItem(tr("Standard"), QStringLiteral("Standard"));
    m_sku->addItem(tr("Global Standard"), QStringLiteral("GlobalStandard"));
    m_sku->addItem(tr("Developer"), QStringLiteral("DeveloperTier"));
    m_sku->addItem(tr("Provisioned"), QStringLiteral("ProvisionedManaged"));
    m_sku->setCurrentIndex(1);
    m_capacity->setObjectName(QStringLiteral("deploymentCapacity"));
    m_capacity->setRange(1, 10000);
    m_advanced->setObjectName(QStringLiteral("deployAdvanced"));
    m_sourceSubscription->setObjectName(QStringLiteral("sourceSubscription"));
    m_sourceGroup->setObjectName(QStringLiteral("sourceResourceGroup"));
    m_sourceAccount->setObjectName(QStringLiteral("sourceAccount"));
    m_auxToken->setObjectName(QStringLiteral("sourceTenantToken"));
    m_auxToken->setEchoMode(QLineEdit::Password);
    m_auxToken->setPlaceholderText(tr("a bearer token of the source tenant; kept in memory only"));
    m_state->setObjectName(QStringLiteral("deployState"));
    m_state->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Model:"), new QLabel(model, this));
    form->addRow(tr("Deployment &name:"), m_name);
    form->addRow(tr("Deployment &type:"), m_sku);
    form->addRow(tr("&Capacity:"), m_capacity);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *adv = new QFormLayout(m_advanced);
    adv->addRow(tr("Source subscription:"), m_sourceSubscription);
    adv->addRow(tr("Source resource group:"), m_sourceGroup);
    adv->addRow(tr("Source account:"), m_sourceAccount);
    adv->addRow(tr("Source tenant token:"), m_auxToken);
    auto *billing =
        new QLabel(tr("Hosting is billed by the hour while the deployment exists; a deployment of a "
                      "fine-tuned model that stays unused for 15 days is removed."),
                   this);
    billing->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Closes the dialog; a deployment under way carries on."));
    buttons->addButton(m_deploy, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(billing);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_name, &QLineEdit::textChanged, this, &DeployDialog::validate);
    validate();
}

void DeployDialog::validate()
{
    if (const QString missing = m_deployments.missingTarget(); !missing.isEmpty()) {
        m_state->setText(
            tr("Deployments are made through Azure Resource Manager. Open Connections and add: %1.")
                .arg(missing));
        m_deploy->setEnabled(false);
        return;
    }
    const bool ok = AutoDeployPage::isValidDeploymentName(m_name->text());
    m_state->setText(ok ? QString()
                        : tr("The name needs 2 to 64 characters: letters, digits, '-', '_' and '.'."));
    m_deploy->setEnabled(ok && !m_operation);
}

void DeployDialog::deploy()
{
    core::Deployment d;
    d.name = m_name->text().trimmed();
    d.modelName = m_model;
    d.skuName = m_sku->currentData().toString();
    d.skuCapacity = m_capacity->value();
    QByteArray aux;
    if (m_advanced->isChecked()) {
        if (!m_sourceSubscription->text().isEmpty() && !m_sourceGroup->text().isEmpty()
            && !m_sourceAccount->text().isEmpty())
            d.modelSource =
                QStringLiteral(
                    "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.CognitiveServices/accounts/%3")
                    .arg(m_sourceSubscription->text().trimmed(), m_sourceGroup->text().trimmed(),
                         m_sourceAccount->text().trimmed());
        aux = m_auxToken->text().toUtf8();
    }
    m_deploy->setEnabled(false);
    // A PUT under a name in use replaces that deployment (its model, type and billing): ask first.
    m_deployments.existing(d.name, this, [this, d, aux](std::optional<core::Deployment> there) {
        if (there && !confirmReplace(*there, d)) {
            m_deploy->setEnabled(true);
            return;
        }
        send(d, aux);
    });
}

bool DeployDialog::confirmReplace(const core::Deployment &there, const core::Deployment &wanted)
{
    const QString text =
        tr("A deployment named %1 already exists: model %2, type %3, capacity %4, state %5. Deploying "
           "replaces it with model %6, type %7, capacity %8; requests to it and its billing change.")
            .arg(there.name, there.modelName, there.skuName, QString::number(there.skuCapacity.value_or(0)),
                 there.provisioningState, wanted.modelName, wanted.skuName,
                 QString::number(wanted.skuCapacity.value_or(0)));
    // Names come from the service: plain text, never markup.
    QMessageBox box(QMessageBox::Question, tr("Replace deployment %1?").arg(there.name), text,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void DeployDialog::send(const core::Deployment &d, const QByteArray &aux)
{
    m_progress->show();
    m_state->setText(tr("Sending the deployment…"));
    auto progress = [this](const QString &state) {
        m_lastState = state;
        m_state->setText(tr("Provisioning: %1").arg(state));
    };
    m_operation = m_deployments.deploy(d, aux, this, progress,
                                       [this](const core::Result<core::Deployment> &r) { deployed(r); });
}

void DeployDialog::deployed(const core::Result<core::Deployment> &r)
{
    m_operation = nullptr;
    m_progress->hide();
    if (!r) {
        const bool refused = r.error().kind != core::ApiError::Kind::Operation;
        m_state->setText(
            refused ? tr("The deployment was refused: %1").arg(r.error().toString())
                    : tr("The deployment ended %1: %2").arg(r.error().operationStatus, r.error().toString()));
        m_deploy->setEnabled(true);
        if (!refused)
            emit finished(m_name->text().trimmed(), false);
        return;
    }
    m_lastState = r.value().provisioningState;
    if (r.value().isProvisioned())
        m_state->setText(tr("Deployed: %1 is ready for requests.").arg(r.value().name));
    else
        m_state->setText(tr("Provisioning: %1").arg(m_lastState));
    emit finished(r.value().name, r.value().isProvisioned());
}

} // namespace ft::ui
