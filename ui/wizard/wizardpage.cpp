#include "wizardpage.h"

#include "finetunewizard.h"

namespace ft::ui {

FineTuneWizard *WizardPage::fineTuneWizard() const
{
    return static_cast<FineTuneWizard *>(wizard());
}

core::FineTuneDraft &WizardPage::draft() const
{
    return fineTuneWizard()->draft();
}

Session &WizardPage::session() const
{
    return fineTuneWizard()->session();
}

void WizardPage::changed()
{
    if (fineTuneWizard())
        fineTuneWizard()->draftChanged();
    emit completeChanged();
}

} // namespace ft::ui
