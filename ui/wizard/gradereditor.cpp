#include "gradereditor.h"

#include "appearance.h"

#include "core/grader.h"
#include "core/jsonutil.h"

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

namespace js = core::js;

namespace {
const char *const kTypes[] = {"string_check", "text_similarity", "score_model", "python", "multi"};

js::Json templateFor(const QString &type)
{
    if (type == u"text_similarity")
        return js::Json{{"type", "text_similarity"},
                        {"name", "similarity"},
                        {"input", "{{sample.output_text}}"},
                        {"reference", "{{item.reference_answer}}"},
                        {"evaluation_metric", "fuzzy_match"}};
    if (type == u"score_model")
        return js::Json{{"type", "score_model"},
                        {"name", "judge"},
                        {"model", "gpt-4.1-mini"},
                        {"input",
                         {{{"role", "user"},
                           {"content",
                            "Score from 0 to 1 how well this answer matches the reference.\nAnswer: "
                            "{{sample.output_text}}\nReference: {{item.reference_answer}}"}}}},
                        {"range", {0, 1}}};
    if (type == u"python")
        return js::Json{{"type", "python"},
                        {"name", "python grader"},
                        {"source",
                         "def grade(sample, item) -> float:\n    output = sample[\"output_text\"].strip()\n"
                         "    return 1.0 if output == item[\"reference_answer\"] else 0.0\n"}};
    if (type == u"multi")
        return js::Json{{"type", "multi"},
                        {"name", "combined"},
                        {"graders",
                         {{"exact",
                           {{"type", "string_check"},
                            {"name", "exact"},
                            {"input", "{{sample.output_text}}"},
                            {"reference", "{{item.reference_answer}}"},
                            {"operation", "eq"}}},
                          {"similar",
                           {{"type", "text_similarity"},
                            {"name", "similar"},
                            {"input", "{{sample.output_text}}"},
                            {"reference", "{{item.reference_answer}}"},
                            {"evaluation_metric", "bleu"}}}}},
                        {"calculate_output", "0.5 * exact + 0.5 * similar"}};
    return js::Json{{"type", "string_check"},
                    {"name", "exact match"},
                    {"input", "{{sample.output_text}}"},
                    {"reference", "{{item.reference_answer}}"},
                    {"operation", "eq"}};
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

    auto *compare = new QWidget(this);
    auto *compareForm = new QFormLayout(compare);
    compareForm->setContentsMargins(0, 0, 0, 0);
    // string_check and text_similarity share this form: operation for one, metric for the other.
    compareForm->addRow(tr("&Input:"), m_input);
    compareForm->addRow(tr("Referen&ce:"), m_reference);
    compareForm->addRow(tr("&Operation:"), m_operation);
    compareForm->addRow(tr("Similarit&y metric:"), m_metric);
    auto *score = new QWidget(this);
    auto *scoreForm = new QFormLayout(score);
    scoreForm->setContentsMargins(0, 0, 0, 0);
    scoreForm->addRow(tr("Grading model:"), m_scoreModel);
    scoreForm->addRow(tr("Prompt:"), m_scorePrompt);
    auto *range = new QHBoxLayout;
    range->addWidget(m_rangeLow);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_rangeHigh);
    scoreForm->addRow(tr("Score range:"), range);
    auto *python = new QWidget(this);
    auto *pythonForm = new QFormLayout(python);
    pythonForm->setContentsMargins(0, 0, 0, 0);
    pythonForm->addRow(tr("Source:"), m_source);
    auto *multi =
        new QLabel(tr("Combine graders by name in the JSON below; calculate_output is a formula over their "
                      "scores."),
                   this);
    multi->setWordWrap(true);
    m_forms->addWidget(compare);
    m_forms->addWidget(score);
    m_forms->addWidget(python);
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

    connect(m_type, &QComboBox::activated, this,
            [this](int) { applyTemplate(m_type->currentData().toString()); });
    for (QLineEdit *e : {m_name, m_input, m_reference, m_scoreModel})
        connect(e, &QLineEdit::textEdited, this, &GraderEditor::formToJson);
    for (QComboBox *c : {m_operation, m_metric})
        connect(c, &QComboBox::activated, this, &GraderEditor::formToJson);
    for (QPlainTextEdit *t : {m_scorePrompt, m_source})
        connect(t, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_syncing)
                formToJson();
        });
    for (QDoubleSpinBox *s : {m_rangeLow, m_rangeHigh})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_syncing)
                formToJson();
        });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        jsonToForm();
        emit changed();
    });
    connect(m_check, &QPushButton::clicked, this, &GraderEditor::checkRequested);
    applyTemplate(QStringLiteral("string_check"));
}

void GraderEditor::applyTemplate(const QString &type)
{
    setJson(QString::fromUtf8(js::dump(templateFor(type), 2)));
    emit changed();
}

void GraderEditor::setJson(const QString &json)
{
    m_syncing = true;
    m_json->setPlainText(json);
    m_syncing = false;
    jsonToForm();
}

QString GraderEditor::json() const
{
    return m_json->toPlainText();
}

QStringList GraderEditor::problems() const
{
    js::Json v;
    QString why;
    if (!js::parse(json().toUtf8(), v, &why) || !v.is_object())
        return {tr("The JSON is not a valid object.")};
    return core::Grader::fromJson(v).problems();
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

void GraderEditor::jsonToForm()
{
    js::Json v;
    if (!js::parse(json().toUtf8(), v) || !v.is_object()) {
        showProblems();
        return;
    }
    const core::Grader g = core::Grader::fromJson(v);
    m_syncing = true;
    const int typeIndex = m_type->findData(g.typeName);
    if (typeIndex >= 0)
        m_type->setCurrentIndex(typeIndex);
    m_name->setText(g.name);
    const QString type = g.typeName;
    m_forms->setCurrentIndex(type == u"score_model" ? 1 : type == u"python" ? 2 : type == u"multi" ? 3 : 0);
    if (auto *form = qobject_cast<QFormLayout *>(m_forms->widget(0)->layout())) {
        form->setRowVisible(m_operation, type != u"text_similarity");
        form->setRowVisible(m_metric, type == u"text_similarity");
    }
    m_input->setText(g.input);
    m_reference->setText(g.reference);
    m_operation->setCurrentText(g.operation);
    m_metric->setCurrentText(g.evaluationMetric);
    m_scoreModel->setText(g.model);
    QString prompt;
    for (const auto &item : g.inputItems.value())
        prompt += js::str(item, "content");
    m_scorePrompt->setPlainText(prompt);
    m_rangeLow->setValue(g.range.value(0, 0));
    m_rangeHigh->setValue(g.range.value(1, 1));
    m_source->setPlainText(g.source);
    m_syncing = false;
    showProblems();
}

void GraderEditor::formToJson()
{
    if (m_syncing)
        return;
    js::Json v;
    if (!js::parse(json().toUtf8(), v) || !v.is_object())
        v = templateFor(m_type->currentData().toString());
    const QString type = m_type->currentData().toString();
    v["type"] = js::s(type);
    v["name"] = js::s(m_name->text());
    if (type == u"string_check" || type == u"text_similarity") {
        v["input"] = js::s(m_input->text());
        v["reference"] = js::s(m_reference->text());
        if (type == u"string_check")
            v["operation"] = js::s(m_operation->currentText());
        else
            v["evaluation_metric"] = js::s(m_metric->currentText());
    } else if (type == u"score_model") {
        v["model"] = js::s(m_scoreModel->text());
        v["input"] =
            js::Json::array({js::Json{{"role", "user"}, {"content", js::s(m_scorePrompt->toPlainText())}}});
        v["range"] = js::Json::array({m_rangeLow->value(), m_rangeHigh->value()});
    } else if (type == u"python") {
        v["source"] = js::s(m_source->toPlainText());
    }
    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(js::dump(v, 2)));
    m_syncing = false;
    showProblems();
    emit changed();
}

} // namespace ft::ui
