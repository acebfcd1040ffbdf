#pragma once

#include "wizardpage.h"

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace ft::ui {

// 3. Training tier (Azure only): Standard, Global Standard or Developer — where training runs, what it
// costs, whether it can be pre-empted. Tiers the model does not offer are disabled with the reason.
class TierPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierPage)

public:
    explicit TierPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
    QList<QLabel *> m_reasons;
    QStringList m_ids;
};

} // namespace ft::ui
