#include "mainwindow.h"

#include "connectionsdialog.h"
#include "secretstore.h"
#include "session.h"
#include "wizard/draftstore.h"
#include "wizard/finetunewizard.h"

#include "api/autodeployqueue.h"
#include "core/jobtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ft::ui {

MainWindow::MainWindow(QList<ConnectionProfile> profiles, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_session(new Session(this))
    , m_jobs(new core::JobTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_center(new QStackedWidget(this))
    , m_connectionLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_autoDeploy(new api::AutoDeployQueue(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                + QStringLiteral("/auto-deploy.json"),
                                            this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1180, 720);
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *fineTune =
        toolbar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Fine-tune model"));
    fineTune->setObjectName(QStringLiteral("actionFineTune"));
    fineTune->setShortcut(QKeySequence::New);
    QAction *refreshAction =
        toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *connections =
        toolbar->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connections…"));
    connections->setObjectName(QStringLiteral("actionConnections"));

    m_proxy->setSourceModel(m_jobs);
    m_proxy->setSortRole(core::JobTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(tr("Fine-tuning jobs"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::JobTableModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(core::JobTableModel::Name, QHeaderView::Stretch);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText =
        new QLabel(tr("<h2>No fine-tuning jobs yet</h2><p>Start with <b>Fine-tune model</b>: pick a "
                      "method and a base model, add training data, and submit.</p>"),
                   empty);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *start = new QPushButton(tr("Fine-tune model"), empty);
    start->setObjectName(QStringLiteral("emptyFineTune"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(start, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_center->addWidget(empty);
    m_center->addWidget(m_table);
    setCentralWidget(m_center);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);

    connect(fineTune, &QAction::triggered, this, [this] { startWizard(); });
    connect(start, &QPushButton::clicked, this, [this] { startWizard(); });
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(connections, &QAction::triggered, this, &MainWindow::openConnections);
    connect(m_session, &Session::jobsChanged, this, &MainWindow::jobsArrived);
    connect(m_session, &Session::failed, this, [this](const QString &what, const QString &message) {
        m_errorLabel->setText(tr("%1: %2").arg(what, message));
        schedule();
    });
    connect(m_autoDeploy, &api::AutoDeployQueue::deployed, this,
            [this](const QString &, const QString &name) {
                statusBar()->showMessage(tr("Deployed %1.").arg(name), 8000);
            });
    connect(m_autoDeploy, &api::AutoDeployQueue::deployFailed, this,
            [this](const QString &job, const QString &message) {
                m_errorLabel->setText(tr("Auto-deploy of %1 failed: %2").arg(job, message));
            });
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() = default;

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
        m_jobs->clear();
        updateTitle();
        refresh();
    };
    const QString key = m_sessionSecrets.value(profile.secretKey());
    const QString arm = m_sessionSecrets.value(profile.armTokenKey());
    if (!key.isEmpty() || profile.source != ConnectionProfile::Source::Saved) {
        connectWith(key, arm);
        return;
    }
    m_secrets.read(profile.secretKey(), [this, profile, connectWith](bool, const QString &secret) {
        m_secrets.read(profile.armTokenKey(), [secret, connectWith](bool, const QString &armToken) {
            connectWith(secret, armToken);
        });
    });
}

void MainWindow::updateTitle()
{
    const QString title = m_session->title();
    setWindowTitle(tr("Fine-Tune Studio — %1").arg(title));
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
    m_errorLabel->clear();
    m_jobs->upsert(m_session->jobs());
    m_center->setCurrentIndex(m_jobs->rowCount() > 0 ? 1 : 0);
    m_refreshLabel->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_autoDeploy->update(m_session->jobs(), m_session->client());
    schedule();
}

void MainWindow::schedule()
{
    if (isMinimized())
        return; // resumed in changeEvent
    const bool active = std::any_of(m_session->jobs().begin(), m_session->jobs().end(),
                                    [](const core::FineTuningJob &j) { return core::isActive(j.state()); });
    m_poll.start(active ? 2000 : 15000);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && !isMinimized() && !m_poll.isActive())
        refresh();
}

QWidget *MainWindow::startWizard(bool askToResume)
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
        m_center->setCurrentIndex(1);
        statusBar()->showMessage(tr("Submitted job %1.").arg(job.id), 8000);
        refresh();
    });
    const auto saved = store.load();
    wizard->show();
    if (saved && askToResume) {
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
