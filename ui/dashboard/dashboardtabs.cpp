#include "dashboardtabs.h"

#include "compareview.h"
#include "deploymentsview.h"
#include "emptystate.h"
#include "filesview.h"
#include "jobdetailview.h"
#include "jobsview.h"
#include "playground.h"

#include "control/deploymentscontroller.h"
#include "control/filescontroller.h"
#include "control/jobcontroller.h"
#include "control/session.h"

#include "core/deploymenttablemodel.h"
#include "core/jobtablemodel.h"

#include <QDateTime>
#include <QSplitter>
#include <QStackedWidget>

namespace ft::ui {

DashboardTabs::DashboardTabs(control::Session &session, control::JobController &job,
                             control::DeploymentsController &deployments, control::FilesController &files,
                             QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_deploymentsControl(deployments)
    , m_filesControl(files)
    , m_jobsView(new JobsView(session.jobsModel(), this))
    , m_detail(new JobDetailView(job, session, this))
    , m_deployments(new DeploymentsView(deployments, this))
    , m_files(new FilesView(files, this))
    , m_playground(new Playground(session, this))
    , m_compare(new CompareView(session, this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("mainTabs"));
    addTabs();
    connect(m_jobsView, &JobsView::currentJobChanged, &job, &control::JobController::select);
    connect(m_detail, &JobDetailView::message, this, &DashboardTabs::message);
    connect(m_deployments, &DeploymentsView::message, this, &DashboardTabs::message);
    connect(m_files, &FilesView::message, this, &DashboardTabs::message);
    connect(m_compare, &CompareView::message, this, &DashboardTabs::message);
    connect(&m_deploymentsControl, &control::DeploymentsController::listed, this,
            &DashboardTabs::updatePlaygroundTargets);
    connect(m_deployments, &DeploymentsView::openInPlayground, this, [this](const QString &name) {
        m_playground->choose(name);
        setCurrentWidget(m_playground);
    });
    connect(m_playground, &Playground::used, this, [this](const QString &deployment) {
        m_deploymentsControl.model().setLastUsed(deployment, QDateTime::currentDateTimeUtc());
    });
    connect(this, &QTabWidget::currentChanged, this, &DashboardTabs::opened);
}

void DashboardTabs::showEmptyStateIfNoJobs()
{
    const bool empty =
        m_session.jobsModel().rowCount() == 0 && m_session.state() == control::Session::State::Online;
    m_jobsPage->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_jobsPage->widget(0));
}

void DashboardTabs::addTabs()
{
    // The jobs list above, the selected job below: both get the window's whole width.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("jobsSplitter"));
    split->addWidget(m_jobsView);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 600});
    // Before the first job, the Jobs tab says how to start instead of showing an empty table.
    m_jobsPage = new QStackedWidget(this);
    m_jobsPage->addWidget(split);
    m_jobsPage->addWidget(m_empty);
    addTab(m_jobsPage, tr("&Jobs"));
    connect(&m_session.jobsModel(), &QAbstractItemModel::rowsInserted, this,
            &DashboardTabs::showEmptyStateIfNoJobs);
    connect(&m_session.jobsModel(), &QAbstractItemModel::rowsRemoved, this,
            &DashboardTabs::showEmptyStateIfNoJobs);
    connect(&m_session.jobsModel(), &QAbstractItemModel::modelReset, this,
            &DashboardTabs::showEmptyStateIfNoJobs);
    connect(&m_session, &control::Session::jobsChanged, this, &DashboardTabs::showEmptyStateIfNoJobs);
    connect(&m_session, &control::Session::stateChanged, this, &DashboardTabs::showEmptyStateIfNoJobs);
    addTab(m_deployments, tr("&Deployments"));
    addTab(m_files, tr("Data fi&les"));
    addTab(m_playground, tr("Play&ground"));
    addTab(m_compare, tr("Compare &runs"));
    setTabToolTip(0, tr("Your fine-tuning jobs and the details of the selected one."));
    setTabToolTip(1, tr("The deployments of the connection's Azure account."));
    setTabToolTip(2, tr("The files on the resource: training, validation and results files."));
    setTabToolTip(3, tr("Chat with a deployment, and compare two side by side."));
    setTabToolTip(4, tr("The metrics of several runs in one chart."));
}

void DashboardTabs::opened()
{
    QWidget *current = currentWidget();
    const bool online = !m_session.isOffline();
    if (current == m_deployments && online)
        m_deploymentsControl.refresh();
    if (current == m_files && online)
        m_filesControl.refresh();
    if (current == m_compare)
        m_compare->refreshJobs();
    if (current == m_playground) {
        updatePlaygroundTargets();
        if (online)
            m_deploymentsControl.refresh(); // the deployments to chat with, fresh (answers through listed)
    }
}

void DashboardTabs::updatePlaygroundTargets()
{
    m_playground->setTargets(m_deploymentsControl.chatTargets());
}

void DashboardTabs::compare(const QStringList &jobIds)
{
    m_compare->compareJobs(jobIds);
    setCurrentWidget(m_compare);
}

} // namespace ft::ui
