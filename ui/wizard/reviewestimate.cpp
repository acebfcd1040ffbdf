#include "reviewestimate.h"

#include "checkreportwidget.h"
#include "finetunewizard.h"
#include "offthread.h"
#include "session.h"

#include "core/datasetchecktask.h"
#include "core/datasetsplitter.h"

#include <QDir>
#include <QFileInfo>

namespace ft::ui {

namespace {

using Kind = core::DataSource::Kind;

} // namespace

ReviewEstimate::ReviewEstimate(FineTuneWizard &wizard, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
{ }

ReviewEstimate::~ReviewEstimate()
{
    delete m_task;
}

int ReviewEstimate::epochs() const
{
    const core::FineTuneDraft &d = m_wizard.draft();
    return d.customHyperparameters && d.hyperparameters.nEpochs.isNumber()
        ? int(d.hyperparameters.nEpochs.number())
        : 0;
}

void ReviewEstimate::start()
{
    ++m_generation;
    delete m_task;
    const core::FineTuneDraft &d = m_wizard.draft();
    const core::DataSource &training = d.training;
    if (training.kind == Kind::Local && d.validation.kind == Kind::Split) {
        // The same split Submit makes (same file, share and seed), so the estimate is of the same lines.
        const QString dir = QDir(m_wizard.workDir()).filePath(QStringLiteral("estimate"));
        QDir().mkpath(dir);
        const QString base = QFileInfo(training.localPath).completeBaseName();
        const QString train = QDir(dir).filePath(base + QStringLiteral("-train.jsonl"));
        const QString valid = QDir(dir).filePath(base + QStringLiteral("-validation.jsonl"));
        // The split reads and writes the whole file: on a worker thread.
        struct Split
        {
            bool ok = false;
            core::SplitResult parts;
            QString error;
        };
        const QString source = training.localPath;
        const int percent = d.validation.splitPercent;
        const auto seed = quint64(d.seed.value_or(42));
        const int generation = m_generation;
        say(tr("Counting the tokens…"));
        runOffThread<Split>(
            this,
            [source, percent, seed, train, valid] {
                Split s;
                s.ok = core::splitDataset(source, percent, seed, train, valid, &s.parts, &s.error);
                return s;
            },
            [this, generation, train](const Split &s) {
                if (generation != m_generation)
                    return;
                if (!s.ok)
                    return say(
                        tr("No cost estimate: the training file cannot be split here (%1).").arg(s.error));
                analyzeFile(train,
                            tr("For the %n examples left for training after the split.", nullptr,
                               int(s.parts.trainingLines)));
            });
        return;
    }
    if (training.kind == Kind::Local) {
        const auto &analysis = m_wizard.trainingAnalysis();
        if (analysis)
            return show(*analysis, {});
        return say(
            tr("No token count or cost estimate: the training file was not checked on this computer."));
    }
    if (training.kind == Kind::Existing && !training.fileId.isEmpty())
        return analyzeServiceFile(training.fileId);
    say(tr("No token count or cost estimate: the service fetches the file itself."));
}

void ReviewEstimate::analyzeFile(const QString &path, const QString &note)
{
    say(tr("Counting the tokens…"));
    auto *task = new core::DatasetCheckTask(path, m_wizard.analyzerOptions(false), this);
    m_task = task;
    const int generation = m_generation;
    connect(task, &core::DatasetCheckTask::finished, this, [this, task, note, generation] {
        task->deleteLater();
        if (generation != m_generation)
            return;
        if (task->result())
            show(*task->result(), note);
        else
            say(tr("No cost estimate: %1").arg(task->error()));
    });
    task->start();
}

void ReviewEstimate::analyzeServiceFile(const QString &fileId)
{
    say(tr("Reading the training file back from the resource to count its tokens…"));
    const int generation = m_generation;
    m_wizard.session().client().files().content(
        fileId, this,
        [this, generation](const core::Result<QByteArray> &bytes) {
            if (generation != m_generation)
                return;
            if (!bytes)
                return say(tr("No cost estimate: the training file cannot be read back (%1).")
                               .arg(bytes.error().toString()));
            show(core::DatasetAnalyzer::analyzeBytes(bytes.value(), m_wizard.analyzerOptions(false)),
                 tr("Counted in the file on the resource."));
        },
        FineTuneWizard::kMaxReadBackBytes);
}

void ReviewEstimate::show(const core::DatasetAnalysis &analysis, const QString &note)
{
    QString html = QStringLiteral("<p><b>%1</b><br>%2")
                       .arg(tr("Tokens and cost"), CheckReportWidget::summary(analysis, epochs()));
    if (!note.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    m_html = html + QStringLiteral("</p>");
    emit ready();
}

void ReviewEstimate::say(const QString &text)
{
    m_html = QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    emit ready();
}

} // namespace ft::ui
