#pragma once

#include "core/finetunedraft.h"

#include <QWizardPage>

namespace ft::ui {

class FineTuneWizard;
class Session;

// The base of every page: access to the wizard's draft and session.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

protected:
    FineTuneWizard *fineTuneWizard() const;
    core::FineTuneDraft &draft() const;
    Session &session() const;
    void changed(); // the draft changed: save it and re-check completeness
};

} // namespace ft::ui
