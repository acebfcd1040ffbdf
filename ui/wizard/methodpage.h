#pragma once

#include "wizardpage.h"

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace ft::ui {

// 1. Training method: supervised, DPO or reinforcement, each with what it is for. Methods the chosen
// base model cannot train are disabled, with the reason.
class MethodPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodPage)

public:
    explicit MethodPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void showEvent(QShowEvent *event) override; // also when coming Back from the model page

private:
    void updateAvailability();

    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
    QList<QLabel *> m_reasons;
};

} // namespace ft::ui
