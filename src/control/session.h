#pragma once

#include "modelchoice.h"

#include "api/client.h"
#include "core/checkpoint.h"
#include "core/fileobject.h"
#include "core/finetuningjob.h"
#include "core/jobevent.h"
#include "core/model.h"
#include "core/writeerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace ft::api {
class AutoDeployQueue;
}
namespace ft::core {
class JobTableModel;
class LocalCache;
} // namespace ft::core

namespace ft::control {

class JobPoller;

// The connection in use and what the app knows of it: the client; the models, files and jobs of the
// resource (the jobs also as the table the jobs list shows); whether the service answers. On request it
// keeps an offline copy on disk, polls the jobs and deploys the ones promised a deployment. Widgets
// read it and forward clicks to the controllers built on it; everything here is asynchronous.
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class Resource { Models, Files, Jobs };
    Q_ENUM(Resource)
    // Whether the last jobs list came back: Unknown until a first answer, Offline while it fails.
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    void setConnection(api::Connection connection);
    bool hasConnection() const { return m_client != nullptr; }
    api::Client &client() { return *m_client; }
    const api::Connection &connection() const { return m_client->connection(); }
    bool isAzure() const { return m_client && m_client->connection().isAzure(); }
    // The service answers from this machine (the built-in or a stand-alone emulator; the real services
    // never do): what it says is simulated.
    bool isOnThisMachine() const;

    // Where the offline copy of this connection lives; empty keeps none. Set after setConnection().
    void setCacheDirectory(const QString &directory);
    core::LocalCache *cache() const { return m_cache.get(); }
    // Deployments promised to jobs, made when they succeed; kept in a file at `path`.
    api::AutoDeployQueue *enableAutoDeploy(const QString &path);
    api::AutoDeployQueue *autoDeploy() const { return m_autoDeploy; }
    JobPoller &poller() { return *m_poller; }

    void refreshModels();
    void refreshFiles();
    void refreshJobs();
    const QList<core::Model> &models() const { return m_models; }
    const QList<core::File> &files() const { return m_files; }
    const QList<core::FineTuningJob> &jobs() const { return m_jobs; }
    core::JobTableModel &jobsModel() { return *m_jobsModel; }
    const core::File *file(const QString &id) const;
    // Catalog models the service offers, then this resource's fine-tuned models and their checkpoints.
    QList<ModelChoice> modelChoices() const;
    void fetchCheckpoints(const QString &jobId);
    // A fine-tuned model deleted through this app: its jobs still name it, but it cannot be deployed.
    void noteModelDeleted(const QString &model) { m_deletedModels.insert(model); }
    bool isModelDeleted(const QString &model) const { return m_deletedModels.contains(model); }

    State state() const { return m_state; }
    bool isOffline() const { return m_state == State::Offline; }
    // Why the service cannot be reached (when offline).
    const core::ApiError &offlineError() const { return m_offlineError; }

    // A job's results.csv: from the offline copy when `preferCopy` and it has one, else from the
    // service (and then kept in the copy). `done` runs while `context` lives.
    void fetchResults(const QString &jobId, const QString &fileId, bool preferCopy, QObject *context,
                      const api::Callback<QByteArray> &done);
    // Keeps a job's events in the offline copy.
    void keepEvents(const QString &jobId, const QList<core::JobEvent> &events);

signals:
    void connectionChanged();
    void modelsChanged();
    void filesChanged();
    void jobsChanged();
    void checkpointsChanged(const QString &jobId);
    void failed(ft::control::Session::Resource what, const ft::core::ApiError &error);
    void stateChanged();
    // The offline copy could not be saved; the previous copy is still whole.
    void writeFailed(const ft::core::WriteError &error);

private:
    void jobsArrived(const QList<core::FineTuningJob> &jobs);
    void jobsFailed(const core::ApiError &error);
    void kept(std::optional<core::WriteError> failure);
    bool hasModel(const QString &id) const;

    std::unique_ptr<api::Client> m_client;
    std::unique_ptr<core::LocalCache> m_cache;
    core::JobTableModel *m_jobsModel;
    JobPoller *m_poller;
    api::AutoDeployQueue *m_autoDeploy = nullptr;
    QList<core::Model> m_models;
    QList<core::File> m_files;
    QList<core::FineTuningJob> m_jobs;
    QHash<QString, QList<core::Checkpoint>> m_checkpoints;
    QSet<QString> m_deletedModels;
    QSet<QString> m_modelsAskedFor; // fine-tuned models the list was read again for
    State m_state = State::Unknown;
    core::ApiError m_offlineError;
};

} // namespace ft::control
