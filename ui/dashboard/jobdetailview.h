#pragma once

#include "control/action.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace ft::control {
class JobController;
class Session;
} // namespace ft::control
namespace ft::core {
struct ApiError;
}

namespace ft::ui {

class CheckpointsView;
class EventsView;
class JobOverview;
class MetricsPanel;

// One job, as its controller holds it: Overview (every field, ids to copy), Metrics (charts from
// results.csv, live while it runs), Events (newest first, copyable), Checkpoints (deploy one, fine-tune
// from one, copy one to another resource); Pause, Resume and Cancel when the state allows, each
// confirmed; downloads; deploy and delete the model. The view asks and shows; the controller acts.
class JobDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailView)

public:
    JobDetailView(control::JobController &controller, control::Session &session, QWidget *parent = nullptr);

    void setConfirmActions(bool confirm) { m_confirm = confirm; }
    QString jobId() const;
    control::JobController &controller() { return m_controller; }

    MetricsPanel *metrics() const { return m_metrics; }
    QString notice() const;
    QTreeView *events() const;
    QTableView *checkpoints() const;
    QTabWidget *tabs() const { return m_tabs; }

    // The actions, also for menus and tests: confirmed where they cannot be undone, then forwarded.
    void pause();
    void resume();
    void cancel();
    void deployModel();
    void deployCheckpoint();
    void fineTuneFromCheckpoint();
    void copyCheckpoint();
    void deleteModel();
    void download(const QString &fileId, const QString &path);

signals:
    void deployRequested(const QString &model, const QString &suggestedName);
    void fineTuneFrom(const QString &model);
    void message(const QString &text, bool error);

private:
    QLayout *buildHeader();
    void buildTabs(control::Session &session);
    void buildDownloads();
    void bindController();
    void showJob();
    void showResults();
    void updateActions();
    void succeeded(control::Action action, const QString &subject);
    void failed(control::Action action, const QString &subject, const core::ApiError &error);
    bool confirm(const QString &title, const QString &text);

    control::JobController &m_controller;
    bool m_confirm = true;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_notice; // what stands in the way: the safety evaluation, a deleted model
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_deploy;
    QPushButton *m_deleteModel;
    QPushButton *m_download;
    QTabWidget *m_tabs;
    JobOverview *m_overview = nullptr;
    MetricsPanel *m_metrics;
    EventsView *m_events = nullptr;
    CheckpointsView *m_checkpoints = nullptr;
};

} // namespace ft::ui
