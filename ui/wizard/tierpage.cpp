#include "tierpage.h"

#include "appearance.h"

#include "finetunewizard.h"

#include "core/catalog.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ft::ui {

TierPage::TierPage(QWidget *parent)
    : WizardPage(parent)
    , m_group(new QButtonGroup(this))
{
    introduce(QStringLiteral("tierPage"), tr("Training tier"),
              tr("Where and how the training runs. Prices are per tier; the cost estimate on the review page "
                 "uses the one you pick."),
              tr("<p><b>Training tier</b></p><p><b>Standard</b> trains in the resource's region (data stays "
                 "there). "
                 "<b>Global Standard</b> may train in any region and costs less. <b>Developer</b> costs "
                 "least but can "
                 "be "
                 "preempted and resumed later, and has no data-residency guarantee.</p><p>A tier the model "
                 "does not "
                 "offer is disabled, with the reason. OpenAI connections have no tiers.</p>"));
    auto *layout = new QVBoxLayout(this);
    int id = 0;
    for (const core::TrainingTier &tier : core::Catalog::builtin().trainingTiers()) {
        auto *button = new QRadioButton(core::Catalog::text(tier.label), this);
        button->setToolTip(core::Catalog::text(tier.description));
        button->setObjectName(QStringLiteral("tier_") + tier.id);
        auto *about = new QLabel(core::Catalog::text(tier.description), this);
        about->setWordWrap(true);
        about->setIndent(24);
        auto *reason = new QLabel(this);
        reason->setIndent(24);
        reason->setWordWrap(true);
        reason->setStyleSheet(appearance::secondaryTextStyle());
        reason->hide();
        m_group->addButton(button, id++);
        m_buttons << button;
        m_reasons << reason;
        m_ids << tier.id;
        layout->addWidget(button);
        layout->addWidget(about);
        layout->addWidget(reason);
        layout->addSpacing(8);
    }
    layout->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this](int i) {
        draft().trainingType = m_ids.value(i);
        changed();
    });
}

void TierPage::initializePage()
{
    const core::CatalogModel *model = core::Catalog::builtin().find(draft().model);
    for (int i = 0; i < m_buttons.size(); ++i) {
        const bool ok = model && model->supportsTrainingType(m_ids[i]);
        m_buttons[i]->setEnabled(ok);
        m_reasons[i]->setVisible(!ok && model);
        if (!ok && model)
            m_reasons[i]->setText(tr("%1 does not offer this tier.").arg(model->displayName));
    }
    if (model && !model->supportsTrainingType(draft().trainingType))
        draft().trainingType = model->trainingTypes.value(0);
    const int index = int(m_ids.indexOf(draft().trainingType));
    if (index >= 0)
        m_buttons[index]->setChecked(true);
}

bool TierPage::isComplete() const
{
    return hasEnabledChoice(*m_group);
}

int TierPage::nextId() const
{
    return FineTuneWizard::TrainingPageId;
}

} // namespace ft::ui
