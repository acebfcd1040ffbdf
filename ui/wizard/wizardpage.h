#pragma once

#include "core/finetunedraft.h"

#include <QWizardPage>

class QButtonGroup;

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
    // A page answered by one of a group of buttons is complete when the chosen one may still be chosen.
    static bool hasEnabledChoice(const QButtonGroup &group);
    // How a page introduces itself: its name (for tests and accessibility), title, subtitle and the longer
    // text of "What's This?".
    void introduce(const QString &objectName, const QString &title, const QString &subTitle,
                   const QString &whatsThis);
};

} // namespace ft::ui
