#include "mainwindow.h"

#include "appearance.h"

#include "connectionsdialog.h"
#include "dashboard/deploydialog.h"
#include "dashboard/emptystate.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/jobsview.h"
#include "dashboard/metricspanel.h"
#include "filemenu.h"
#include "helpmenu.h"
#include "secretstore.h"
#include "session.h"
#include "statusbanner.h"
#include "viewmenu.h"
#include "wizard/draftstore.h"
#include "wizard/finetunewizard.h"

#include "api/autodeployqueue.h"
#include "control/deploymentscontroller.h"
#include "control/filescontroller.h"
#include "control/jobcontroller.h"
#include "control/jobpoller.h"
#include "core/jobtablemodel.h"
#include "core/localcache.h"
#include "core/sampledata.h"
#include "core/sampledraft.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ft::ui {

MainWindow::MainWindow(QList<ConnectionProfile> profiles, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_session(new Session(this))
    , m_job(new control::JobController(*m_session, this))
    , m_deploymentsControl(new control::DeploymentsController(*m_session, this))
    , m_filesControl(new control::FilesController(*m_session, this))
    , m_tabs(new DashboardTabs(*m_session, *m_job, *m_deploymentsControl, *m_filesControl, this))
    , m_banner(new StatusBanner(this))
    , m_connectionLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_session->enableAutoDeploy(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + QStringLiteral("/auto-deploy.json"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    // The connection's name is the user's and can be long: it is cut, never widening the window.
    m_connectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);
    buildMenus();
    connect(m_tabs, &DashboardTabs::message, this, &MainWindow::showMessage);
    connect(m_banner, &StatusBanner::signInRequested, this, &MainWindow::openConnections);
    connect(jobDetail(), &JobDetailView::deployRequested, this, &MainWindow::openDeploy);
    connect(jobDetail(), &JobDetailView::fineTuneFrom, this,
            [this](const QString &model) { startWizard(false, model); });
    connect(m_tabs->emptyState(), &EmptyState::fineTuneRequested, this, [this] { startWizard(); });
    connect(m_tabs->emptyState(), &EmptyState::sampleRequested, this, &MainWindow::startSampleWizard);
    connectSession();
    m_session->poller().start();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectSession()
{
    connect(m_session, &control::Session::jobsChanged, this, &MainWindow::jobsArrived);
    connect(m_session, &control::Session::stateChanged, this, &MainWindow::stateChanged);
    connect(m_session, &control::Session::failed, this, &MainWindow::sessionFailed);
    connect(m_session, &control::Session::writeFailed, this,
            [this](const core::WriteError &error) { showMessage(error.message(), true); });
    api::AutoDeployQueue *autoDeploy = m_session->autoDeploy();
    connect(autoDeploy, &api::AutoDeployQueue::deployed, this, [this](const QString &, const QString &name) {
        showMessage(tr("Deployed %1.").arg(name), false);
    });
    connect(autoDeploy, &api::AutoDeployQueue::saveFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(autoDeploy, &api::AutoDeployQueue::deployFailed, this,
            [this](const QString &job, const QString &message) {
                showMessage(tr("Auto-deploy of %1 failed: %2").arg(job, message), true);
            });
}

void MainWindow::buildMenus()
{
    auto *file = new FileMenu(this);
    menuBar()->addMenu(file);
    connect(file, &FileMenu::openResultsRequested, this, &MainWindow::openResultsFile);
    connect(file, &FileMenu::compareRequested, this,
            [this] { m_tabs->compare(jobsView()->selectedJobIds()); });
    connect(file, &FileMenu::connectionsRequested, this, &MainWindow::openConnections);
    QAction *fineTune = buildJobMenu();
    auto *view = new ViewMenu(this);
    view->setObjectName(QStringLiteral("viewMenu"));
    menuBar()->addMenu(view);
    connect(view, &ViewMenu::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(view, &ViewMenu::languageChosen, this, &MainWindow::languageChosen);
    menuBar()->addMenu(new HelpMenu(this));
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(fineTune);
    toolbar->addAction(findChild<QAction *>(QStringLiteral("actionRefresh")));
    QAction *connections = findChild<QAction *>(QStringLiteral("connectionsAction"));
    connections->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    toolbar->addAction(connections);
}

QAction *MainWindow::buildJobMenu()
{
    QMenu *job = menuBar()->addMenu(tr("J&ob"));
    QAction *fineTune =
        job->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Fine-tune model…"));
    fineTune->setObjectName(QStringLiteral("actionFineTune"));
    fineTune->setShortcut(QKeySequence::New);
    connect(fineTune, &QAction::triggered, this, [this] { startWizard(); });
    QAction *refreshAction = job->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    return fineTune;
}

core::JobTableModel &MainWindow::jobsModel()
{
    return m_session->jobsModel();
}

bool MainWindow::isOffline() const
{
    return m_session->isOffline();
}

bool MainWindow::isPolling() const
{
    return m_session->poller().isPolling();
}

void MainWindow::setSessionSecret(const QString &key, const QString &secret)
{
    m_sessionSecrets.insert(key, secret);
}

void MainWindow::useProfile(const QString &id)
{
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&id](const auto &p) { return p.id == id; });
    if (it == m_profiles.end())
        it = m_profiles.begin();
    if (it == m_profiles.end())
        return;
    const ConnectionProfile profile = *it;
    auto connectWith = [this, profile](const QString &secret, const QString &armToken) {
        m_session->setConnection(profile, secret, armToken);
        m_session->setCacheDirectory(core::LocalCache::defaultDirectory(profile.id));
        m_banner->hide();
        updateTitle();
        refresh();
        m_session->refreshFiles();
    };
    const QString key = m_sessionSecrets.value(profile.secretKey());
    const QString arm = m_sessionSecrets.value(profile.armTokenKey());
    if (!key.isEmpty() || profile.source != ConnectionProfile::Source::Saved) {
        connectWith(key, arm);
        return;
    }
    m_secrets.read(profile.secretKey(),
                   [this, guard = QPointer(this), profile, connectWith](bool found, const QString &secret) {
                       if (!guard)
                           return;
                       if (!found && profile.auth == api::Connection::Auth::ApiKey) {
                           // Asked for rather than sent empty: the keychain may be away, or the key removed.
                           m_session->setConnection(profile, {}, {});
                           m_session->setCacheDirectory(core::LocalCache::defaultDirectory(profile.id));
                           m_banner->showSignIn(tr("no key is stored on this computer for “%1” (the system "
                                                   "keychain is not available, or the key was removed).")
                                                    .arg(profile.name),
                                                {});
                           updateTitle();
                           return;
                       }
                       m_secrets.read(profile.armTokenKey(),
                                      [guard, secret, connectWith](bool, const QString &armToken) {
                                          if (guard)
                                              connectWith(secret, armToken);
                                      });
                   });
}

void MainWindow::updateTitle()
{
    const QString title = m_session->title();
    // The platform adds the application's display name ("… — Fine-Tune Studio") itself.
    if (m_banner->isShowingSignIn() && m_banner->isVisible())
        setWindowTitle(tr("%1 (sign-in needed)").arg(title));
    else
        setWindowTitle(isOffline() ? tr("%1 (offline)").arg(title) : title);
    m_tabs->emptyState()->setLocalEmulator(m_session->profile().isLocalEmulator());
    if (auto *view = findChild<ViewMenu *>(QStringLiteral("viewMenu")))
        view->setDemoSpeedAvailable(m_session->profile().isLocalEmulator());
    m_connectionLabel->setText(m_session->profile().isLocalEmulator()
                                   ? tr("Local emulator (%1)").arg(m_session->profile().endpoint.toString())
                                   : title);
}

void MainWindow::setDemoSpeedControl(std::function<void(double)> apply)
{
    auto *view = findChild<ViewMenu *>(QStringLiteral("viewMenu"));
    view->setDemoSpeedControl(std::move(apply));
    view->setDemoSpeedAvailable(m_session->profile().isLocalEmulator());
}

void MainWindow::refresh()
{
    // Everything the window shows: the lists, and the selected job's events, checkpoints and results.
    m_session->refreshJobs();
    m_job->refreshDetails();
}

void MainWindow::jobsArrived()
{
    m_banner->hide();
    m_refreshLabel->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (jobsView()->currentJobId().isEmpty() && jobsModel().rowCount() > 0)
        jobsView()->select(jobsModel().job(0)->id);
}

void MainWindow::stateChanged()
{
    if (!isOffline())
        m_banner->hide();
    updateTitle();
    // Offline, the cached jobs show: the first one is selected for the user as online.
    if (isOffline() && jobsView()->currentJobId().isEmpty() && jobsModel().rowCount() > 0)
        jobsView()->select(jobsModel().job(0)->id);
}

void MainWindow::sessionFailed(control::Session::Resource what, const core::ApiError &error)
{
    switch (what) {
    case control::Session::Resource::Jobs:
        if (isSignInProblem(error))
            return showSignInProblem(error);
        return m_banner->showOffline(error.toString(),
                                     m_session->cache() ? m_session->cache()->jobsSavedAt() : 0);
    case control::Session::Resource::Models:
        return showMessage(tr("%1: %2").arg(tr("Models"), error.toString()), true);
    case control::Session::Resource::Files:
        return showMessage(tr("%1: %2").arg(tr("Files"), error.toString()), true);
    }
}

bool MainWindow::isSignInProblem(const core::ApiError &error)
{
    return error.kind == core::ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
}

// 401 and 403 are not the network: the key or token is wrong, or has no access. Said in the user's
// language; the service's own words wait behind Details.
void MainWindow::showSignInProblem(const core::ApiError &error)
{
    const QString name = m_session->profile().name;
    m_banner->showSignIn(
        error.httpStatus == 403
            ? tr("the key or token of “%1” was accepted but has no access to this resource (HTTP 403). Ask "
                 "for a role on the resource, or use another key.")
                  .arg(name)
            : tr("the service did not accept the key or token of “%1” (HTTP 401). Check that it belongs "
                 "to this resource and was not regenerated.")
                  .arg(name),
        error.toString());
    updateTitle();
}

void MainWindow::setPollIntervals(int activeMs, int idleMs)
{
    m_session->poller().setIntervals(activeMs, idleMs);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_session->poller().setSuspended(isMinimized());
}

void MainWindow::showMessage(const QString &text, bool error)
{
    if (error)
        m_banner->showError(text);
    else
        statusBar()->showMessage(text, 8000);
}

FineTuneWizard *MainWindow::newWizard(DraftStore &store)
{
    auto *wizard = new FineTuneWizard(*m_session, store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FineTuneWizard::jobSubmitted, this,
            [this, wizard](const core::FineTuningJob &job) { jobSubmitted(*wizard, job); });
    return wizard;
}

FineTuneWizard *MainWindow::startWizard(bool askToResume, const QString &fromModel)
{
    DraftStore store(DraftStore::defaultPath());
    FineTuneWizard *wizard = newWizard(store);
    const auto saved = store.load();
    if (!fromModel.isEmpty()) {
        // Continued fine-tuning: the model is the checkpoint; the method stays what the base can do.
        core::FineTuneDraft d;
        d.model = fromModel;
        if (const core::CatalogModel *m = core::Catalog::builtin().find(fromModel)) {
            d.method = m->methods.value(0, core::MethodType::Supervised);
            d.trainingType = m->trainingTypes.value(0);
        }
        d.page = FineTuneWizard::TrainingPageId;
        wizard->show();
        wizard->resume(d);
        return wizard;
    }
    wizard->show();
    // A draft that never left the first page holds nothing worth asking about.
    if (saved && askToResume && saved->page > FineTuneWizard::MethodPageId) {
        const QString when =
            QLocale().toString(QDateTime::fromSecsSinceEpoch(saved->savedAt), QLocale::ShortFormat);
        const auto answer =
            QMessageBox::question(wizard, tr("Resume your fine-tune?"),
                                  tr("You started a fine-tune on %1 and did not submit it. Resume "
                                     "where you left off?")
                                      .arg(when),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            wizard->resume(*saved);
        else
            store.clear();
    }
    return wizard;
}

FineTuneWizard *MainWindow::startSampleWizard(core::MethodType method)
{
    const std::optional<core::SampleData> sample = core::SampleData::forMethod(method);
    if (!sample)
        return nullptr;
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/samples");
    const auto draft = core::sampleDraft(*sample, folder, FineTuneWizard::TrainingPageId);
    if (const auto *failed = std::get_if<core::WriteError>(&draft)) {
        showMessage(failed->message(), true);
        return nullptr;
    }
    DraftStore store(DraftStore::defaultPath());
    FineTuneWizard *wizard = newWizard(store);
    wizard->show();
    wizard->resume(std::get<core::FineTuneDraft>(draft));
    return wizard;
}

void MainWindow::jobSubmitted(FineTuneWizard &wizard, const core::FineTuningJob &job)
{
    const core::FineTuneDraft &d = wizard.draft();
    if (d.autoDeploy != core::FineTuneDraft::AutoDeploy::Off)
        m_session->autoDeploy()->add(job.id, d.deploymentName,
                                     d.autoDeploy == core::FineTuneDraft::AutoDeploy::GlobalStandard
                                         ? QStringLiteral("GlobalStandard")
                                         : QStringLiteral("DeveloperTier"));
    jobsModel().upsert({job});
    jobsView()->select(job.id);
    m_tabs->setCurrentIndex(0);
    showMessage(tr("Submitted job %1.").arg(job.id), false);
    refresh();
}

void MainWindow::openDeploy(const QString &model, const QString &suggestedName)
{
    auto *dialog = new DeployDialog(*m_deploymentsControl, model, suggestedName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::finished, this, [this](const QString &name, bool ok) {
        showMessage(ok ? tr("Deployment %1 is ready.").arg(name) : tr("Deployment %1 failed.").arg(name),
                    !ok);
    });
    dialog->show();
}

void MainWindow::openResultsFile(const QString &path)
{
    QString problem;
    if (MetricsPanel *panel = MetricsPanel::openWindow(path, &problem))
        panel->show();
    else
        showMessage(problem, true);
}

void MainWindow::openConnections()
{
    ConnectionsDialog dialog(m_profiles, m_secrets, m_session->profile().id, this);
    dialog.exec();
    m_profiles = dialog.profiles();
    const auto entered = dialog.enteredSecrets();
    for (auto it = entered.begin(); it != entered.end(); ++it)
        m_sessionSecrets.insert(it.key(), it.value());
    QSettings settings;
    ProfileStore store(settings);
    store.save(m_profiles);
    const QString current = m_session->profile().id;
    const bool newKey = std::any_of(m_profiles.begin(), m_profiles.end(), [&](const ConnectionProfile &p) {
        return p.id == current && (entered.contains(p.secretKey()) || entered.contains(p.armTokenKey()));
    });
    if (!dialog.chosenId().isEmpty() && dialog.chosenId() != current) {
        store.setCurrentId(dialog.chosenId());
        useProfile(dialog.chosenId());
    } else if (newKey || m_banner->isShowingSignIn()) {
        useProfile(current); // the key just entered (or saved) is used at once
    }
}

} // namespace ft::ui
