#include "autodeploypage.h"

#include "appearance.h"

#include "finetunewizard.h"
#include "session.h"

#include "core/catalog.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ft::ui {

AutoDeployPage::AutoDeployPage(QWidget *parent)
    : WizardPage(parent)
    , m_group(new QButtonGroup(this))
    , m_off(new QRadioButton(tr("&Off: deploy it later from the dashboard"), this))
    , m_global(new QRadioButton(tr("&Global Standard"), this))
    , m_developer(new QRadioButton(tr("&Developer"), this))
    , m_name(new QLineEdit(this))
    , m_nameState(new QLabel(this))
    , m_armNote(new QLabel(this))
{
    introduce(
        QStringLiteral("deployPage"), tr("Auto-deploy"),
        tr("Deploy the fine-tuned model as soon as the job succeeds."),
        tr("<p><b>Auto-deploy</b></p><p>When the job succeeds, Fine-Tune Studio creates a deployment of the "
           "new "
           "model with the name and type you choose here, so it is ready to try in the playground. Hosting "
           "is "
           "billed by the hour while a deployment exists.</p><p>It needs the connection's Azure Resource "
           "Manager "
           "target (Connections dialog).</p>"));
    m_off->setObjectName(QStringLiteral("deployOff"));
    m_off->setToolTip(tr("No deployment now; deploy from the job's page later."));
    m_global->setObjectName(QStringLiteral("deployGlobal"));
    m_global->setToolTip(tr("A Global Standard deployment, billed per token."));
    m_developer->setObjectName(QStringLiteral("deployDeveloper"));
    m_developer->setToolTip(tr("A Developer deployment: cheapest, for trying the model out."));
    m_name->setObjectName(QStringLiteral("deploymentName"));
    m_name->setAccessibleName(tr("Deployment name"));
    m_group->addButton(m_off, 0);
    m_group->addButton(m_global, 1);
    m_group->addButton(m_developer, 2);
    m_nameState->setWordWrap(true);
    m_armNote->setWordWrap(true);
    m_armNote->setObjectName(QStringLiteral("armNote"));
    auto *billing =
        new QLabel(tr("Hosting a deployment is billed by the hour, whether it is used or not; a deployment "
                      "of a fine-tuned model that is unused for 15 days is removed by the service."),
                   this);
    billing->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_off);
    layout->addWidget(m_global);
    layout->addWidget(new QLabel(tr("      Global capacity, the usual choice for production."), this));
    layout->addWidget(m_developer);
    layout->addWidget(new QLabel(tr("      For evaluation: low cost, no latency guarantees."), this));
    auto *form = new QFormLayout;
    form->addRow(tr("Deployment na&me:"), m_name);
    form->addRow(QString(), m_nameState);
    layout->addLayout(form);
    layout->addWidget(m_armNote);
    layout->addWidget(billing);
    layout->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this] { store(); });
    connect(m_name, &QLineEdit::textChanged, this, [this] { store(); });
}

bool AutoDeployPage::isValidDeploymentName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9_.\-]{1,63}$)"));
    return re.match(name).hasMatch();
}

QString AutoDeployPage::defaultDeploymentName(const core::FineTuneDraft &draft)
{
    const core::CatalogModel *m = core::Catalog::builtin().find(draft.model);
    QString base = draft.suffix.isEmpty() ? (m ? m->family : QStringLiteral("model")) : draft.suffix;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.\\-]")), QStringLiteral("-"));
    return base + QStringLiteral("-ft");
}

void AutoDeployPage::initializePage()
{
    const api::ArmTarget arm = session().connection().arm;
    const bool armReady = arm.isSet() && !arm.token.isEmpty();
    m_global->setEnabled(armReady);
    m_developer->setEnabled(armReady);
    m_armNote->setVisible(!armReady);
    m_armNote->setText(
        tr("Deployments are made through Azure Resource Manager. To deploy automatically, add to the "
           "connection: %1.")
            .arg(arm.missing()));
    if (!armReady)
        draft().autoDeploy = core::FineTuneDraft::AutoDeploy::Off;
    switch (draft().autoDeploy) {
    case core::FineTuneDraft::AutoDeploy::Off:
        m_off->setChecked(true);
        break;
    case core::FineTuneDraft::AutoDeploy::GlobalStandard:
        m_global->setChecked(true);
        break;
    case core::FineTuneDraft::AutoDeploy::Developer:
        m_developer->setChecked(true);
        break;
    }
    m_name->setText(draft().deploymentName.isEmpty() ? defaultDeploymentName(draft())
                                                     : draft().deploymentName);
    store();
}

void AutoDeployPage::store()
{
    core::FineTuneDraft &d = draft();
    d.autoDeploy = m_global->isChecked() ? core::FineTuneDraft::AutoDeploy::GlobalStandard
        : m_developer->isChecked()       ? core::FineTuneDraft::AutoDeploy::Developer
                                         : core::FineTuneDraft::AutoDeploy::Off;
    d.deploymentName = m_name->text().trimmed();
    m_name->setEnabled(d.autoDeploy != core::FineTuneDraft::AutoDeploy::Off);
    const bool ok = isValidDeploymentName(d.deploymentName);
    m_nameState->setText(
        ok ? QString()
           : tr("2 to 64 characters: letters, digits, '-', '_' and '.', starting with a letter or "
                "digit."));
    m_nameState->setStyleSheet(ok ? QString() : appearance::errorStyle());
    changed();
}

bool AutoDeployPage::isComplete() const
{
    return draft().autoDeploy == core::FineTuneDraft::AutoDeploy::Off
        || isValidDeploymentName(draft().deploymentName);
}

int AutoDeployPage::nextId() const
{
    return FineTuneWizard::ReviewPageId;
}

} // namespace ft::ui
