#include "wizardpage.h"

#include "finetunewizard.h"

#include <QAbstractButton>
#include <QButtonGroup>

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

void WizardPage::introduce(const QString &objectName, const QString &title, const QString &subTitle,
                           const QString &whatsThis)
{
    setObjectName(objectName);
    setTitle(title);
    setSubTitle(subTitle);
    setWhatsThis(whatsThis);
}

bool WizardPage::hasEnabledChoice(const QButtonGroup &group)
{
    const QAbstractButton *checked = group.checkedButton();
    return checked && checked->isEnabled();
}

} // namespace ft::ui
