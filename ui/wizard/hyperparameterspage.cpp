#include "hyperparameterspage.h"

#include "appearance.h"

#include "finetunewizard.h"
#include "gradercheck.h"
#include "gradereditor.h"
#include "session.h"

#include "core/catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ft::ui {

namespace {
// "auto" is the spin box's minimum, one step below the range it offers.
void autoSpin(QSpinBox *s, const core::NumberRange &r, int fallbackMax)
{
    const int lo = int(r.uiMin.value_or(r.min.value_or(1)));
    s->setRange(lo - 1, int(r.uiMax.value_or(r.max.value_or(fallbackMax))));
    s->setSpecialValueText(QObject::tr("auto"));
}

void autoSpin(QDoubleSpinBox *s, const core::NumberRange &r, double step, double fallbackMax)
{
    const double lo = r.uiMin.value_or(r.minExclusive.value_or(r.min.value_or(0)) + step);
    s->setDecimals(step < 0.1 ? 2 : 1);
    s->setSingleStep(step);
    s->setRange(lo - step, r.uiMax.value_or(r.max.value_or(fallbackMax)));
    s->setSpecialValueText(QObject::tr("auto"));
}

core::HyperParam fromSpin(const QSpinBox *s)
{
    return s->value() == s->minimum() ? core::HyperParam::autoValue() : core::HyperParam::integer(s->value());
}

core::HyperParam fromSpin(const QDoubleSpinBox *s)
{
    return s->value() <= s->minimum() + 1e-9 ? core::HyperParam::autoValue()
                                             : core::HyperParam::real(s->value());
}

void toSpin(QSpinBox *s, const core::HyperParam &p)
{
    s->setValue(p.isNumber() ? int(p.number()) : s->minimum());
}
void toSpin(QDoubleSpinBox *s, const core::HyperParam &p)
{
    s->setValue(p.isNumber() ? p.number() : s->minimum());
}
} // namespace

HyperparametersPage::HyperparametersPage(QWidget *parent)
    : WizardPage(parent)
    , m_default(new QRadioButton(tr("&Default: let the service choose"), this))
    , m_custom(new QRadioButton(tr("C&ustom"), this))
    , m_customBox(new QGroupBox(tr("Custom hyperparameters"), this))
    , m_batch(new QSpinBox(this))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_epochs(new QSpinBox(this))
    , m_beta(new QDoubleSpinBox(this))
    , m_betaLabel(new QLabel(tr("Be&ta:"), this))
    , m_rftBox(new QGroupBox(tr("Reinforcement: grader and sampling"), this))
    , m_effort(new QComboBox(this))
    , m_compute(new QDoubleSpinBox(this))
    , m_evalInterval(new QSpinBox(this))
    , m_evalSamples(new QSpinBox(this))
    , m_grader(new GraderEditor(this))
    , m_responseFormat(new QPlainTextEdit(this))
    , m_advanced(new QGroupBox(tr("&Advanced: Weights && Biases and metadata"), this))
    , m_wandbProject(new QLineEdit(this))
    , m_wandbName(new QLineEdit(this))
    , m_wandbEntity(new QLineEdit(this))
    , m_wandbTags(new QLineEdit(this))
    , m_metadata(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
{
    introduce(
        QStringLiteral("hyperparametersPage"), tr("Hyperparameters"),
        tr("The defaults suit most datasets: the service picks them from the data. Custom values apply to "
           "this job only."),
        tr("<p><b>Hyperparameters</b></p><p><b>Batch size</b>: examples per training step; larger batches "
           "train "
           "more steadily but more slowly. <b>Learning rate multiplier</b>: scales the base learning rate; "
           "small "
           "values (0.02–0.2) are safest. <b>Epochs</b>: passes over the training file. \"auto\" lets the "
           "service choose from your data.</p><p>DPO adds <b>beta</b>; reinforcement fine-tuning adds the "
           "grader "
           "and its evaluation settings.</p>"));
    describeControls();
    buildCustomBox();
    buildRftBox();
    buildAdvancedBox();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(appearance::errorStyle());

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_default);
    choice->addWidget(m_custom);
    choice->addStretch();
    layout->addLayout(choice);
    layout->addWidget(m_customBox);
    layout->addWidget(m_rftBox);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problem);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connectControls();
}

void HyperparametersPage::describeControls()
{
    const core::Catalog &c = core::Catalog::builtin();
    m_default->setObjectName(QStringLiteral("hyperDefault"));
    m_default->setToolTip(tr("The service picks the hyperparameters from your data."));
    m_custom->setObjectName(QStringLiteral("hyperCustom"));
    m_custom->setToolTip(tr("Set the hyperparameters yourself."));
    m_batch->setObjectName(QStringLiteral("batchSize"));
    m_batch->setToolTip(tr("Examples per training step; auto lets the service choose."));
    m_learningRate->setObjectName(QStringLiteral("learningRateMultiplier"));
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setToolTip(tr("Passes over the training file; auto lets the service choose."));
    m_beta->setObjectName(QStringLiteral("beta"));
    m_effort->setObjectName(QStringLiteral("reasoningEffort"));
    m_effort->setToolTip(tr("How much the model reasons before it answers during training."));
    m_compute->setObjectName(QStringLiteral("computeMultiplier"));
    m_compute->setToolTip(tr("Scales the compute spent exploring answers; more costs more."));
    m_evalInterval->setObjectName(QStringLiteral("evalInterval"));
    m_evalInterval->setToolTip(tr("Training steps between two evaluations on the validation data."));
    m_evalSamples->setObjectName(QStringLiteral("evalSamples"));
    m_evalSamples->setToolTip(tr("Answers sampled per validation example at each evaluation."));
    m_responseFormat->setObjectName(QStringLiteral("responseFormat"));
    m_responseFormat->setToolTip(tr("Optional: a JSON schema the answers must follow."));
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_advanced->setToolTip(tr("Optional: a Weights & Biases integration and metadata for the job."));
    m_wandbProject->setObjectName(QStringLiteral("wandbProject"));
    m_metadata->setObjectName(QStringLiteral("metadataTable"));
    m_problem->setObjectName(QStringLiteral("hyperProblem"));

    autoSpin(m_batch, c.hyperparameterRange(QStringLiteral("batch_size")), 32);
    autoSpin(m_learningRate, c.hyperparameterRange(QStringLiteral("learning_rate_multiplier")), 0.01, 10);
    autoSpin(m_epochs, c.hyperparameterRange(QStringLiteral("n_epochs")), 10);
    autoSpin(m_beta, c.hyperparameterRange(QStringLiteral("beta")), 0.01, 2);
    autoSpin(m_compute, c.hyperparameterRange(QStringLiteral("compute_multiplier")), 0.1, 3);
    autoSpin(m_evalInterval, c.hyperparameterRange(QStringLiteral("eval_interval")), 25);
    autoSpin(m_evalSamples, c.hyperparameterRange(QStringLiteral("eval_samples")), 10);
    for (const QString &e : c.reasoningEfforts())
        m_effort->addItem(e, e);
}

void HyperparametersPage::buildCustomBox()
{
    const core::NumberRange lr =
        core::Catalog::builtin().hyperparameterRange(QStringLiteral("learning_rate_multiplier"));
    m_learningRate->setToolTip(tr("Between 0 and 10; values from %1 to %2 usually work best.")
                                   .arg(lr.hintLow.value_or(0.02))
                                   .arg(lr.hintHigh.value_or(0.2)));
    auto *custom = new QFormLayout(m_customBox);
    custom->addRow(tr("Batch si&ze (1–%1 or auto):").arg(m_batch->maximum()), m_batch);
    custom->addRow(tr("&Learning rate multiplier (hint %1–%2):")
                       .arg(lr.hintLow.value_or(0.02))
                       .arg(lr.hintHigh.value_or(0.2)),
                   m_learningRate);
    custom->addRow(tr("&Epochs (1–%1 or auto):").arg(m_epochs->maximum()), m_epochs);
    custom->addRow(m_betaLabel, m_beta);
    m_betaLabel->setBuddy(m_beta);
}

void HyperparametersPage::buildRftBox()
{
    auto *rft = new QFormLayout(m_rftBox);
    rft->addRow(m_grader);
    rft->addRow(tr("&Reasoning effort:"), m_effort);
    rft->addRow(tr("Compute &multiplier (%1–%2):").arg(m_compute->minimum() + 0.1).arg(m_compute->maximum()),
                m_compute);
    rft->addRow(tr("E&val interval (steps):"), m_evalInterval);
    rft->addRow(tr("Eval &samples:"), m_evalSamples);
    m_responseFormat->setPlaceholderText(
        tr("Optional: a response_format JSON schema, e.g. {\"type\": \"json_schema\", ...}"));
    m_responseFormat->setMaximumHeight(70);
    rft->addRow(tr("Response &format:"), m_responseFormat);
}

void HyperparametersPage::buildAdvancedBox()
{
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedBody = new QWidget(m_advanced);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->addWidget(advancedBody);
    advancedBody->hide();
    connect(m_advanced, &QGroupBox::toggled, advancedBody, &QWidget::setVisible);
    auto *adv = new QFormLayout(advancedBody);
    adv->addRow(tr("W&&B pro&ject:"), m_wandbProject);
    adv->addRow(tr("W&&B run name:"), m_wandbName);
    adv->addRow(tr("W&&B entity:"), m_wandbEntity);
    adv->addRow(tr("W&&B tags (comma separated):"), m_wandbTags);
    m_metadata->setHorizontalHeaderLabels({tr("Metadata key"), tr("Value")});
    m_metadata->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_metadata->verticalHeader()->hide();
    m_metadata->setMaximumHeight(110);
    auto *mdButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &pair"), this);
    auto *remove = new QPushButton(tr("Remove pair"), this);
    mdButtons->addWidget(add);
    mdButtons->addWidget(remove);
    mdButtons->addStretch();
    adv->addRow(m_metadata);
    adv->addRow(mdButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_metadata->insertRow(m_metadata->rowCount());
        m_metadata->setCurrentCell(m_metadata->rowCount() - 1, 0);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_metadata->currentRow() >= 0)
            m_metadata->removeRow(m_metadata->currentRow());
        store();
    });
}

void HyperparametersPage::connectControls()
{
    auto save = [this] { store(); };
    connect(m_default, &QRadioButton::toggled, this, save);
    for (QSpinBox *s : {m_batch, m_epochs, m_evalInterval, m_evalSamples})
        connect(s, &QSpinBox::valueChanged, this, save);
    for (QDoubleSpinBox *s : {m_learningRate, m_beta, m_compute})
        connect(s, &QDoubleSpinBox::valueChanged, this, save);
    connect(m_effort, &QComboBox::currentIndexChanged, this, save);
    connect(m_grader, &GraderEditor::changed, this, save);
    connect(m_grader, &GraderEditor::checkRequested, this, &HyperparametersPage::checkGrader);
    connect(m_responseFormat, &QPlainTextEdit::textChanged, this, save);
    for (QLineEdit *e : {m_wandbProject, m_wandbName, m_wandbEntity, m_wandbTags})
        connect(e, &QLineEdit::textChanged, this, save);
    connect(m_metadata, &QTableWidget::cellChanged, this, save);
    connect(m_custom, &QRadioButton::toggled, m_customBox, &QWidget::setEnabled);
}

void HyperparametersPage::initializePage()
{
    m_loading = true;
    const core::FineTuneDraft &d = draft();
    (d.customHyperparameters ? m_custom : m_default)->setChecked(true);
    m_customBox->setEnabled(d.customHyperparameters);
    const core::Hyperparameters &h = d.hyperparameters;
    toSpin(m_batch, h.batchSize);
    toSpin(m_learningRate, h.learningRateMultiplier);
    toSpin(m_epochs, h.nEpochs);
    toSpin(m_beta, h.beta);
    toSpin(m_compute, h.computeMultiplier);
    toSpin(m_evalInterval, h.evalInterval);
    toSpin(m_evalSamples, h.evalSamples);
    const int effort =
        m_effort->findData(h.reasoningEffort.isEmpty() ? QStringLiteral("default") : h.reasoningEffort);
    m_effort->setCurrentIndex(std::max(0, effort));
    const bool dpo = d.method == core::MethodType::Dpo;
    m_beta->setVisible(dpo);
    m_betaLabel->setVisible(dpo);
    m_rftBox->setVisible(d.method == core::MethodType::Reinforcement);
    if (d.grader)
        m_grader->setGrader(*d.grader);
    m_responseFormat->setPlainText(d.responseFormat.toText());
    m_wandbProject->setText(d.wandbProject);
    m_wandbName->setText(d.wandbName);
    m_wandbEntity->setText(d.wandbEntity);
    m_wandbTags->setText(d.wandbTags.join(QStringLiteral(", ")));
    m_metadata->setRowCount(0);
    for (auto it = d.metadata.begin(); it != d.metadata.end(); ++it) {
        if (it.key() == u"ft_studio_request_id")
            continue;
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_metadata->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_advanced->setChecked(!d.wandbProject.isEmpty() || !d.metadata.isEmpty());
    m_loading = false;
    store();
}

void HyperparametersPage::store()
{
    if (m_loading)
        return;
    core::FineTuneDraft &d = draft();
    d.customHyperparameters = m_custom->isChecked();
    core::Hyperparameters &h = d.hyperparameters;
    h.batchSize = fromSpin(m_batch);
    h.learningRateMultiplier = fromSpin(m_learningRate);
    h.nEpochs = fromSpin(m_epochs);
    h.beta = fromSpin(m_beta);
    h.computeMultiplier = fromSpin(m_compute);
    h.evalInterval = fromSpin(m_evalInterval);
    h.evalSamples = fromSpin(m_evalSamples);
    h.reasoningEffort = m_effort->currentData().toString();
    // While a text does not read as JSON, the draft keeps what it last read (and Next says why not).
    if (d.method == core::MethodType::Reinforcement) {
        if (auto grader = m_grader->grader())
            d.grader = std::move(*grader);
    }
    if (auto format = core::ResponseFormat::fromText(m_responseFormat->toPlainText()))
        d.responseFormat = std::move(*format);
    d.wandbProject = m_wandbProject->text().trimmed();
    d.wandbName = m_wandbName->text().trimmed();
    d.wandbEntity = m_wandbEntity->text().trimmed();
    d.wandbTags.clear();
    for (const QString &t : m_wandbTags->text().split(u',', Qt::SkipEmptyParts))
        d.wandbTags << t.trimmed();
    d.metadata.clear();
    for (int r = 0; r < m_metadata->rowCount(); ++r) {
        const QString k = m_metadata->item(r, 0) ? m_metadata->item(r, 0)->text().trimmed() : QString();
        const QString v = m_metadata->item(r, 1) ? m_metadata->item(r, 1)->text() : QString();
        if (!k.isEmpty())
            d.metadata.insert(k, v);
    }
    m_problem->setText(problem());
    changed();
}

QString HyperparametersPage::problem() const
{
    const core::FineTuneDraft &d = draft();
    if (d.method == core::MethodType::Reinforcement) {
        const QStringList p = m_grader->problems();
        if (!p.isEmpty())
            return tr("The grader is not ready: %1").arg(p.join(u' '));
        if (!core::ResponseFormat::fromText(m_responseFormat->toPlainText()))
            return tr("The response format is not a JSON object.");
    }
    if (d.metadata.size() > 16)
        return tr("Metadata holds at most 16 pairs.");
    for (auto it = d.metadata.begin(); it != d.metadata.end(); ++it) {
        if (it.key().size() > 64 || it.value().size() > 512)
            return tr("Metadata keys have at most 64 characters and values at most 512.");
    }
    return {};
}

void HyperparametersPage::checkGrader()
{
    const QStringList local = m_grader->problems();
    if (!local.isEmpty()) {
        m_grader->setCheckResult(local.join(u' '), false);
        return;
    }
    const core::Grader grader = m_grader->grader().value_or(core::Grader{});
    // The grader reads {{item.x}} from each example: the chosen training examples must have every x, or
    // the job fails as soon as it starts.
    m_grader->setCheckResult(tr("Reading the training examples…"), true);
    checkGraderAgainstTraining(session(), draft(), grader, this,
                               [this, grader](const GraderDataOutcome &data) {
                                   if (!data.problems.isEmpty()) {
                                       m_grader->setCheckResult(data.problems.join(u' '), false);
                                       return;
                                   }
                                   checkGraderWithService(grader, data.examples);
                               });
}

void HyperparametersPage::checkGraderWithService(const core::Grader &grader, qint64 examples)
{
    const QStringList keys = grader.referencedItemKeys();
    const QString reads = keys.isEmpty() ? tr("nothing") : keys.join(QStringLiteral(", "));
    const QString data = examples > 0 ? tr("all %n training examples have it.", nullptr, int(examples))
                                      : tr("the training data is checked against it when it is chosen.");
    if (session().profile().kind == api::ServiceKind::AzureClassic) {
        m_grader->setCheckResult(tr("Well formed; it reads %1 from each example: %2").arg(reads, data), true);
        return;
    }
    m_grader->setCheckResult(tr("Checking with the service…"), true);
    session().client().jobs().validateGrader(
        grader, this, [this, reads, data](const core::Result<core::Grader> &r) {
            if (r)
                m_grader->setCheckResult(
                    tr("The service accepts this grader; it reads %1 from each example: %2").arg(reads, data),
                    true);
            else
                m_grader->setCheckResult(r.error().message, false);
        });
}

bool HyperparametersPage::isComplete() const
{
    return problem().isEmpty();
}

int HyperparametersPage::nextId() const
{
    return session().isAzure() ? FineTuneWizard::DeployPageId : FineTuneWizard::ReviewPageId;
}

} // namespace ft::ui
