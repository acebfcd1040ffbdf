#include "mainwindow.h"

#include "appearance.h"

#include "connectionsdialog.h"
#include "dashboard/compareview.h"
#include "dashboard/deploydialog.h"
#include "dashboard/deploymentsview.h"
#include "dashboard/filesview.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/jobsview.h"
#include "dashboard/metricspanel.h"
#include "dashboard/playground.h"
#include "secretstore.h"
#include "session.h"
#include "wizard/draftstore.h"
#include "wizard/finetunewizard.h"

#include "api/autodeployqueue.h"
#include "core/jobtablemodel.h"
#include "core/localcache.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace ft::ui {

MainWindow::MainWindow(QList<ConnectionProfile> profiles, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_session(new Session(this))
    , m_jobs(new core::JobTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_jobsView(new JobsView(*m_jobs, this))
    , m_detail(new JobDetailView(*m_session, this))
    , m_deployments(new DeploymentsView(*m_session, this))
    , m_files(new FilesView(*m_session, this))
    , m_playground(new Playground(*m_session, this))
    , m_compare(new CompareView(*m_session, this))
    , m_banner(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_autoDeploy(new api::AutoDeployQueue(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                + QStringLiteral("/auto-deploy.json"),
                                            this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    // The jobs list above, the selected job below: both get the window's whole width.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("jobsSplitter"));
    split->addWidget(m_jobsView);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 600});
    m_tabs->addTab(split, tr("&Jobs"));
    m_tabs->addTab(m_deployments, tr("&Deployments"));
    m_tabs->addTab(m_files, tr("Data fi&les"));
    m_tabs->addTab(m_playground, tr("Play&ground"));
    m_tabs->addTab(m_compare, tr("Compare &runs"));
    m_tabs->setTabToolTip(0, tr("Your fine-tuning jobs and the details of the selected one."));
    m_tabs->setTabToolTip(1, tr("The deployments of the connection's Azure account."));
    m_tabs->setTabToolTip(2, tr("The files on the resource: training, validation and results files."));
    m_tabs->setTabToolTip(3, tr("Chat with a deployment, and compare two side by side."));
    m_tabs->setTabToolTip(4, tr("The metrics of several runs in one chart."));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);
    buildMenus();

    connect(m_jobsView, &JobsView::currentJobChanged, this, &MainWindow::currentJobChanged);
    connect(m_session, &Session::jobsChanged, this, &MainWindow::jobsArrived);
    connect(m_session, &Session::failed, this, &MainWindow::jobsFailed);
    connect(m_detail, &JobDetailView::jobChanged, this, &MainWindow::refresh);
    connect(m_detail, &JobDetailView::message, this, &MainWindow::showMessage);
    connect(m_detail, &JobDetailView::deployRequested, this, &MainWindow::openDeploy);
    connect(m_detail, &JobDetailView::fineTuneFrom, this,
            [this](const QString &model) { startWizard(false, model); });
    connect(m_deployments, &DeploymentsView::message, this, &MainWindow::showMessage);
    connect(m_files, &FilesView::message, this, &MainWindow::showMessage);
    connect(m_compare, &CompareView::message, this, &MainWindow::showMessage);
    connect(m_deployments, &DeploymentsView::deploymentsChanged, this, &MainWindow::updatePlaygroundTargets);
    connect(m_deployments, &DeploymentsView::openInPlayground, this, [this](const QString &name) {
        m_playground->choose(name);
        m_tabs->setCurrentWidget(m_playground);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_deployments && !m_offline)
            m_deployments->refresh();
        if (m_tabs->currentWidget() == m_files && !m_offline)
            m_files->refresh();
        if (m_tabs->currentWidget() == m_compare)
            m_compare->refreshJobs();
        if (m_tabs->currentWidget() == m_playground) {
            updatePlaygroundTargets();
            if (!m_offline)
                m_deployments
                    ->refresh(); // the deployments to chat with, fresh (answers through deploymentsChanged)
        }
    });
    connect(
        m_autoDeploy, &api::AutoDeployQueue::deployed, this,
        [this](const QString &, const QString &name) { showMessage(tr("Deployed %1.").arg(name), false); });
    connect(m_autoDeploy, &api::AutoDeployQueue::saveFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_autoDeploy, &api::AutoDeployQueue::deployFailed, this,
            [this](const QString &job, const QString &message) {
                showMessage(tr("Auto-deploy of %1 failed: %2").arg(job, message), true);
            });
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openResults = file->addAction(tr("&Open results.csv…"));
    openResults->setShortcut(QKeySequence::Open);
    connect(openResults, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a results file"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            openResultsFile(path);
    });
    QAction *compare = file->addAction(tr("&Compare runs…"));
    connect(compare, &QAction::triggered, this, [this] {
        m_compare->compareJobs(m_jobsView->selectedJobIds());
        m_tabs->setCurrentWidget(m_compare);
    });
    QAction *connections = file->addAction(tr("Co&nnections…"));
    connections->setObjectName(QStringLiteral("connectionsAction"));
    connect(connections, &QAction::triggered, this, &MainWindow::openConnections);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *job = menuBar()->addMenu(tr("J&ob"));
    QAction *fineTune =
        job->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Fine-tune model…"));
    fineTune->setObjectName(QStringLiteral("actionFineTune"));
    fineTune->setShortcut(QKeySequence::New);
    connect(fineTune, &QAction::triggered, this, [this] { startWizard(); });
    QAction *refreshAction = job->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    QSettings settings;
    const QString chosenLanguage = settings.value(QLatin1String(appearance::kLanguageKey)).toString();
    auto *languageGroup = new QActionGroup(this);
    auto addLanguage = [&](const QString &code, const QString &label) {
        QAction *a = languages->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == chosenLanguage);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QLatin1String(appearance::kLanguageKey), code);
            statusBar()->showMessage(tr("The language changes when Fine-Tune Studio starts again."), 10000);
        });
    };
    addLanguage({}, tr("System language"));
    addLanguage(QStringLiteral("en"), QLocale::languageToString(QLocale::English));
    for (const QString &code : appearance::shippedLanguages()) {
        const QLocale locale(code);
        addLanguage(code,
                    QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName()));
    }
    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    auto *themeGroup = new QActionGroup(this);
    const auto chosenTheme =
        appearance::themeFromName(settings.value(QLatin1String(appearance::kThemeKey)).toString());
    for (const auto &[theme, label] : {std::pair{appearance::Theme::System, tr("&System")},
                                       std::pair{appearance::Theme::Light, tr("&Light")},
                                       std::pair{appearance::Theme::Dark, tr("&Dark")}}) {
        QAction *a = themes->addAction(label);
        a->setCheckable(true);
        a->setChecked(theme == chosenTheme);
        a->setObjectName(QStringLiteral("theme_") + appearance::themeName(theme));
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme] {
            QSettings().setValue(QLatin1String(appearance::kThemeKey), appearance::themeName(theme));
            if (theme == appearance::Theme::System)
                statusBar()->showMessage(tr("The system theme is used when Fine-Tune Studio starts again."),
                                         10000);
            else
                appearance::applyTheme(theme);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("&What's This?"));
    help->addAction(whatsThis);
    QAction *guide = help->addAction(tr("&User guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral(
            "https://github.com/finetune-studio/finetune-studio/blob/main/docs/user-guide.md")));
    });
    QAction *about = help->addAction(tr("&About Fine-Tune Studio"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Fine-Tune Studio"),
            tr("<b>Fine-Tune Studio %1</b><p>Create, watch, deploy and clean up fine-tuned models on "
               "Azure OpenAI and OpenAI — or on the built-in emulator.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(fineTune);
    toolbar->addAction(refreshAction);
    connections->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    toolbar->addAction(connections);
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
        m_cache = std::make_unique<core::LocalCache>(core::LocalCache::defaultDirectory(profile.id));
        m_detail->setCache(m_cache.get());
        m_compare->setCache(m_cache.get());
        m_jobs->clear();
        m_detail->clearJob();
        m_offline = false;
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
                   [this, guard = QPointer(this), profile, connectWith](bool, const QString &secret) {
                       if (!guard)
                           return;
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
    setWindowTitle(tr("Fine-Tune Studio — %1").arg(title) + (m_offline ? tr(" (offline)") : QString()));
    m_connectionLabel->setText(m_session->profile().isLocalEmulator()
                                   ? tr("Local emulator (%1)").arg(m_session->profile().endpoint.toString())
                                   : title);
}

void MainWindow::refresh()
{
    if (m_session->hasConnection())
        m_session->refreshJobs();
}

void MainWindow::jobsArrived()
{
    if (m_offline) {
        m_offline = false;
        m_banner->hide();
        m_detail->setOffline(false);
        updateTitle();
    }
    m_banner->hide();
    m_jobs->upsert(m_session->jobs());
    if (m_cache) {
        // The offline copy keeps its last good version; the banner says why it is not current.
        if (const auto failed = m_cache->storeJobs(m_session->jobs()))
            showMessage(failed->message(), true);
    }
    m_refreshLabel->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_autoDeploy->update(m_session->jobs(), m_session->client());
    const QString current = m_jobsView->currentJobId();
    if (current.isEmpty() && m_jobs->rowCount() > 0)
        m_jobsView->select(m_jobs->job(0)->id);
    else if (const core::FineTuningJob *job = m_jobs->jobById(current))
        m_detail->showJob(*job);
    schedule();
}

void MainWindow::jobsFailed(const QString &what, const QString &message)
{
    if (what != tr("Jobs") && what != Session::tr("Jobs")) {
        showMessage(tr("%1: %2").arg(what, message), true);
        return;
    }
    goOffline(message);
    schedule();
}

void MainWindow::goOffline(const QString &why)
{
    const bool first = !m_offline;
    m_offline = true;
    m_detail->setOffline(true);
    const qint64 savedAt = m_cache ? m_cache->jobsSavedAt() : 0;
    if (first && m_cache && m_jobs->rowCount() == 0)
        m_jobs->upsert(m_cache->jobs());
    const QString when = savedAt > 0
        ? QLocale().toString(QDateTime::fromSecsSinceEpoch(savedAt), QLocale::ShortFormat)
        : QString();
    m_banner->setText(
        savedAt > 0
            ? tr("<b>Offline</b> — the service cannot be reached (%1). Showing the jobs cached on %2, "
                 "read-only; the app keeps trying.")
                  .arg(why.toHtmlEscaped(), when)
            : tr("<b>Offline</b> — the service cannot be reached (%1). Nothing is cached for this "
                 "connection yet.")
                  .arg(why.toHtmlEscaped()));
    m_banner->setStyleSheet(appearance::warningBannerStyle());
    m_banner->show();
    updateTitle();
    if (first && m_jobsView->currentJobId().isEmpty() && m_jobs->rowCount() > 0)
        m_jobsView->select(m_jobs->job(0)->id);
}

void MainWindow::currentJobChanged(const QString &id)
{
    if (const core::FineTuningJob *job = m_jobs->jobById(id))
        m_detail->showJob(*job);
    else
        m_detail->clearJob();
}

void MainWindow::schedule()
{
    if (isMinimized())
        return; // resumed in changeEvent
    const bool active = std::any_of(m_session->jobs().begin(), m_session->jobs().end(),
                                    [](const core::FineTuningJob &j) { return core::isActive(j.state()); });
    m_poll.start(active && !m_offline ? m_activeInterval : m_idleInterval);
}

void MainWindow::setPollIntervals(int activeMs, int idleMs)
{
    m_activeInterval = std::max(100, activeMs);
    m_idleInterval = std::max(m_activeInterval, idleMs);
    if (m_poll.isActive())
        schedule();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        if (isMinimized())
            m_poll.stop();
        else if (!m_poll.isActive())
            refresh();
    }
}

void MainWindow::showMessage(const QString &text, bool error)
{
    if (error) {
        m_banner->setText(text.toHtmlEscaped());
        m_banner->setStyleSheet(appearance::errorBannerStyle());
        m_banner->show();
    } else {
        statusBar()->showMessage(text, 8000);
    }
}

void MainWindow::updatePlaygroundTargets()
{
    QStringList targets;
    if (m_session->isAzure()) {
        for (const core::Deployment &d : m_deployments->deployments())
            if (d.isProvisioned())
                targets << d.name;
    } else {
        for (const core::FineTuningJob &j : m_session->jobs())
            if (j.state() == core::JobState::Succeeded && !j.fineTunedModel.isEmpty())
                targets << j.fineTunedModel;
        for (const core::CatalogModel &m : core::Catalog::builtin().models())
            targets << m.openaiId;
    }
    m_playground->setTargets(targets);
}

FineTuneWizard *MainWindow::startWizard(bool askToResume, const QString &fromModel)
{
    DraftStore store(DraftStore::defaultPath());
    auto *wizard = new FineTuneWizard(*m_session, store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FineTuneWizard::jobSubmitted, this, [this, wizard](const core::FineTuningJob &job) {
        const core::FineTuneDraft &d = wizard->draft();
        if (d.autoDeploy != core::FineTuneDraft::AutoDeploy::Off)
            m_autoDeploy->add(job.id, d.deploymentName,
                              d.autoDeploy == core::FineTuneDraft::AutoDeploy::GlobalStandard
                                  ? QStringLiteral("GlobalStandard")
                                  : QStringLiteral("DeveloperTier"));
        m_jobs->upsert({job});
        m_jobsView->select(job.id);
        m_tabs->setCurrentIndex(0);
        showMessage(tr("Submitted job %1.").arg(job.id), false);
        refresh();
    });
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

void MainWindow::openDeploy(const QString &model, const QString &suggestedName)
{
    auto *dialog = new DeployDialog(*m_session, model, suggestedName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::finished, this, [this](const QString &name, bool ok) {
        showMessage(ok ? tr("Deployment %1 is ready.").arg(name) : tr("Deployment %1 failed.").arg(name),
                    !ok);
        m_deployments->refresh();
    });
    dialog->show();
}

void MainWindow::openResultsFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(path, f.errorString()), true);
        return;
    }
    auto *panel = new MetricsPanel;
    panel->setObjectName(QStringLiteral("resultsWindow"));
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->setWindowTitle(tr("%1 — Fine-Tune Studio").arg(QFileInfo(path).fileName()));
    panel->resize(1100, 700);
    panel->setResults(f.readAll());
    panel->show();
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
    if (!dialog.chosenId().isEmpty() && dialog.chosenId() != m_session->profile().id) {
        store.setCurrentId(dialog.chosenId());
        useProfile(dialog.chosenId());
    }
}

} // namespace ft::ui
