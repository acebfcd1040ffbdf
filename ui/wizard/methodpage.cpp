#include "methodpage.h"

#include "appearance.h"

#include "finetunewizard.h"

#include "core/catalog.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ft::ui {

namespace {
const core::MethodType kMethods[] = {core::MethodType::Supervised, core::MethodType::Dpo,
                                     core::MethodType::Reinforcement};
}

MethodPage::MethodPage(QWidget *parent)
    : WizardPage(parent)
    , m_group(new QButtonGroup(this))
{
    introduce(
        QStringLiteral("methodPage"), tr("Training method"), tr("How should the model learn from your data?"),
        tr("<p><b>Training method</b></p><p><b>Supervised fine-tuning</b> (SFT) learns from example "
           "conversations: "
           "the assistant messages of each line show the answers you want.</p>"
           "<p><b>Direct preference optimization</b> (DPO) learns from pairs: a preferred and a "
           "non-preferred "
           "answer to each prompt.</p><p><b>Reinforcement fine-tuning</b> (RFT) lets a reasoning model try "
           "answers and learn from the scores a grader gives them.</p><p>A method the chosen base model "
           "cannot "
           "use is disabled, with the reason.</p>"));
    auto *layout = new QVBoxLayout(this);
    const QString names[] = {tr("&Supervised fine-tuning (SFT)"), tr("&Direct preference optimization (DPO)"),
                             tr("&Reinforcement fine-tuning (RFT)")};
    const QString explanations[] = {
        tr("Learn from example conversations: the assistant's replies show exactly what to answer."),
        tr("Learn from pairs of a preferred and a non-preferred reply to the same prompt."),
        tr("Learn by trial: a grader scores sampled answers and the model improves its reasoning."),
    };
    const char *objectNames[] = {"methodSupervised", "methodDpo", "methodReinforcement"};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QRadioButton(names[i], this);
        button->setObjectName(QLatin1String(objectNames[i]));
        button->setAccessibleDescription(explanations[i]);
        auto *explanation = new QLabel(explanations[i], this);
        explanation->setWordWrap(true);
        explanation->setIndent(24);
        auto *reason = new QLabel(this);
        reason->setIndent(24);
        reason->setWordWrap(true);
        reason->setObjectName(QStringLiteral("%1Reason").arg(QLatin1String(objectNames[i])));
        reason->setStyleSheet(appearance::secondaryTextStyle());
        reason->hide();
        m_group->addButton(button, i);
        m_buttons << button;
        m_reasons << reason;
        layout->addWidget(button);
        layout->addWidget(explanation);
        layout->addWidget(reason);
        layout->addSpacing(8);
    }
    layout->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        draft().method = kMethods[id];
        changed();
    });
}

void MethodPage::initializePage()
{
    const int index =
        int(std::find(std::begin(kMethods), std::end(kMethods), draft().method) - std::begin(kMethods));
    if (index >= 0 && index < 3)
        m_buttons[index]->setChecked(true);
    updateAvailability();
}

void MethodPage::updateAvailability()
{
    const core::CatalogModel *model = core::Catalog::builtin().find(draft().model);
    for (int i = 0; i < 3; ++i) {
        const bool ok = !model || model->supports(kMethods[i]);
        m_buttons[i]->setEnabled(ok);
        m_reasons[i]->setVisible(!ok);
        if (!ok)
            m_reasons[i]->setText(
                tr("%1 cannot be trained with this method; pick another base model on the next page "
                   "to use it.")
                    .arg(model->displayName));
    }
}

void MethodPage::showEvent(QShowEvent *event)
{
    WizardPage::showEvent(event);
    updateAvailability();
}

bool MethodPage::isComplete() const
{
    return hasEnabledChoice(*m_group);
}

int MethodPage::nextId() const
{
    return FineTuneWizard::ModelPageId;
}

} // namespace ft::ui
