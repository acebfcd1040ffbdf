#include "joboverview.h"

#include "control/session.h"
#include "core/catalog.h"
#include "core/jobtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace ft::ui {

JobOverview::JobOverview(control::Session &session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_form(new QWidget(this))
    , m_layout(new QFormLayout(m_form))
{
    setWidget(m_form);
    setWidgetResizable(true);
    connect(&m_session, &control::Session::filesChanged, this, [this] {
        if (!m_job.id.isEmpty())
            fill();
    });
}

void JobOverview::setJob(const core::FineTuningJob &job)
{
    m_job = job;
    fill();
}

QString JobOverview::fileName(const QString &id) const
{
    if (const core::File *f = m_session.file(id))
        return QStringLiteral("%1 (%2)").arg(f->filename, id);
    return id;
}

void JobOverview::addRow(const QString &label, const QString &value, bool copyable)
{
    if (value.isEmpty())
        return;
    auto *text = new QLabel(value, m_form);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    if (!copyable) {
        m_layout->addRow(label, text);
        return;
    }
    auto *box = new QHBoxLayout;
    box->addWidget(text, 1);
    auto *copy = new QToolButton(m_form);
    copy->setText(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    copy->setToolTip(tr("Copies %1 to the clipboard.").arg(label));
    copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(copy, &QToolButton::clicked, copy, [value] { QApplication::clipboard()->setText(value); });
    box->addWidget(copy);
    m_layout->addRow(label, box);
}

QString JobOverview::hyperparameters() const
{
    const core::Hyperparameters h = m_job.effectiveHyperparameters();
    QStringList hp{tr("epochs %1").arg(h.nEpochs.toString()), tr("batch size %1").arg(h.batchSize.toString()),
                   tr("learning rate multiplier %1").arg(h.learningRateMultiplier.toString())};
    if (h.beta.isPresent())
        hp << tr("beta %1").arg(h.beta.toString());
    if (!h.reasoningEffort.isEmpty())
        hp << tr("reasoning effort %1").arg(h.reasoningEffort);
    if (h.computeMultiplier.isPresent())
        hp << tr("compute multiplier %1").arg(h.computeMultiplier.toString());
    if (h.evalInterval.isPresent())
        hp << tr("eval interval %1").arg(h.evalInterval.toString());
    if (h.evalSamples.isPresent())
        hp << tr("eval samples %1").arg(h.evalSamples.toString());
    return hp.join(QStringLiteral(", "));
}

QString JobOverview::metadata() const
{
    QStringList pairs;
    if (m_job.metadata)
        for (auto it = m_job.metadata->begin(); it != m_job.metadata->end(); ++it)
            pairs << QStringLiteral("%1 = %2").arg(it.key(), it.value());
    return pairs.join(QStringLiteral("\n"));
}

void JobOverview::fill()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    if (m_job.id.isEmpty())
        return;
    const QLocale l;
    auto when = [&l](std::optional<qint64> t) {
        return t && *t > 0 ? l.toString(QDateTime::fromSecsSinceEpoch(*t), QLocale::LongFormat) : QString();
    };
    const core::FineTuningJob &j = m_job;
    addRow(tr("Job ID"), j.id, true);
    const QString status = core::JobTableModel::stateName(j.state());
    addRow(tr("Status"), status.isEmpty() ? j.status : QStringLiteral("%1 (%2)").arg(status, j.status));
    const QString method = core::JobTableModel::methodName(j.methodType());
    addRow(tr("Method"), method.isEmpty() && j.method ? j.method->typeName : method);
    addRow(tr("Base model"), j.model, true);
    addRow(tr("Fine-tuned model"), j.fineTunedModel, true);
    if (const core::TrainingTier *tier = core::Catalog::builtin().trainingTier(j.trainingType))
        addRow(tr("Training tier"), core::Catalog::text(tier->label));
    addRow(tr("Training file"), fileName(j.trainingFile), true);
    addRow(tr("Validation file"), j.validationFile.isEmpty() ? QString() : fileName(j.validationFile), true);
    addRow(tr("Result files"), j.resultFiles.join(QStringLiteral(", ")), !j.resultFiles.isEmpty());
    addRow(tr("Suffix"), j.suffix);
    addRow(tr("Seed"), j.seed ? QString::number(*j.seed) : QString());
    addRow(tr("Hyperparameters"), hyperparameters());
    if (j.method && j.method->grader)
        addRow(tr("Grader"),
               QStringLiteral("%1 (%2)").arg(j.method->grader->name, j.method->grader->typeName));
    addRow(tr("Created"), when(j.createdAt));
    addRow(tr("Estimated finish"), when(j.estimatedFinish));
    addRow(tr("Finished"), when(j.finishedAt));
    addRow(tr("Trained tokens"), j.trainedTokens ? l.toString(*j.trainedTokens) : QString());
    if (j.error.isSet())
        addRow(tr("Error"), QStringLiteral("%1: %2").arg(j.error.code, j.error.message));
    addRow(tr("Metadata"), metadata());
    for (const core::Integration &i : j.integrations)
        addRow(tr("Weights && Biases"), QStringLiteral("%1 %2").arg(i.project, i.runId));
}

} // namespace ft::ui
