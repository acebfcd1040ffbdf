#pragma once

#include "wizardpage.h"

namespace ft::core {
struct Grader;
}

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace ft::ui {

class GraderEditor;

// 7. Hyperparameters: the service's defaults, or custom values for the method with their ranges and
// hints; for RFT the grader and its settings; Weights & Biases and metadata in an advanced section.
class HyperparametersPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HyperparametersPage)

public:
    explicit HyperparametersPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    // Why Next is not allowed, in words; empty when it is.
    QString problem() const;

private:
    void describeControls();
    void buildCustomBox();
    void buildRftBox();
    void buildAdvancedBox();
    void connectControls();
    void store();
    void checkGrader();
    void checkGraderWithService(const core::Grader &grader, qint64 examples);

    QRadioButton *m_default;
    QRadioButton *m_custom;
    QGroupBox *m_customBox;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_learningRate;
    QSpinBox *m_epochs;
    QDoubleSpinBox *m_beta;
    QLabel *m_betaLabel;
    QGroupBox *m_rftBox;
    QComboBox *m_effort;
    QDoubleSpinBox *m_compute;
    QSpinBox *m_evalInterval;
    QSpinBox *m_evalSamples;
    GraderEditor *m_grader;
    QPlainTextEdit *m_responseFormat;
    QGroupBox *m_advanced;
    QLineEdit *m_wandbProject;
    QLineEdit *m_wandbName;
    QLineEdit *m_wandbEntity;
    QLineEdit *m_wandbTags;
    QTableWidget *m_metadata;
    QLabel *m_problem;
    bool m_loading = false;
};

} // namespace ft::ui
