#pragma once

#include "wizardpage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ft::ui {

// 8. Auto-deploy: off, or deploy the model as Global Standard or Developer once the job succeeds,
// under the name shown. Hosting is billed by the hour.
class AutoDeployPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoDeployPage)

public:
    explicit AutoDeployPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    static bool isValidDeploymentName(const QString &name);
    static QString defaultDeploymentName(const core::FineTuneDraft &draft);

private:
    void store();

    QButtonGroup *m_group;
    QRadioButton *m_off;
    QRadioButton *m_global;
    QRadioButton *m_developer;
    QLineEdit *m_name;
    QLabel *m_nameState;
    QLabel *m_armNote;
};

} // namespace ft::ui
