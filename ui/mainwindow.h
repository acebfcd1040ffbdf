#pragma once

#include "connectionprofile.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QTabWidget;

namespace ft::core {
class JobTableModel;
class LocalCache;
struct FineTuningJob;
} // namespace ft::core
namespace ft::api {
class AutoDeployQueue;
}

namespace ft::ui {

class CompareView;
class DeploymentsView;
class FilesView;
class FineTuneWizard;
class JobDetailView;
class JobsView;
class Playground;
class SecretStore;
class Session;

// The main window: Fine-tune model first; then the jobs of the connection (live, with the detail of
// the selected one), the deployments, the playground and run comparison. When the service cannot be
// reached it shows what it cached, read-only, and says so.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QList<ConnectionProfile> profiles, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() { return *m_session; }
    core::JobTableModel &jobsModel() { return *m_jobs; }
    JobsView *jobsView() const { return m_jobsView; }
    JobDetailView *jobDetail() const { return m_detail; }
    DeploymentsView *deploymentsView() const { return m_deployments; }
    FilesView *filesView() const { return m_files; }
    Playground *playground() const { return m_playground; }
    CompareView *compareView() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isOffline() const { return m_offline; }
    bool isPolling() const { return m_poll.isActive(); }

    void useProfile(const QString &id);
    // Opens the wizard (offering to resume a saved draft), optionally starting from a model.
    FineTuneWizard *startWizard(bool askToResume = true, const QString &fromModel = {});
    void setSessionSecret(const QString &key, const QString &secret);
    void openResultsFile(const QString &path);
    void refresh();
    // How often the jobs are polled: while something runs, and otherwise (also while offline).
    void setPollIntervals(int activeMs, int idleMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void jobsArrived();
    void jobsFailed(const QString &what, const QString &message);
    void goOffline(const QString &why);
    void currentJobChanged(const QString &id);
    void openConnections();
    void openDeploy(const QString &model, const QString &suggestedName);
    void updateTitle();
    void updatePlaygroundTargets();
    void schedule();
    void showMessage(const QString &text, bool error);

    QList<ConnectionProfile> m_profiles;
    SecretStore &m_secrets;
    QHash<QString, QString> m_sessionSecrets;
    Session *m_session;
    core::JobTableModel *m_jobs;
    std::unique_ptr<core::LocalCache> m_cache;
    QTabWidget *m_tabs;
    JobsView *m_jobsView;
    JobDetailView *m_detail;
    DeploymentsView *m_deployments;
    FilesView *m_files;
    Playground *m_playground;
    CompareView *m_compare;
    QLabel *m_banner;
    QLabel *m_connectionLabel;
    QLabel *m_refreshLabel;
    QTimer m_poll;
    api::AutoDeployQueue *m_autoDeploy;
    int m_activeInterval = 2000;
    int m_idleInterval = 15000;
    bool m_offline = false;
};

} // namespace ft::ui
