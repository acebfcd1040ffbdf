#include "reviewpage.h"

#include "appearance.h"

#include "checkreportwidget.h"
#include "finetunewizard.h"
#include "reviewestimate.h"
#include "session.h"
#include "suffixseedpage.h"

#include "api/finetunesubmitter.h"
#include "core/catalog.h"

#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ft::ui {

using Kind = core::DataSource::Kind;

ReviewPage::ReviewPage(QWidget *parent)
    : WizardPage(parent)
    , m_summary(new QTextBrowser(this))
    , m_request(new QPlainTextEdit(this))
    , m_stage(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    introduce(
        QStringLiteral("reviewPage"), tr("Review and submit"),
        tr("Check what will be sent. Submit uploads any local file still to upload, then creates the job."),
        tr("<p><b>Review and submit</b></p><p>Everything you chose, the estimated tokens and cost, and the "
           "exact "
           "request that will be sent (with the key masked). <b>Submit</b> uploads local files that are not "
           "uploaded yet, then creates the job exactly once, even if the network fails on the way.</p>"));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setOpenExternalLinks(true);
    m_request->setObjectName(QStringLiteral("reviewRequest"));
    m_request->setToolTip(tr("The exact HTTP request Submit sends, with the key masked."));
    m_request->setAccessibleName(tr("The request that will be sent"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stage->setObjectName(QStringLiteral("submitStage"));
    m_stage->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("submitProgress"));
    m_progress->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_summary);
    split->addWidget(m_request);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
}

QString ReviewPage::sourceText(const core::DataSource &src) const
{
    switch (src.kind) {
    case Kind::None:
        return tr("none");
    case Kind::Existing:
        return tr("%1 (on the resource)").arg(src.fileName.toHtmlEscaped());
    case Kind::Local:
        return src.fileId.isEmpty() ? tr("%1 (uploaded on Submit)").arg(src.localPath.toHtmlEscaped())
                                    : tr("%1 (uploaded as %2)").arg(src.fileName.toHtmlEscaped(), src.fileId);
    case Kind::Import:
        return tr("imported from %1").arg(src.importUrl.toString().toHtmlEscaped());
    case Kind::Split:
        return tr("%1 % split off the training file").arg(src.splitPercent);
    }
    return {};
}

QString ReviewPage::hyperparametersText() const
{
    const core::FineTuneDraft &d = draft();
    if (!d.customHyperparameters)
        return tr("the service's defaults");
    const core::Hyperparameters &h = d.hyperparameters;
    QString hp = tr("epochs %1, batch size %2, learning rate multiplier %3")
                     .arg(h.nEpochs.toString(), h.batchSize.toString(), h.learningRateMultiplier.toString());
    if (d.method == core::MethodType::Dpo)
        hp += tr(", beta %1").arg(h.beta.toString());
    return hp;
}

QString ReviewPage::summaryHtml() const
{
    const core::FineTuneDraft &d = draft();
    const Session &s = const_cast<ReviewPage *>(this)->session();
    const core::Catalog &catalog = core::Catalog::builtin();
    const core::CatalogModel *m = catalog.find(d.model);
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v);
    };
    const QString methodName = d.method == core::MethodType::Dpo ? tr("Direct preference optimization")
        : d.method == core::MethodType::Reinforcement            ? tr("Reinforcement fine-tuning")
                                                                 : tr("Supervised fine-tuning");
    QString html = QStringLiteral("<table>");
    html += row(tr("Connection"), s.title().toHtmlEscaped());
    html += row(tr("Method"), methodName);
    html += row(tr("Base model"),
                (m ? m->displayName + QStringLiteral(" — ") : QString()).toHtmlEscaped()
                    + d.model.toHtmlEscaped());
    if (s.isAzure()) {
        const core::TrainingTier *tier = catalog.trainingTier(d.trainingType);
        html += row(tr("Training tier"),
                    tier ? core::Catalog::text(tier->label).toHtmlEscaped() : d.trainingType);
    }
    if (d.validation.kind == Kind::Split)
        html += row(tr("Training data"),
                    tr("%1 without the share split off for validation (uploaded on Submit)")
                        .arg(d.training.localPath.toHtmlEscaped()));
    else
        html += row(tr("Training data"), sourceText(d.training));
    html += row(tr("Validation data"), sourceText(d.validation));
    html += row(tr("Suffix"), d.suffix.isEmpty() ? tr("(none)") : d.suffix.toHtmlEscaped());
    html +=
        row(tr("Model name"), SuffixSeedPage::previewName(d.model, d.suffix, s.isAzure()).toHtmlEscaped());
    html += row(tr("Seed"), d.seed ? QString::number(*d.seed) : tr("chosen by the service"));
    html += row(tr("Hyperparameters"), hyperparametersText());
    if (d.autoDeploy != core::FineTuneDraft::AutoDeploy::Off)
        html += row(tr("Auto-deploy"),
                    tr("%1 as %2")
                        .arg(d.autoDeploy == core::FineTuneDraft::AutoDeploy::GlobalStandard
                                 ? tr("Global Standard")
                                 : tr("Developer"),
                             d.deploymentName.toHtmlEscaped()));
    return html + QStringLiteral("</table>") + (m_estimate ? m_estimate->html() : QString());
}

void ReviewPage::initializePage()
{
    if (!m_estimate) {
        m_estimate = new ReviewEstimate(*fineTuneWizard(), this);
        connect(m_estimate, &ReviewEstimate::ready, this, [this] { m_summary->setHtml(summaryHtml()); });
    }
    m_estimate->start();
    m_summary->setHtml(summaryHtml());
    const core::FineTuneDraft &d = draft();
    // What will really be sent: with a split, both ids are of the parts Submit uploads, never the whole
    // file's.
    const bool split = d.validation.kind == Kind::Split;
    QString trainingId =
        d.training.fileId.isEmpty() ? QStringLiteral("<training file id>") : d.training.fileId;
    QString validationId =
        d.validation.fileId.isEmpty() ? QStringLiteral("<validation file id>") : d.validation.fileId;
    if (split) {
        trainingId = QStringLiteral("<id of the training part, uploaded on Submit>");
        validationId = QStringLiteral("<id of the validation part, uploaded on Submit>");
    }
    core::CreateJobRequest preview =
        d.toRequest(trainingId, d.validation.isSet() ? validationId : QString(), session().isAzure());
    preview.metadata.insert(QString::fromLatin1(api::FineTuneSubmitter::kRequestIdKey),
                            tr("<a new id for each submit>"));
    m_request->setPlainText(api::FineTuneSubmitter::preview(session().connection(), preview));
    m_stage->clear();
}

bool ReviewPage::isComplete() const
{
    return !m_submitter;
}

bool ReviewPage::validatePage()
{
    if (m_done)
        return true;
    if (m_submitter)
        return false;
    FineTuneWizard *w = fineTuneWizard();
    w->saveDraftNow();
    m_submitter = new api::FineTuneSubmitter(session().client(), draft(), w->workDir(), this);
    connect(m_submitter, &api::FineTuneSubmitter::stage, m_stage, &QLabel::setText);
    connect(m_submitter, &api::FineTuneSubmitter::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_submitter, &api::FineTuneSubmitter::finished, this, &ReviewPage::submitted);
    m_progress->setRange(0, 0);
    m_progress->show();
    emit completeChanged();
    m_submitter->start();
    return false;
}

void ReviewPage::submitted()
{
    api::FineTuneSubmitter *s = m_submitter;
    m_submitter = nullptr;
    s->deleteLater();
    m_progress->hide();
    emit completeChanged();
    // Keep what was uploaded: a retry does not upload it again. A split keeps the whole file (a retry
    // splits it again, the same way).
    const QString wholeFileId = draft().training.fileId;
    if (draft().validation.kind != Kind::Split) {
        draft().training = s->draft().training;
        draft().validation = s->draft().validation;
    }
    fineTuneWizard()->draftChanged();
    if (!s->job()) {
        m_stage->setText(tr("Not submitted: %1").arg(s->error().toString()));
        m_stage->setStyleSheet(appearance::errorStyle());
        return;
    }
    m_stage->setStyleSheet(QString());
    m_stage->setText(tr("Created job %1.").arg(s->job()->id));
    m_done = true;
    if (draft().validation.kind == Kind::Split)
        removeUnusedWholeFile(wholeFileId);
    fineTuneWizard()->setSubmittedJob(*s->job());
    wizard()->accept();
}

// With a split the job trains on the two parts: the whole file this wizard uploaded before the split was
// chosen is used by nothing, so it does not stay behind on the resource. A file that was already there is
// the user's and stays.
void ReviewPage::removeUnusedWholeFile(const QString &wholeFileId)
{
    if (wholeFileId.isEmpty() || !fineTuneWizard()->isOwnUpload(wholeFileId))
        return;
    Session &s = session();
    s.client().files().remove(wholeFileId, &s,
                              [&s](const core::Result<core::Deleted> &) { s.refreshFiles(); });
}

} // namespace ft::ui
