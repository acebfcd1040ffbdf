#pragma once

// The main window against the emulator, driven through its widgets (see tst_dashboard.cpp). The tests
// run in order and share the window and the jobs they made: the jobs list and the selected job are in
// dashboard_jobs.cpp, deployments, the playground, files, comparison and offline use in
// dashboard_resources.cpp, the safety evaluation, title, help and quit in dashboard_moments.cpp.

#include "api/client.h"
#include "core/finetuningjob.h"
#include "core/jobtablemodel.h"
#include "emulator/emulatorthread.h"
#include "mainwindow.h"
#include "memorysecretstore.h"

#include <QMessageBox>
#include <QObject>
#include <QPointF>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ft::ui {
class DeployDialog;
}

namespace ft::test {

// Answers the next message box (a confirmation) with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button);
bool clickWhenEnabled(QPushButton *b, int timeoutMs = 20000);
int finiteCount(const QList<QPointF> &points);
// The first row of an item view's model whose `column` shows `text`; -1 when none does.
int rowShowing(const QAbstractItemModel *model, int column, const QString &text);

} // namespace ft::test

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jobSubmittedElsewhere_appearsAndSucceedsWithNoUserAction();
    void detail_overviewEventsCheckpoints();
    void charts_holdTheResultsSeries();
    void actions_areEnabledOnlyInTheRightStates();
    void polling_pausesWhileMinimised();
    void downloads_andFineTuneFromACheckpoint();
    void deploy_checkpointAndModel_reachSucceeded();
    void playground_answersSideBySide();
    void delete_modelRefusedWhileDeployed_thenDeploymentThenModel();
    void files_areListedAndDeleted();
    void compare_overlaysTwoRuns();
    void openResultsFile_chartsWithNoConnection();
    void safety_harmfulData_isShownPlainly_withNoCharge();
    void safety_harmfulModel_cannotBeDeployed_andSaysWhy();
    void title_namesTheAppOnce_andHelpOpensOffline();
    void deploy_underANameInUse_asksFirst_showingWhatIsThere();
    void demoSpeed_reachesTheEmulator_andIsSaved();
    void offline_startsOnTheCachedJobsAndCharts();
    void quit_closesEveryWindow_evenAResultsWindow();

private:
    ft::ui::ConnectionProfile profile() const;
    void openWindow();
    ft::core::File upload(const QByteArray &content, const QString &name);
    QString submit(int examples, std::optional<int> batchSize, const QString &suffix);
    const ft::core::FineTuningJob *row(const QString &id) const { return m_window->jobsModel().jobById(id); }
    bool waitForState(const QString &id, ft::core::JobState state, int timeoutMs = 60000);
    void select(const QString &id);
    void shot(const QString &name, QWidget *widget = nullptr);
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    ft::ui::DeployDialog *deployThrough(QPushButton *button, const QString &name,
                                        bool fromAnotherTenant = false);

    QTemporaryDir m_dir;
    std::unique_ptr<ft::emu::EmulatorThread> m_emulator;
    QUrl m_url;
    std::unique_ptr<ft::api::Client> m_elsewhere; // another user of the same resource (as ftctl would be)
    ft::ui::MemorySecretStore m_secrets;
    std::unique_ptr<ft::ui::MainWindow> m_window;
    QString m_done; // a succeeded SFT job
    QString m_second; // another succeeded job, for comparison
    QString m_model;
    QByteArray m_results;
};
