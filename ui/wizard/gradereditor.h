#pragma once

#include "core/grader.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ft::ui {

// A reinforcement fine-tuning grader: a form for each type (string_check, text_similarity,
// score_model, python; multi through its JSON), kept in step with a JSON view either side can edit,
// and a check that names what is wrong. Holds the grader as a core::Grader; the JSON text is read and
// written by core.
class GraderEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraderEditor)

public:
    explicit GraderEditor(QWidget *parent = nullptr);

    void setGrader(const core::Grader &grader);
    // The grader the JSON view shows; nullopt while that text is not a JSON object.
    std::optional<core::Grader> grader() const;
    QStringList problems() const;
    void setCheckResult(const QString &text, bool ok);

signals:
    void changed();
    void checkRequested();

private:
    QWidget *buildCompareForm();
    QWidget *buildScoreForm();
    QWidget *buildPythonForm();
    void describeControls();
    void connectControls();
    void formToGrader();
    void jsonToGrader();
    void graderToForm();
    void applyTemplate(core::Grader::Type type);
    void showProblems();

    QComboBox *m_type;
    QLineEdit *m_name;
    QStackedWidget *m_forms;
    QLineEdit *m_input;
    QLineEdit *m_reference;
    QComboBox *m_operation;
    QComboBox *m_metric;
    QLineEdit *m_scoreModel;
    QPlainTextEdit *m_scorePrompt;
    QDoubleSpinBox *m_rangeLow;
    QDoubleSpinBox *m_rangeHigh;
    QPlainTextEdit *m_source;
    QPlainTextEdit *m_json;
    QLabel *m_state;
    QPushButton *m_check;
    core::Grader m_grader; // the last grader the JSON view held
    bool m_jsonValid = true;
    bool m_syncing = false;
};

} // namespace ft::ui
