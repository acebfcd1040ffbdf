#pragma once

#include "connectionprofile.h"

#include "dashboard/dashboardtabs.h"

#include "control/session.h"
#include "core/method.h"

#include <QMainWindow>

#include <functional>

class QLabel;

namespace ft::core {
class JobTableModel;
}
namespace ft::control {
class DeploymentsController;
class FilesController;
class JobController;
} // namespace ft::control

namespace ft::ui {

class DraftStore;
class FineTuneWizard;
class SecretStore;
class Session;
class StatusBanner;

// The main window: Fine-tune model first; then the jobs of the connection (live, with the detail of
// the selected one), the deployments, the playground and run comparison. When the service cannot be
// reached it shows what it cached, read-only, and says so. The session polls and holds the state; the
// controllers act; the window lays out the views and says what happened.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QList<ConnectionProfile> profiles, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() { return *m_session; }
    core::JobTableModel &jobsModel();
    control::JobController &jobController() { return *m_job; }
    JobsView *jobsView() const { return m_tabs->jobsView(); }
    JobDetailView *jobDetail() const { return m_tabs->jobDetail(); }
    DeploymentsView *deploymentsView() const { return m_tabs->deploymentsView(); }
    FilesView *filesView() const { return m_tabs->filesView(); }
    Playground *playground() const { return m_tabs->playground(); }
    CompareView *compareView() const { return m_tabs->compareView(); }
    QTabWidget *tabs() const { return m_tabs; }
    bool isOffline() const;
    bool isPolling() const;

    void useProfile(const QString &id);
    // Opens the wizard (offering to resume a saved draft), optionally starting from a model.
    FineTuneWizard *startWizard(bool askToResume = true, const QString &fromModel = {});
    // The wizard filled in with the sample data of a method (files written to the app's work folder).
    FineTuneWizard *startSampleWizard(core::MethodType method);
    // How the View menu's "Demo speed" reaches the built-in emulator (the app owns it).
    void setDemoSpeedControl(std::function<void(double)> apply);
    void setSessionSecret(const QString &key, const QString &secret);
    QHash<QString, QString> sessionSecrets() const { return m_sessionSecrets; }
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    void openResultsFile(const QString &path);
    void refresh();
    // How often the jobs are polled: while something runs, and otherwise (also while offline).
    void setPollIntervals(int activeMs, int idleMs);

signals:
    // View → Language: the window is built again in the new language by whoever owns it (AppShell).
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    QAction *buildJobMenu();
    void connectSession();
    void jobsArrived();
    void stateChanged();
    static bool isSignInProblem(const core::ApiError &error);
    void showSignInProblem(const core::ApiError &error);
    void sessionFailed(control::Session::Resource what, const core::ApiError &error);
    void jobSubmitted(FineTuneWizard &wizard, const core::FineTuningJob &job);
    FineTuneWizard *newWizard(DraftStore &store);
    void openConnections();
    void openDeploy(const QString &model, const QString &suggestedName);
    void updateTitle();
    void showMessage(const QString &text, bool error);

    QList<ConnectionProfile> m_profiles;
    SecretStore &m_secrets;
    QHash<QString, QString> m_sessionSecrets;
    Session *m_session;
    control::JobController *m_job;
    control::DeploymentsController *m_deploymentsControl;
    control::FilesController *m_filesControl;
    DashboardTabs *m_tabs;
    StatusBanner *m_banner;
    QLabel *m_connectionLabel;
    QLabel *m_refreshLabel;
};

} // namespace ft::ui
