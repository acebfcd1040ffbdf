#pragma once

#include "connectionprofile.h"

#include "api/client.h"
#include "core/catalog.h"
#include "core/checkpoint.h"
#include "core/fileobject.h"
#include "core/finetuningjob.h"
#include "core/model.h"

#include <QList>
#include <QObject>

#include <memory>

namespace ft::ui {

// A base model the wizard can start from: a catalog model, or a fine-tuned model or checkpoint of
// this resource (continued fine-tuning).
struct ModelChoice
{
    enum class Kind { Base, FineTuned, Checkpoint };

    Kind kind = Kind::Base;
    QString id; // what goes into the job's `model`
    QString displayName;
    const core::CatalogModel *catalog = nullptr; // the model (or the base of a fine-tuned one)
    QString detail;
};

// The connection in use and what the app knows of it: the client, and caches of models, files and
// jobs that pages and views read. Everything here is asynchronous.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    void setConnection(const ConnectionProfile &profile, const QString &secret, const QString &armToken);
    bool hasConnection() const { return m_client != nullptr; }
    const ConnectionProfile &profile() const { return m_profile; }
    api::Client &client() { return *m_client; }
    const api::Connection &connection() const { return m_client->connection(); }
    bool isAzure() const { return m_profile.kind != api::ServiceKind::OpenAI; }

    void refreshModels();
    void refreshFiles();
    void refreshJobs();
    const QList<core::Model> &models() const { return m_models; }
    const QList<core::File> &files() const { return m_files; }
    const QList<core::FineTuningJob> &jobs() const { return m_jobs; }
    // Catalog models the service offers, then this resource's fine-tuned models and their checkpoints.
    QList<ModelChoice> modelChoices() const;
    void fetchCheckpoints(const QString &jobId);

    // A title for windows and the status bar: "Local emulator", "my-resource (Azure OpenAI v1)".
    QString title() const;

signals:
    void connectionChanged();
    void modelsChanged();
    void filesChanged();
    void jobsChanged();
    void checkpointsChanged(const QString &jobId);
    void failed(const QString &what, const QString &message);

private:
    ConnectionProfile m_profile;
    std::unique_ptr<api::Client> m_client;
    QList<core::Model> m_models;
    QList<core::File> m_files;
    QList<core::FineTuningJob> m_jobs;
    QHash<QString, QList<core::Checkpoint>> m_checkpoints;
};

} // namespace ft::ui
