#include "fileuploader.h"

#include "chunkeduploader.h"
#include "client.h"

#include "core/catalog.h"
#include "core/uploadstate.h"

#include <QFileInfo>

namespace ft::api {

namespace {
QString displayName(const core::File &file)
{
    return file.filename.isEmpty() ? file.id : file.filename;
}
} // namespace

FileUploader::FileUploader(Client &client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &FileUploader::poll);
}

FileUploader::~FileUploader() = default;

core::UploadPlan FileUploader::plan(qint64 bytes, const Options &options)
{
    return core::UploadPlan::forFile(bytes, core::Catalog::builtin(), options.forceChunked, options.partSize);
}

bool FileUploader::isProcessingOutcome(const core::ApiError &error)
{
    return (error.kind == core::ApiError::Kind::Operation || error.kind == core::ApiError::Kind::Timeout)
        && !error.operationStatus.isEmpty() && !error.param.isEmpty();
}

QString FileUploader::uploadId() const
{
    return m_chunked ? m_chunked->uploadId() : m_uploadId;
}

void FileUploader::begin(Callback<core::File> done)
{
    Q_ASSERT_X(!m_done, "FileUploader", "one operation at a time");
    m_done = std::move(done);
    m_file.reset();
    m_fileId.clear();
    m_waitStarted = false;
    m_saidProcessing = false;
}

void FileUploader::upload(const QString &path, Callback<core::File> done)
{
    begin(std::move(done));
    const core::UploadPlan how = plan(QFileInfo(path).size(), m_options);
    if (how.method == core::UploadPlan::Method::Chunked)
        uploadChunked(path, how);
    else
        uploadSimple(path);
}

void FileUploader::uploadSimple(const QString &path)
{
    m_call = m_client.files().upload(path, m_options.purpose, this,
                                     [this](core::Result<core::File> file) { received(std::move(file)); });
    // The reply says (0, 0) once it has finished: that tells nothing, and would put a progress bar back.
    if (m_call)
        connect(m_call, &PendingCall::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0)
                emit progress(sent, total);
        });
}

void FileUploader::uploadChunked(const QString &path, const core::UploadPlan &plan)
{
    const core::UploadStateStore *states = m_options.states;
    if (!states) {
        if (!m_ownStates)
            m_ownStates =
                std::make_unique<core::UploadStateStore>(core::UploadStateStore::defaultDirectory());
        states = m_ownStates.get();
    }
    auto *chunked = new ChunkedUploader(m_client.uploads(), path, m_options.purpose, plan.partSize, this);
    chunked->setStateStore(states, m_client.connection().endpoint.toString());
    chunked->setFilesApi(&m_client.files());
    connect(chunked, &ChunkedUploader::progress, this, &FileUploader::progress);
    connect(chunked, &ChunkedUploader::stateNotSaved, this, &FileUploader::stateNotSaved);
    connect(chunked, &ChunkedUploader::resumed, this,
            [this, chunked](int parts, qint64 bytes) { emit resumed(chunked->uploadId(), parts, bytes); });
    m_chunked = chunked;
    chunked->start([this, chunked](core::Result<core::File> file) {
        m_uploadId = chunked->uploadId();
        chunked->deleteLater();
        received(std::move(file));
    });
}

void FileUploader::import(const QUrl &url, const QString &filename, Callback<core::File> done)
{
    begin(std::move(done));
    m_call = m_client.files().import(url, filename, m_options.purpose, this,
                                     [this](core::Result<core::File> file) { received(std::move(file)); });
}

void FileUploader::waitUntilProcessed(const QString &fileId, Callback<core::File> done)
{
    begin(std::move(done));
    m_fileId = fileId;
    startWait();
    poll();
}

void FileUploader::received(core::Result<core::File> file)
{
    if (!m_done)
        return;
    if (!file)
        return finish(file.error());
    settle(file.value());
}

void FileUploader::startWait()
{
    if (m_waitStarted)
        return;
    m_waitStarted = true;
    m_deadline.setRemainingTime(m_options.waitTimeoutMs);
}

// Where the file stands decides what comes next: done, failed, or another look after a while.
void FileUploader::settle(const core::File &file)
{
    m_file = file;
    m_fileId = file.id;
    if (file.isFailed() || file.status == u"deleted") {
        core::ApiError e = core::ApiError::operation(
            file.status, {},
            file.isFailed()
                ? tr("The service could not process %1: %2").arg(displayName(file), file.statusDetails)
                : tr("The file %1 was deleted before the service processed it.").arg(displayName(file)));
        e.param = file.id;
        return finish(e);
    }
    if (file.isReady() || !m_options.waitUntilProcessed)
        return finish(file);
    startWait();
    if (!m_saidProcessing) {
        m_saidProcessing = true;
        emit processing(file.id);
    }
    if (m_deadline.hasExpired()) {
        core::ApiError e =
            core::ApiError::timeout(tr("The service is still processing %1.").arg(displayName(file)));
        e.operationStatus = file.status;
        e.param = file.id;
        return finish(e);
    }
    m_pollTimer.start(m_options.pollIntervalMs);
}

void FileUploader::poll()
{
    if (!m_done)
        return;
    m_call = m_client.files().get(m_fileId, this, [this](core::Result<core::File> file) {
        if (!m_done)
            return;
        // A look that failed on the way is not the file's fault: look again while there is time.
        if (!file && file.error().isTransient() && !m_deadline.hasExpired())
            return m_pollTimer.start(m_options.pollIntervalMs);
        received(std::move(file));
    });
}

void FileUploader::cancel()
{
    if (!m_done)
        return;
    m_pollTimer.stop();
    if (m_chunked)
        m_chunked->cancel(); // tells the service, forgets the recorded parts
    if (m_call)
        m_call->abort();
    finish(core::ApiError::cancelled());
}

void FileUploader::finish(core::Result<core::File> result)
{
    m_pollTimer.stop();
    deliverOnce(m_done, std::move(result));
}

} // namespace ft::api
