#pragma once

#include "core/checkpoint.h"
#include "core/finetuningjob.h"
#include "core/jobevent.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace ft::core {
class LocalCache;
}

namespace ft::ui {

class MetricsPanel;
class Session;

// One job: Overview (every field, ids to copy), Metrics (charts from results.csv, live while it runs),
// Events (newest first, copyable), Checkpoints (deploy one, fine-tune from one, copy one to another
// resource); Pause, Resume and Cancel when the state allows, each confirmed; downloads; deploy and
// delete the model. Offline, it shows what the cache holds, read-only.
class JobDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailView)

public:
    explicit JobDetailView(Session &session, QWidget *parent = nullptr);

    void setCache(core::LocalCache *cache) { m_cache = cache; }
    void showJob(const core::FineTuningJob &job);
    void clearJob();
    void setOffline(bool offline);
    void setConfirmActions(bool confirm) { m_confirm = confirm; }
    QString jobId() const { return m_job.id; }

    MetricsPanel *metrics() const { return m_metrics; }
    QTreeWidget *events() const { return m_events; }
    QTableWidget *checkpoints() const { return m_checkpoints; }
    QTabWidget *tabs() const { return m_tabs; }

    // The actions, also for menus and tests.
    void pause();
    void resume();
    void cancel();
    void deployModel();
    void deployCheckpoint();
    void fineTuneFromCheckpoint();
    void copyCheckpoint();
    void pollCheckpointCopy(const QString &jobId, const QString &checkpointId);
    void deleteModel();
    void removeModel(const QString &model);
    void download(const QString &fileId, const QString &path);

signals:
    void jobChanged();
    void deployRequested(const QString &model, const QString &suggestedName);
    void fineTuneFrom(const QString &model);
    void message(const QString &text, bool error);

private:
    void fetchDetails();
    void fillOverview();
    void fetchEvents(bool running);
    void fillEvents(const QList<core::JobEvent> &events);
    void fillCheckpoints();
    void updateActions();
    bool confirm(const QString &title, const QString &text);
    void act(const QString &verb);
    QString selectedCheckpointModel() const;

    Session &m_session;
    core::LocalCache *m_cache = nullptr;
    core::FineTuningJob m_job;
    QList<core::Checkpoint> m_checkpointList;
    QString m_filesRequestedFor;
    QList<core::JobEvent> m_eventList; // newest first
    QSet<QString> m_eventIds;
    QString m_eventsFetchedFor;
    QElapsedTimer m_resultsClock;
    static constexpr int kMaxEvents = 5000;
    static constexpr qint64 kResultsRefreshMs = 4000;
    bool m_offline = false;
    bool m_trainedAStep = false;
    bool m_confirm = true;
    bool m_fetchingEvents = false;
    bool m_fetchingResults = false;
    QString m_resultsFetchedFor;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_deploy;
    QPushButton *m_deleteModel;
    QPushButton *m_download;
    QTabWidget *m_tabs;
    QWidget *m_overview;
    QFormLayout *m_overviewForm;
    MetricsPanel *m_metrics;
    QTreeWidget *m_events;
    QTableWidget *m_checkpoints;
    QPushButton *m_deployCheckpoint;
    QPushButton *m_fineTuneFrom;
    QPushButton *m_copyCheckpoint;
};

} // namespace ft::ui
