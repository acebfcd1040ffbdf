#include "finetunesubmitter.h"

#include "jobcreator.h"

#include "fileuploader.h"

#include "core/datasetsplitter.h"
#include "core/jsonutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ft::api {

FineTuneSubmitter::FineTuneSubmitter(Client &client, core::FineTuneDraft draft, QString workDir,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_draft(std::move(draft))
    , m_workDir(std::move(workDir))
{ }

QString FineTuneSubmitter::preview(const Connection &connection, const core::CreateJobRequest &request)
{
    const QUrl url = connection.url(QStringLiteral("/fine_tuning/jobs"));
    QString out = QStringLiteral("POST %1\n").arg(url.toString());
    if (connection.kind == ServiceKind::OpenAI || connection.auth == Connection::Auth::BearerToken)
        out += QStringLiteral("Authorization: Bearer ••••••••\n");
    else
        out += QStringLiteral("api-key: ••••••••\n");
    out += QStringLiteral("Content-Type: application/json\n\n");
    out += QString::fromUtf8(core::js::dump(request.toJson(connection.isAzure()), 2));
    return out;
}

void FineTuneSubmitter::start()
{
    m_step = Step::Split;
    next();
}

void FineTuneSubmitter::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_uploader)
        m_uploader->cancel();
    if (m_creator)
        m_creator->abort();
    fail(core::ApiError::cancelled());
}

void FineTuneSubmitter::fail(const core::ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    emit finished();
}

void FineTuneSubmitter::next()
{
    if (m_cancelled || m_done)
        return;
    switch (m_step) {
    case Step::Split: {
        m_step = Step::Training;
        if (m_draft.validation.kind == core::DataSource::Kind::Split) {
            if (m_draft.training.kind != core::DataSource::Kind::Local)
                return fail(core::ApiError::local(tr("Splitting needs the training data as a local file.")));
            emit stage(tr("Splitting the training file"));
            QDir().mkpath(m_workDir);
            const QString base = QFileInfo(m_draft.training.localPath).completeBaseName();
            const QString train = QDir(m_workDir).filePath(base + QStringLiteral("-train.jsonl"));
            const QString valid = QDir(m_workDir).filePath(base + QStringLiteral("-validation.jsonl"));
            QString error;
            core::SplitResult result;
            const quint64 seed = quint64(m_draft.seed.value_or(42));
            if (!core::splitDataset(m_draft.training.localPath, m_draft.validation.splitPercent, seed, train,
                                    valid, &result, &error))
                return fail(core::ApiError::local(error));
            m_draft.training.localPath = train;
            m_draft.training.fileId.clear(); // the parts are uploaded, not the whole file
            m_draft.validation = {
                core::DataSource::Kind::Local, {}, QFileInfo(valid).fileName(), valid, {}, 10};
        }
        return next();
    }
    case Step::Training:
        m_step = Step::Validation;
        return prepare(m_draft.training, false);
    case Step::Validation:
        m_step = Step::Create;
        if (!m_draft.validation.isSet())
            return next();
        return prepare(m_draft.validation, true);
    case Step::Create: {
        m_step = Step::Done;
        emit stage(tr("Creating the fine-tuning job"));
        core::CreateJobRequest request = m_draft.toRequest(m_draft.training.fileId, m_draft.validation.fileId,
                                                           m_client.connection().isAzure());
        // Exactly once: the request id goes into metadata (where the service has it) and an ambiguous
        // failure is followed by a look for the job before anything is sent again.
        m_creator = m_client.jobs().create(request, this, [this](core::Result<core::FineTuningJob> job) {
            if (!job)
                return fail(job.error());
            m_job = job.value();
            m_done = true;
            emit finished();
        });
        connect(m_creator, &JobCreator::retrying, this, [this](const QString &why) {
            emit stage(tr("Creating the fine-tuning job (again after: %1)").arg(why));
        });
        return;
    }
    case Step::Done:
        return;
    }
}

FileUploader *FineTuneSubmitter::newUploader(core::DataSource &source, bool validation)
{
    if (m_uploader)
        m_uploader->deleteLater();
    m_uploader = new FileUploader(m_client, {}, this);
    connect(m_uploader, &FileUploader::progress, this, &FineTuneSubmitter::progress);
    connect(m_uploader, &FileUploader::stateNotSaved, this, &FineTuneSubmitter::stage);
    // Once the service has the file, keep its id whatever happens next: a retry does not upload it again.
    connect(m_uploader, &FileUploader::processing, this, [this, &source, validation](const QString &id) {
        source.fileId = id;
        emit stage(validation ? tr("Waiting for the service to process the validation file")
                              : tr("Waiting for the service to process the training file"));
    });
    return m_uploader;
}

void FineTuneSubmitter::prepare(core::DataSource &source, bool validation)
{
    using Kind = core::DataSource::Kind;
    // Whole sentences for each file, so that every language can word them its own way.
    const bool v = validation;
    FileUploader *uploader = newUploader(source, v);
    auto ready = [this, &source](core::Result<core::File> file) {
        if (!file)
            return fail(file.error());
        source.fileId = file.value().id;
        next();
    };
    switch (source.kind) {
    case Kind::Existing:
        if (source.fileId.isEmpty())
            return fail(core::ApiError::local(v ? tr("No validation file was chosen.")
                                                : tr("No training file was chosen.")));
        return uploader->waitUntilProcessed(source.fileId, ready);
    case Kind::Local: {
        if (!source.fileId.isEmpty()) // uploaded already, on the data page
            return uploader->waitUntilProcessed(source.fileId, ready);
        const QFileInfo info(source.localPath);
        if (!info.isFile())
            return fail(core::ApiError::local((v ? tr("The validation file %1 cannot be read.")
                                                 : tr("The training file %1 cannot be read."))
                                                  .arg(source.localPath)));
        emit stage((v ? tr("Uploading the validation file %1") : tr("Uploading the training file %1"))
                       .arg(info.fileName()));
        return uploader->upload(source.localPath, ready);
    }
    case Kind::Import:
        emit stage(
            (v ? tr("Importing the validation file from %1") : tr("Importing the training file from %1"))
                .arg(source.importUrl.toString()));
        return uploader->import(source.importUrl,
                                source.fileName.isEmpty() ? source.importUrl.fileName() : source.fileName,
                                ready);
    case Kind::None:
    case Kind::Split:
        return fail(core::ApiError::local(v ? tr("No validation data was chosen.")
                                            : tr("No training data was chosen.")));
    }
}

} // namespace ft::api
