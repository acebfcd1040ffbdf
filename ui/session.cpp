#include "session.h"

#include "api/pager.h"

namespace ft::ui {

Session::Session(QObject *parent)
    : QObject(parent)
{ }

Session::~Session() = default;

void Session::setConnection(const ConnectionProfile &profile, const QString &secret, const QString &armToken)
{
    m_profile = profile;
    m_client = std::make_unique<api::Client>(profile.connection(secret, armToken));
    m_models.clear();
    m_files.clear();
    m_jobs.clear();
    m_checkpoints.clear();
    emit connectionChanged();
}

QString Session::title() const
{
    if (m_profile.isLocalEmulator())
        return tr("Local emulator");
    return tr("%1 (%2)").arg(m_profile.name, m_profile.kindLabel());
}

void Session::refreshModels()
{
    if (!m_client)
        return;
    m_client->models().list(this, [this](core::Result<core::Page<core::Model>> page) {
        if (!page)
            return emit failed(tr("Models"), page.error().toString());
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
                return emit failed(tr("Files"), page.error().toString());
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
                return emit failed(tr("Jobs"), page.error().toString());
            m_jobs = page.value().data;
            emit jobsChanged();
        });
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
    for (const core::FineTuningJob &job : m_jobs) {
        if (job.state() != core::JobState::Succeeded || job.fineTunedModel.isEmpty())
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
            k.displayName = ckpt.fineTunedModelCheckpoint;
            k.catalog = c.catalog;
            k.detail = tr("Checkpoint at step %1 of job %2").arg(ckpt.stepNumber).arg(job.id);
            out << k;
        }
    }
    return out;
}

} // namespace ft::ui
