#include "session.h"

#include "jobpoller.h"

#include "api/autodeployqueue.h"
#include "api/pager.h"
#include "core/catalog.h"
#include "core/jobtablemodel.h"
#include "core/localcache.h"

#include <QHostAddress>

namespace ft::control {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_jobsModel(new core::JobTableModel(this))
    , m_poller(new JobPoller(*this))
{ }

Session::~Session() = default;

void Session::setConnection(api::Connection connection)
{
    m_client = std::make_unique<api::Client>(std::move(connection));
    m_cache.reset();
    m_models.clear();
    m_files.clear();
    m_jobs.clear();
    m_checkpoints.clear();
    m_deletedModels.clear();
    m_modelsAskedFor.clear();
    m_jobsModel->clear();
    const bool stateChange = m_state != State::Unknown;
    m_state = State::Unknown;
    m_offlineError = {};
    emit connectionChanged();
    if (stateChange)
        emit stateChanged();
}

bool Session::isOnThisMachine() const
{
    if (!m_client)
        return false;
    const QString host = m_client->connection().endpoint.host();
    return host == u"localhost" || host.endsWith(u".localhost") || QHostAddress(host).isLoopback();
}

void Session::setCacheDirectory(const QString &directory)
{
    m_cache = directory.isEmpty() ? nullptr : std::make_unique<core::LocalCache>(directory);
}

api::AutoDeployQueue *Session::enableAutoDeploy(const QString &path)
{
    if (!m_autoDeploy)
        m_autoDeploy = new api::AutoDeployQueue(path, this);
    return m_autoDeploy;
}

void Session::refreshModels()
{
    if (!m_client)
        return;
    m_client->models().list(this, [this](core::Result<core::Page<core::Model>> page) {
        if (!page)
            return emit failed(Resource::Models, page.error());
        m_models = page.value().data;
        emit modelsChanged();
    });
}

void Session::refreshFiles()
{
    if (!m_client)
        return;
    api::fetchAll<core::File>(
        [this](const QString &after, api::Callback<core::Page<core::File>> cb) {
            return m_client->files().list({QStringLiteral("fine-tune"), after, 0, {}}, this, std::move(cb));
        },
        [this](core::Result<core::Page<core::File>> page) {
            if (!page)
                return emit failed(Resource::Files, page.error());
            m_files = page.value().data;
            emit filesChanged();
        });
}

void Session::refreshJobs()
{
    if (!m_client)
        return;
    api::fetchAll<core::FineTuningJob>(
        [this](const QString &after, api::Callback<core::Page<core::FineTuningJob>> cb) {
            return m_client->jobs().list({after, 100, {}}, this, std::move(cb));
        },
        [this](core::Result<core::Page<core::FineTuningJob>> page) {
            if (!page)
                return jobsFailed(page.error());
            jobsArrived(page.value().data);
        });
}

void Session::jobsArrived(const QList<core::FineTuningJob> &jobs)
{
    m_jobs = jobs;
    const bool back = m_state != State::Online;
    m_state = State::Online;
    m_offlineError = {};
    m_jobsModel->upsert(m_jobs);
    if (back)
        emit stateChanged();
    emit jobsChanged();
    // The offline copy keeps its last good version; whoever shows writeFailed says why it is not current.
    if (m_cache)
        kept(m_cache->storeJobs(m_jobs));
    if (m_autoDeploy && m_client)
        m_autoDeploy->update(m_jobs, *m_client);
    // A job that just produced a model: the models list read before does not have it yet.
    if (!m_models.isEmpty()) {
        bool newModel = false;
        for (const core::FineTuningJob &job : m_jobs) {
            if (job.state() == core::JobState::Succeeded && !job.fineTunedModel.isEmpty()
                && !m_modelsAskedFor.contains(job.fineTunedModel) && !hasModel(job.fineTunedModel)) {
                m_modelsAskedFor.insert(job.fineTunedModel);
                newModel = true;
            }
        }
        if (newModel)
            refreshModels();
    }
}

bool Session::hasModel(const QString &id) const
{
    return std::any_of(m_models.begin(), m_models.end(), [&](const core::Model &m) { return m.id == id; });
}

void Session::jobsFailed(const core::ApiError &error)
{
    const bool first = m_state != State::Offline;
    m_state = State::Offline;
    m_offlineError = error;
    if (first && m_cache && m_jobsModel->rowCount() == 0)
        m_jobsModel->upsert(m_cache->jobs());
    if (first)
        emit stateChanged();
    emit failed(Resource::Jobs, error);
}

void Session::kept(std::optional<core::WriteError> failure)
{
    if (failure)
        emit writeFailed(*failure);
}

const core::File *Session::file(const QString &id) const
{
    for (const core::File &f : m_files)
        if (f.id == id)
            return &f;
    return nullptr;
}

void Session::fetchCheckpoints(const QString &jobId)
{
    if (!m_client)
        return;
    m_client->jobs().checkpoints(jobId, {}, this,
                                 [this, jobId](core::Result<core::Page<core::Checkpoint>> page) {
                                     if (!page)
                                         return;
                                     m_checkpoints.insert(jobId, page.value().data);
                                     emit checkpointsChanged(jobId);
                                 });
}

void Session::fetchResults(const QString &jobId, const QString &fileId, bool preferCopy, QObject *context,
                           const api::Callback<QByteArray> &done)
{
    if (preferCopy && m_cache) {
        if (auto cached = m_cache->results(jobId))
            return done(std::move(*cached));
    }
    if (!m_client)
        return done(core::ApiError::local(tr("There is no connection.")));
    m_client->files().content(fileId, context, [this, jobId, done](core::Result<QByteArray> csv) {
        if (csv && m_cache)
            kept(m_cache->storeResults(jobId, csv.value()));
        done(std::move(csv));
    });
}

void Session::keepEvents(const QString &jobId, const QList<core::JobEvent> &events)
{
    if (m_cache)
        kept(m_cache->storeEvents(jobId, events));
}

QList<ModelChoice> Session::modelChoices() const
{
    const core::Catalog &catalog = core::Catalog::builtin();
    QList<ModelChoice> out;
    for (const core::CatalogModel &m : catalog.models()) {
        const bool offered = m_models.isEmpty()
            || std::any_of(m_models.begin(), m_models.end(),
                           [&m](const core::Model &x) { return x.id == m.id || x.id == m.openaiId; });
        if (!offered)
            continue;
        ModelChoice c;
        c.id = isAzure() ? m.id : m.openaiId;
        c.displayName = m.displayName;
        c.catalog = &m;
        c.detail = core::Catalog::text(m.description);
        out << c;
    }
    // A job still names a model that was deleted: offer only models the service lists (once it has
    // answered; a model that appeared since is asked for when its job succeeds).
    const auto exists = [&](const QString &model) {
        return !isModelDeleted(model) && (m_models.isEmpty() || hasModel(model));
    };
    for (const core::FineTuningJob &job : m_jobs) {
        if (job.state() != core::JobState::Succeeded || job.fineTunedModel.isEmpty()
            || !exists(job.fineTunedModel))
            continue;
        ModelChoice c;
        c.kind = ModelChoice::Kind::FineTuned;
        c.id = job.fineTunedModel;
        c.displayName = job.fineTunedModel;
        c.catalog = catalog.find(job.model);
        c.detail = tr("Fine-tuned from %1 (job %2)").arg(job.model, job.id);
        out << c;
        for (const core::Checkpoint &ckpt : m_checkpoints.value(job.id)) {
            if (ckpt.fineTunedModelCheckpoint == job.fineTunedModel)
                continue;
            ModelChoice k;
            k.kind = ModelChoice::Kind::Checkpoint;
            k.id = ckpt.fineTunedModelCheckpoint;
            // Listed under its model: the step tells them apart (the full name is the id and the tool tip).
            k.displayName = tr("Checkpoint at step %1").arg(ckpt.stepNumber);
            k.catalog = c.catalog;
            k.detail = tr("%1: checkpoint at step %2 of job %3")
                           .arg(ckpt.fineTunedModelCheckpoint)
                           .arg(ckpt.stepNumber)
                           .arg(job.id);
            out << k;
        }
    }
    return out;
}

} // namespace ft::control
