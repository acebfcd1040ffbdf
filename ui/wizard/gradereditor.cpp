#include "gradereditor.h"

#include "appearance.h"

#include "core/gradertemplates.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ft::ui {

using Type = core::Grader::Type;

namespace {
// The stacked forms, in the order they are added.
enum Form { CompareForm, ScoreForm, PythonForm, MultiForm };

// A page of the grader's form stack: a form without margins of its own (the editor's layout has them).
QWidget *formPage(QWidget *parent, QFormLayout *&form)
{
    auto *page = new QWidget(parent);
    form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    return page;
}

Form formFor(Type type)
{
    switch (type) {
    case Type::ScoreModel:
        return ScoreForm;
    case Type::Python:
        return PythonForm;
    case Type::Multi:
        return MultiForm;
    default:
        return CompareForm;
    }
}
} // namespace

GraderEditor::GraderEditor(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_forms(new QStackedWidget(this))
    , m_input(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_scoreModel(new QLineEdit(this))
    , m_scorePrompt(new QPlainTextEdit(this))
    , m_rangeLow(new QDoubleSpinBox(this))
    , m_rangeHigh(new QDoubleSpinBox(this))
    , m_source(new QPlainTextEdit(this))
    , m_json(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_check(new QPushButton(tr("Chec&k grader"), this))
{
    setObjectName(QStringLiteral("graderEditor"));
    describeControls();
    m_forms->addWidget(buildCompareForm());
    m_forms->addWidget(buildScoreForm());
    m_forms->addWidget(buildPythonForm());
    auto *multi =
        new QLabel(tr("Combine graders by name in the JSON below; calculate_output is a formula over their "
                      "scores."),
                   this);
    multi->setWordWrap(true);
    m_forms->addWidget(multi);

    auto *top = new QFormLayout;
    top->addRow(tr("Grader &type:"), m_type);
    top->addRow(tr("&Grader name:"), m_name);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_forms);
    layout->addWidget(new QLabel(tr("JSON:"), this));
    layout->addWidget(m_json, 1);
    layout->addLayout(buttons);

    connectControls();
    applyTemplate(Type::StringCheck);
}

void GraderEditor::describeControls()
{
    m_type->setObjectName(QStringLiteral("graderType"));
    m_type->setToolTip(tr("How the grader scores an answer."));
    m_type->setAccessibleName(tr("Grader type"));
    m_type->addItem(tr("String check"), QStringLiteral("string_check"));
    m_type->addItem(tr("Text similarity"), QStringLiteral("text_similarity"));
    m_type->addItem(tr("Score model"), QStringLiteral("score_model"));
    m_type->addItem(tr("Python"), QStringLiteral("python"));
    m_type->addItem(tr("Multi (combine graders)"), QStringLiteral("multi"));
    m_name->setObjectName(QStringLiteral("graderName"));
    m_name->setToolTip(tr("A name for the grader, shown in the job's results."));
    m_input->setObjectName(QStringLiteral("graderInput"));
    m_input->setToolTip(tr("What is graded, e.g. {{sample.output_text}}."));
    m_reference->setObjectName(QStringLiteral("graderReference"));
    m_reference->setToolTip(tr("What it is compared with, e.g. {{item.answer}} from each example."));
    m_operation->addItems(
        {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("like"), QStringLiteral("ilike")});
    m_metric->addItems({QStringLiteral("fuzzy_match"), QStringLiteral("bleu"), QStringLiteral("gleu"),
                        QStringLiteral("meteor"), QStringLiteral("rouge_1"), QStringLiteral("rouge_2"),
                        QStringLiteral("rouge_3"), QStringLiteral("rouge_4"), QStringLiteral("rouge_5"),
                        QStringLiteral("rouge_l"), QStringLiteral("cosine")});
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_json->setFont(mono);
    m_json->setObjectName(QStringLiteral("graderJson"));
    m_json->setToolTip(tr("The grader as JSON; edit it here or with the fields above."));
    m_json->setAccessibleName(tr("Grader JSON"));
    m_source->setFont(mono);
    m_scorePrompt->setMaximumHeight(80);
    m_source->setMaximumHeight(110);
    m_json->setMinimumHeight(90);
    for (QDoubleSpinBox *s : {m_rangeLow, m_rangeHigh}) {
        s->setRange(-100, 100);
        s->setDecimals(2);
    }
    m_state->setObjectName(QStringLiteral("graderState"));
    m_state->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("graderCheck"));
    m_operation->setToolTip(tr("How input and reference are compared."));
    m_metric->setToolTip(tr("How similar the texts must be, and by which measure."));
    m_check->setToolTip(tr("Checks the grader and lists the example fields it reads."));
}

QWidget *GraderEditor::buildCompareForm()
{
    QFormLayout *form = nullptr;
    QWidget *compare = formPage(this, form);
    // string_check and text_similarity share this form: operation for one, metric for the other.
    form->addRow(tr("&Input:"), m_input);
    form->addRow(tr("Referen&ce:"), m_reference);
    form->addRow(tr("&Operation:"), m_operation);
    form->addRow(tr("Similarit&y metric:"), m_metric);
    return compare;
}

QWidget *GraderEditor::buildScoreForm()
{
    QFormLayout *form = nullptr;
    QWidget *score = formPage(this, form);
    form->addRow(tr("Grading model:"), m_scoreModel);
    form->addRow(tr("Prompt:"), m_scorePrompt);
    auto *range = new QHBoxLayout;
    range->addWidget(m_rangeLow);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_rangeHigh);
    form->addRow(tr("Score range:"), range);
    return score;
}

QWidget *GraderEditor::buildPythonForm()
{
    QFormLayout *form = nullptr;
    QWidget *python = formPage(this, form);
    form->addRow(tr("Source:"), m_source);
    return python;
}

void GraderEditor::connectControls()
{
    connect(m_type, &QComboBox::activated, this,
            [this](int) { applyTemplate(core::Grader::typeFromName(m_type->currentData().toString())); });
    for (QLineEdit *e : {m_name, m_input, m_reference, m_scoreModel})
        connect(e, &QLineEdit::textEdited, this, &GraderEditor::formToGrader);
    for (QComboBox *c : {m_operation, m_metric})
        connect(c, &QComboBox::activated, this, &GraderEditor::formToGrader);
    for (QPlainTextEdit *t : {m_scorePrompt, m_source})
        connect(t, &QPlainTextEdit::textChanged, this, &GraderEditor::formToGrader);
    for (QDoubleSpinBox *s : {m_rangeLow, m_rangeHigh})
        connect(s, &QDoubleSpinBox::valueChanged, this, &GraderEditor::formToGrader);
    connect(m_json, &QPlainTextEdit::textChanged, this, &GraderEditor::jsonToGrader);
    connect(m_check, &QPushButton::clicked, this, &GraderEditor::checkRequested);
}

void GraderEditor::applyTemplate(Type type)
{
    setGrader(core::graderTemplate(type));
    emit changed();
}

void GraderEditor::setGrader(const core::Grader &grader)
{
    m_grader = grader;
    m_jsonValid = true;
    m_syncing = true;
    m_json->setPlainText(m_grader.toJsonText());
    m_syncing = false;
    graderToForm();
}

std::optional<core::Grader> GraderEditor::grader() const
{
    if (!m_jsonValid)
        return std::nullopt;
    return m_grader;
}

QStringList GraderEditor::problems() const
{
    if (!m_jsonValid)
        return {tr("The JSON is not a valid object.")};
    return m_grader.problems();
}

void GraderEditor::setCheckResult(const QString &text, bool ok)
{
    m_state->setText(text);
    m_state->setStyleSheet(ok ? appearance::successStyle() : appearance::errorStyle());
}

void GraderEditor::showProblems()
{
    const QStringList p = problems();
    if (p.isEmpty())
        m_state->clear();
    else
        setCheckResult(p.join(u' '), false);
}

// The JSON view was edited: it becomes the grader when it reads as one.
void GraderEditor::jsonToGrader()
{
    if (m_syncing)
        return;
    if (auto grader = core::Grader::fromJsonText(m_json->toPlainText())) {
        m_grader = std::move(*grader);
        m_jsonValid = true;
        graderToForm();
    } else {
        m_jsonValid = false;
        showProblems();
    }
    emit changed();
}

void GraderEditor::graderToForm()
{
    const core::Grader &g = m_grader;
    m_syncing = true;
    const int typeIndex = m_type->findData(g.typeName);
    if (typeIndex >= 0)
        m_type->setCurrentIndex(typeIndex);
    m_name->setText(g.name);
    m_forms->setCurrentIndex(formFor(g.type));
    if (auto *form = qobject_cast<QFormLayout *>(m_forms->widget(CompareForm)->layout())) {
        form->setRowVisible(m_operation, g.type != Type::TextSimilarity);
        form->setRowVisible(m_metric, g.type == Type::TextSimilarity);
    }
    m_input->setText(g.input);
    m_reference->setText(g.reference);
    m_operation->setCurrentText(g.operation);
    m_metric->setCurrentText(g.evaluationMetric);
    m_scoreModel->setText(g.model);
    m_scorePrompt->setPlainText(g.promptText());
    m_rangeLow->setValue(g.range.value(0, 0));
    m_rangeHigh->setValue(g.range.value(1, 1));
    m_source->setPlainText(g.source);
    m_syncing = false;
    showProblems();
}

// A field of the form was edited: the grader takes it, and the JSON view shows the result.
void GraderEditor::formToGrader()
{
    if (m_syncing)
        return;
    core::Grader &g = m_grader;
    g.name = m_name->text();
    switch (g.type) {
    case Type::StringCheck:
    case Type::TextSimilarity:
        g.input = m_input->text();
        g.reference = m_reference->text();
        if (g.type == Type::StringCheck)
            g.operation = m_operation->currentText();
        else
            g.evaluationMetric = m_metric->currentText();
        break;
    case Type::ScoreModel:
        g.model = m_scoreModel->text();
        g.setPrompt(m_scorePrompt->toPlainText());
        g.range = {m_rangeLow->value(), m_rangeHigh->value()};
        break;
    case Type::Python:
        g.source = m_source->toPlainText();
        break;
    default:
        break;
    }
    m_jsonValid = true;
    m_syncing = true;
    m_json->setPlainText(g.toJsonText());
    m_syncing = false;
    showProblems();
    emit changed();
}

} // namespace ft::ui
