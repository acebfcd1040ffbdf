#pragma once

#include "wizardpage.h"

class QLabel;
class QLineEdit;

namespace ft::ui {

// 6. Suffix and seed: the suffix is checked as it is typed against the connected service's rule, with a
// preview of the model name it gives; an empty seed lets the service pick one.
class SuffixSeedPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuffixSeedPage)

public:
    explicit SuffixSeedPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    static QString previewName(const QString &baseModel, const QString &suffix, bool azure);

private:
    void update();

    QLineEdit *m_suffix;
    QLabel *m_suffixState;
    QLabel *m_preview;
    QLineEdit *m_seed;
    QLabel *m_seedState;
};

} // namespace ft::ui
