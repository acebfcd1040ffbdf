#pragma once

#include "connectionprofile.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ft::core {
class JobTableModel;
struct FineTuningJob;
} // namespace ft::core
namespace ft::api {
class AutoDeployQueue;
}

namespace ft::ui {

class SecretStore;
class Session;

// The main window: "Fine-tune model" first, the jobs of the connection below it, live.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(QList<ConnectionProfile> profiles, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() { return *m_session; }
    core::JobTableModel &jobsModel() { return *m_jobs; }
    void useProfile(const QString &id);
    // Opens the wizard (offering to resume a saved draft); returns it for tests.
    QWidget *startWizard(bool askToResume = true);
    // Secrets known for this session only (environment, or typed without a keychain), by store key.
    void setSessionSecret(const QString &key, const QString &secret);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void jobsArrived();
    void openConnections();
    void updateTitle();
    void schedule();

    QList<ConnectionProfile> m_profiles;
    SecretStore &m_secrets;
    QHash<QString, QString> m_sessionSecrets;
    Session *m_session;
    core::JobTableModel *m_jobs;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QStackedWidget *m_center;
    QLabel *m_connectionLabel;
    QLabel *m_refreshLabel;
    QLabel *m_errorLabel;
    QTimer m_poll;
    api::AutoDeployQueue *m_autoDeploy;
};

} // namespace ft::ui
