#include "jobdetailview.h"

#include "appearance.h"

#include "checkpointsview.h"
#include "eventsview.h"
#include "joboverview.h"
#include "metricspanel.h"

#include "control/jobcontroller.h"
#include "control/session.h"
#include "core/catalog.h"
#include "core/checkpoint.h"
#include "core/jobtablemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

namespace {
const QString kSaveFolderKey = QStringLiteral("paths/lastSaveFolder");
}

using control::Action;
using control::JobController;

JobDetailView::JobDetailView(JobController &controller, control::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_cancel(new QPushButton(tr("&Cancel job"), this))
    , m_deploy(new QPushButton(tr("Deplo&y…"), this))
    , m_deleteModel(new QPushButton(tr("Delete &model"), this))
    , m_download(new QPushButton(tr("Do&wnload"), this))
    , m_tabs(new QTabWidget(this))
    , m_metrics(new MetricsPanel(this))
{
    setObjectName(QStringLiteral("jobDetail"));
    auto *hosting = new QLabel(tr("Deployments are billed by the hour; an unused deployment of a fine-tuned "
                                  "model is removed after %1 days.")
                                   .arg(core::Catalog::builtin().idleRemovalDays()),
                               this);
    hosting->setObjectName(QStringLiteral("hostingNote"));
    hosting->setWordWrap(true);
    hosting->setStyleSheet(appearance::secondaryTextStyle());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    layout->addWidget(hosting);
    m_notice->setObjectName(QStringLiteral("jobNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText); // it quotes the service: never read as markup
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(appearance::warningBannerStyle());
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    buildTabs(session);
    buildDownloads();
    bindController();
    showJob();
    showResults();
    updateActions();
}

QLayout *JobDetailView::buildHeader()
{
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_state->setObjectName(QStringLiteral("jobState"));
    m_pause->setObjectName(QStringLiteral("pauseJob"));
    m_resume->setObjectName(QStringLiteral("resumeJob"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setToolTip(tr("Stops the job for good; what was trained so far is not kept."));
    // Each button says what it does, also to screen readers, whichever the job's state enables.
    m_pause->setToolTip(tr("Pauses the job; it can be resumed later."));
    m_resume->setToolTip(tr("Continues the paused job."));
    m_deploy->setToolTip(tr("Deploys the fine-tuned model so it can answer requests."));
    m_deleteModel->setToolTip(tr("Deletes the fine-tuned model; the job and its results stay."));
    m_download->setToolTip(tr("Saves the job's training, validation or results file."));
    m_deploy->setObjectName(QStringLiteral("deployModel"));
    m_deleteModel->setObjectName(QStringLiteral("deleteModel"));
    m_download->setObjectName(QStringLiteral("downloadFiles"));
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_state);
    header->addLayout(titles, 1);
    for (QPushButton *b : {m_pause, m_resume, m_cancel, m_download, m_deploy, m_deleteModel})
        header->addWidget(b);
    connect(m_pause, &QPushButton::clicked, this, &JobDetailView::pause);
    connect(m_resume, &QPushButton::clicked, this, &JobDetailView::resume);
    connect(m_cancel, &QPushButton::clicked, this, &JobDetailView::cancel);
    connect(m_deploy, &QPushButton::clicked, this, &JobDetailView::deployModel);
    connect(m_deleteModel, &QPushButton::clicked, this, &JobDetailView::deleteModel);
    return header;
}

void JobDetailView::buildTabs(control::Session &session)
{
    m_overview = new JobOverview(session, this);
    m_events = new EventsView(m_controller.events(), this);
    m_checkpoints = new CheckpointsView(m_controller, this);
    m_tabs->setObjectName(QStringLiteral("jobTabs"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_checkpoints, tr("Checkpoints"));
    m_tabs->setTabToolTip(0, tr("Every field of the job, with copy buttons for the ids."));
    m_tabs->setTabToolTip(1, tr("Loss and accuracy charts from the job's results.csv."));
    m_tabs->setTabToolTip(2, tr("What the service reported about the job."));
    m_tabs->setTabToolTip(3, tr("The checkpoints: deploy one, or fine-tune from it."));
    connect(m_checkpoints, &CheckpointsView::deployRequested, this, &JobDetailView::deployCheckpoint);
    connect(m_checkpoints, &CheckpointsView::fineTuneRequested, this, &JobDetailView::fineTuneFromCheckpoint);
    connect(m_checkpoints, &CheckpointsView::copyRequested, this, &JobDetailView::copyCheckpoint);
}

void JobDetailView::buildDownloads()
{
    auto *downloads = new QMenu(m_download);
    m_download->setMenu(downloads);
    connect(downloads, &QMenu::aboutToShow, this, [this, downloads] {
        downloads->clear();
        const core::FineTuningJob &job = m_controller.job();
        const QList<std::pair<QString, QString>> files{
            {tr("Training file"), job.trainingFile},
            {tr("Validation file"), job.validationFile},
            {tr("Results (results.csv)"), job.resultFiles.value(0)}};
        for (const auto &[label, id] : files) {
            QAction *a = downloads->addAction(label);
            a->setEnabled(!id.isEmpty() && m_controller.isAvailable(Action::Download));
            connect(a, &QAction::triggered, this, [this, fileId = id] {
                // Offered in the folder used last, under a name that says what the file is.
                QSettings settings;
                const QString folder =
                    settings
                        .value(kSaveFolderKey,
                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .toString();
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Save as"), QDir(folder).filePath(m_controller.suggestedFileName(fileId)));
                if (path.isEmpty())
                    return;
                settings.setValue(kSaveFolderKey, QFileInfo(path).absolutePath());
                download(fileId, path);
            });
        }
    });
}

void JobDetailView::bindController()
{
    connect(&m_controller, &JobController::jobChanged, this, &JobDetailView::showJob);
    connect(&m_controller, &JobController::resultsChanged, this, &JobDetailView::showResults);
    connect(&m_controller, &JobController::availabilityChanged, this, &JobDetailView::updateActions);
    connect(&m_controller, &JobController::succeeded, this, &JobDetailView::succeeded);
    connect(&m_controller, &JobController::failed, this, &JobDetailView::failed);
    connect(&m_controller, &JobController::modelStillDeployed, this,
            [this](const QString &model, const QStringList &deployments) {
                emit message(tr("%1 cannot be deleted while it is deployed. Delete its deployment first "
                                "(Deployments tab): %2.")
                                 .arg(model, deployments.join(QStringLiteral(", "))),
                             true);
            });
    connect(&m_controller, &JobController::copyStarted, this,
            [this](const QString &model) { emit message(tr("Copying %1…").arg(model), false); });
    connect(&m_controller, &JobController::copyFinished, this,
            [this](const QString &model, const QString &region, const QString &status, bool completed) {
                emit message(tr("Copy of %1 to %2: %3").arg(model, region, status), !completed);
            });
}

QString JobDetailView::jobId() const
{
    return m_controller.job().id;
}

QTreeView *JobDetailView::events() const
{
    return m_events;
}

QTableView *JobDetailView::checkpoints() const
{
    return m_checkpoints->table();
}

void JobDetailView::showJob()
{
    const core::FineTuningJob &job = m_controller.job();
    m_overview->setJob(job);
    if (job.id.isEmpty()) {
        m_title->setText(tr("Select a job"));
        m_state->clear();
        return;
    }
    m_title->setText(job.fineTunedModel.isEmpty() ? (job.suffix.isEmpty() ? job.id : job.suffix)
                                                  : job.fineTunedModel);
    QString state = core::JobTableModel::stateName(job.state());
    if (state.isEmpty())
        state = job.status;
    if (job.error.isSet())
        state += QStringLiteral(" — ") + job.error.message;
    m_state->setText(state);
}

void JobDetailView::showResults()
{
    switch (m_controller.resultsState()) {
    case JobController::Results::None:
        return m_metrics->clear(tr("Select a job to see its charts."));
    case JobController::Results::Loading:
        return m_metrics->clear(tr("Loading results…"));
    case JobController::Results::NotStarted:
        return m_metrics->clear(tr("Results appear once training starts."));
    case JobController::Results::NoFile:
        return m_metrics->clear(tr("This job has no results file."));
    case JobController::Results::Failed:
        return m_metrics->clear(
            tr("The results could not be loaded: %1").arg(m_controller.resultsError().toString()));
    case JobController::Results::NotCached:
        return m_metrics->clear(tr("Offline: no cached results for this job."));
    case JobController::Results::Loaded:
        m_metrics->setCaption(m_controller.job().fineTunedModel.isEmpty()
                                  ? m_controller.job().id
                                  : m_controller.job().fineTunedModel);
        m_metrics->setResults(m_controller.results());
        return;
    }
}

void JobDetailView::updateActions()
{
    m_pause->setEnabled(m_controller.isAvailable(Action::Pause));
    m_resume->setEnabled(m_controller.isAvailable(Action::Resume));
    m_cancel->setEnabled(m_controller.isAvailable(Action::Cancel));
    m_deploy->setEnabled(m_controller.isAvailable(Action::DeployModel));
    const QString why = m_controller.whyUnavailable(Action::DeployModel);
    m_deploy->setToolTip(why.isEmpty() ? tr("Deploys the fine-tuned model so it can answer requests.") : why);
    m_deleteModel->setEnabled(m_controller.isAvailable(Action::DeleteModel));
    m_notice->setText(notice());
    m_notice->setVisible(!m_notice->text().isEmpty());
    m_download->setEnabled(m_controller.isAvailable(Action::Download));
}

QString JobDetailView::notice() const
{
    const core::SafetyOutcome safety = m_controller.safety();
    QStringList categories;
    for (const QString &category : safety.categories)
        categories << core::harmCategoryLabel(category);
    if (safety.isDataRejected())
        return tr("The service's safety evaluation rejected the training data: harmful content above the "
                  "accepted level for %1. The job ended before training, so no charge applies. Fix the "
                  "data and start a new job.")
            .arg(QLocale().createSeparatedList(categories));
    QString why = m_controller.whyUnavailable(Action::DeployModel);
    if (safety.isModelBlocked())
        return why + QLatin1Char(' ')
            + tr("The training is not charged. Review the training data and start a new job.");
    return why;
}

void JobDetailView::succeeded(Action action, const QString &subject)
{
    if (action == Action::DeleteModel)
        emit message(tr("Deleted %1.").arg(subject), false);
    else if (action == Action::Download)
        emit message(tr("Saved %1.").arg(subject), false);
}

void JobDetailView::failed(Action action, const QString &subject, const core::ApiError &error)
{
    const QString why = error.toString();
    switch (action) {
    case Action::Pause:
        return emit message(tr("Could not pause the job: %1").arg(why), true);
    case Action::Resume:
        return emit message(tr("Could not resume the job: %1").arg(why), true);
    case Action::Cancel:
        return emit message(tr("Could not cancel the job: %1").arg(why), true);
    case Action::DeleteModel:
        return emit message(tr("%1 was not deleted: %2").arg(subject, error.message), true);
    case Action::Download:
        return emit message(tr("The download failed: %1").arg(why), true);
    case Action::CopyCheckpoint:
        return emit message(tr("The copy was refused: %1").arg(why), true);
    case Action::FollowCopy:
        return emit message(tr("The copy's status could not be read: %1").arg(why), true);
    default:
        return;
    }
}

bool JobDetailView::confirm(const QString &title, const QString &text)
{
    return !m_confirm || QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

void JobDetailView::pause()
{
    if (confirm(tr("Pause the job?"), tr("Training stops after the current step; you can resume it later.")))
        m_controller.pause();
}

void JobDetailView::resume()
{
    if (confirm(tr("Resume the job?"), tr("Training continues from where it stopped.")))
        m_controller.resume();
}

void JobDetailView::cancel()
{
    if (confirm(tr("Cancel the job?"),
                tr("A cancelled job cannot be resumed. Cancel %1?").arg(m_controller.job().id)))
        m_controller.cancel();
}

void JobDetailView::deployModel()
{
    emit deployRequested(m_controller.job().fineTunedModel,
                         m_controller.suggestedDeploymentName(Action::DeployModel));
}

void JobDetailView::deployCheckpoint()
{
    if (const core::Checkpoint *c = m_controller.selectedCheckpoint())
        emit deployRequested(c->fineTunedModelCheckpoint,
                             m_controller.suggestedDeploymentName(Action::DeployCheckpoint));
}

void JobDetailView::fineTuneFromCheckpoint()
{
    if (const core::Checkpoint *c = m_controller.selectedCheckpoint())
        emit fineTuneFrom(c->fineTunedModelCheckpoint);
}

void JobDetailView::copyCheckpoint()
{
    if (!m_controller.selectedCheckpoint())
        return;
    bool ok = false;
    const QString destination = QInputDialog::getText(
        this, tr("Copy the checkpoint"), tr("Destination resource (ARM id, /subscriptions/…/accounts/…):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok || destination.isEmpty())
        return;
    const QString region =
        QInputDialog::getText(this, tr("Copy the checkpoint"), tr("Region (for example swedencentral):"),
                              QLineEdit::Normal, {}, &ok);
    if (ok && !region.isEmpty())
        m_controller.copyCheckpoint(destination, region);
}

void JobDetailView::deleteModel()
{
    const QString model = m_controller.job().fineTunedModel;
    if (confirm(tr("Delete the model?"),
                tr("Delete %1? It cannot be undone; the job and its results stay.").arg(model)))
        m_controller.deleteModel();
}

void JobDetailView::download(const QString &fileId, const QString &path)
{
    m_controller.download(fileId, path);
}

} // namespace ft::ui
