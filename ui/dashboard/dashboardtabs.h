#pragma once

#include <QTabWidget>

class QStackedWidget;

namespace ft::control {
class DeploymentsController;
class FilesController;
class JobController;
class Session;
} // namespace ft::control

namespace ft::ui {

class CompareView;
class EmptyState;
class DeploymentsView;
class FilesView;
class JobDetailView;
class JobsView;
class Playground;

// The tabs of the main window: the jobs list with the selected job below it, the deployments, the data
// files, the playground and run comparison. A tab that is opened reads its lists again (not while the
// service cannot be reached); what the views say comes out through message().
class DashboardTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTabs)

public:
    DashboardTabs(control::Session &session, control::JobController &job,
                  control::DeploymentsController &deployments, control::FilesController &files,
                  QWidget *parent = nullptr);

    JobsView *jobsView() const { return m_jobsView; }
    JobDetailView *jobDetail() const { return m_detail; }
    DeploymentsView *deploymentsView() const { return m_deployments; }
    FilesView *filesView() const { return m_files; }
    Playground *playground() const { return m_playground; }
    CompareView *compareView() const { return m_compare; }
    EmptyState *emptyState() const { return m_empty; }
    void compare(const QStringList &jobIds);

signals:
    void message(const QString &text, bool error);

private:
    void addTabs();
    void opened();
    void updatePlaygroundTargets();
    void showEmptyStateIfNoJobs();

    control::Session &m_session;
    control::DeploymentsController &m_deploymentsControl;
    control::FilesController &m_filesControl;
    JobsView *m_jobsView;
    JobDetailView *m_detail;
    DeploymentsView *m_deployments;
    FilesView *m_files;
    Playground *m_playground;
    CompareView *m_compare;
    EmptyState *m_empty;
    QStackedWidget *m_jobsPage = nullptr; // the list and detail, or the empty state
};

} // namespace ft::ui
