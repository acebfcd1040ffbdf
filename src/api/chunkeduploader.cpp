#include "chunkeduploader.h"

#include "filesapi.h"
#include "uploadsapi.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ft::api {

Q_LOGGING_CATEGORY(lcUpload, "ft.api.upload", QtInfoMsg)

ChunkedUploader::ChunkedUploader(UploadsApi &uploads, const QString &path, QString purpose, qint64 partSize,
                                 QObject *parent)
    : QObject(parent)
    , m_uploads(uploads)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_purpose(std::move(purpose))
    , m_partSize(partSize)
{ }

void ChunkedUploader::setStateStore(const core::UploadStateStore *store, const QString &endpoint)
{
    m_store = store;
    m_endpoint = endpoint;
}

void ChunkedUploader::start(Callback<core::File> done)
{
    m_done = std::move(done);
    const QFileInfo info(m_path);
    if (!info.isFile() || !info.isReadable()) {
        Transport::failLater<core::File>(this, core::ApiError::local(tr("Cannot read %1.").arg(m_path)),
                                         [this](core::Result<core::File> r) { finish(std::move(r)); });
        return;
    }
    m_state = {};
    m_state.endpoint = m_endpoint;
    m_state.path = m_path;
    m_state.bytes = info.size();
    m_state.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    m_state.purpose = m_purpose;
    m_state.partSize = m_partSize;
    if (m_store) {
        if (auto saved = m_store->find(m_endpoint, m_path, m_state.bytes, m_state.modifiedMs, m_purpose,
                                       QDateTime::currentSecsSinceEpoch())) {
            m_state = *saved;
            m_resumedParts = int(m_state.parts.size());
            qCInfo(lcUpload).noquote()
                << QStringLiteral("resuming upload %1 of %2 after %3 confirmed part(s), %4 bytes")
                       .arg(m_state.uploadId, m_path)
                       .arg(m_resumedParts)
                       .arg(m_state.confirmedBytes());
            // After the caller has connected to our signals.
            QTimer::singleShot(0, this, [this] {
                emit resumed(m_resumedParts, m_state.confirmedBytes());
                emit progress(m_state.confirmedBytes(), m_state.bytes);
                sendNextPart();
            });
            return;
        }
    }
    create();
}

void ChunkedUploader::create()
{
    m_createdAt = QDateTime::currentSecsSinceEpoch();
    m_current =
        m_uploads.create(QFileInfo(m_path).fileName(), m_purpose, m_state.bytes, QStringLiteral("text/jsonl"),
                         this, [this](core::Result<core::Upload> upload) {
                             if (!upload)
                                 return finish(upload.error());
                             m_state.uploadId = upload.value().id;
                             m_state.expiresAt = upload.value().expiresAt;
                             m_state.parts.clear();
                             if (upload.value().createdAt > 0)
                                 m_createdAt = std::min(m_createdAt, upload.value().createdAt);
                             record();
                             sendNextPart();
                         });
}

void ChunkedUploader::record()
{
    if (!m_store || m_state.uploadId.isEmpty())
        return;
    if (const auto failed = m_store->save(m_state)) {
        qCWarning(lcUpload).noquote() << failed->message();
        if (!m_toldNotSaved) {
            m_toldNotSaved = true;
            emit stateNotSaved(failed->message());
        }
    }
}

void ChunkedUploader::forget()
{
    if (m_store)
        m_store->remove(m_state);
}

void ChunkedUploader::restart(const core::ApiError &why)
{
    if (m_restarted || m_cancelled)
        return finish(why);
    m_restarted = true;
    qCInfo(lcUpload).noquote()
        << QStringLiteral("upload %1 refused (%2); starting it again").arg(m_state.uploadId, why.toString());
    forget();
    if (!m_state.uploadId.isEmpty())
        m_uploads.cancel(m_state.uploadId, this, [](const core::Result<core::Upload> &) {});
    m_state.uploadId.clear();
    m_state.parts.clear();
    emit progress(0, m_state.bytes);
    create();
}

void ChunkedUploader::sendNextPart()
{
    if (m_cancelled)
        return;
    const qint64 offset = m_state.confirmedBytes();
    if (offset >= m_state.bytes) {
        // The md5 of the whole file, read on a worker thread: the event loop keeps turning.
        auto digest = std::make_shared<QByteArray>();
        QThread *worker = QThread::create([path = m_path, digest] {
            QFile f(path);
            QCryptographicHash hash(QCryptographicHash::Md5);
            if (f.open(QIODevice::ReadOnly) && hash.addData(&f))
                *digest = hash.result().toHex();
        });
        connect(worker, &QThread::finished, this, [this, worker, digest] {
            worker->deleteLater();
            complete(QString::fromLatin1(*digest));
        });
        worker->start();
        return;
    }
    const qint64 length =
        std::min(m_state.partSize > 0 ? m_state.partSize : m_partSize, m_state.bytes - offset);
    m_current = m_uploads.addPart(
        m_state.uploadId, m_path, offset, length, this,
        [this, offset, length](core::Result<core::UploadPart> part) {
            if (m_cancelled)
                return;
            if (!part) {
                // Gone (expired, cancelled elsewhere) or refused after a lost
                // answer: a fresh upload, once.
                const int s = part.error().httpStatus;
                if (s == 404 || (s == 400 && (part.error().mayHaveApplied || m_resumedParts > 0)))
                    return restart(part.error());
                return finish(part.error());
            }
            m_state.parts.append({part.value().id, offset, length});
            record();
            emit progress(m_state.confirmedBytes(), m_state.bytes);
            sendNextPart();
        });
    if (m_current) {
        connect(m_current, &PendingCall::uploadProgress, this, [this, offset](qint64 sent, qint64) {
            emit progress(std::min(m_state.bytes, offset + sent), m_state.bytes);
        });
    }
}

void ChunkedUploader::complete(const QString &md5)
{
    if (m_cancelled)
        return;
    QStringList ids;
    for (const core::UploadState::Part &p : m_state.parts)
        ids << p.id;
    m_current =
        m_uploads.complete(m_state.uploadId, ids, md5, this, [this](core::Result<core::Upload> upload) {
            if (m_cancelled)
                return;
            if (!upload) {
                if (upload.error().mayHaveApplied && m_files)
                    return findCompletedFile(upload.error(), 1);
                if (upload.error().httpStatus == 404)
                    return restart(upload.error());
                return finish(upload.error());
            }
            if (!upload.value().file)
                return finish(core::ApiError::malformed(tr("The completed upload has no file.")));
            forget();
            finish(*upload.value().file);
        });
}

// The answer to `complete` was lost and repeating it was refused: the file may exist. It is the one
// with this name, size and purpose created since the upload began.
void ChunkedUploader::findCompletedFile(const core::ApiError &first, int attempt)
{
    const QString name = QFileInfo(m_path).fileName();
    m_current = m_files->list(
        {m_purpose, {}, 100, QStringLiteral("desc")}, this,
        [this, first, attempt, name](core::Result<core::Page<core::File>> page) {
            if (m_cancelled)
                return;
            if (!page) {
                if (page.error().isTransient() && attempt < 5)
                    return QTimer::singleShot(500 * attempt, this, [this, first, attempt] {
                        findCompletedFile(first, attempt + 1);
                    });
                return finish(first);
            }
            const core::File *best = nullptr;
            for (const core::File &f : page.value().data) {
                if (f.filename == name && f.bytes.value_or(-1) == m_state.bytes
                    && f.createdAt >= m_createdAt - 300 && (!best || f.createdAt > best->createdAt))
                    best = &f;
            }
            if (!best)
                return finish(first);
            qCInfo(lcUpload).noquote()
                << QStringLiteral("upload %1 was completed as %2").arg(m_state.uploadId, best->id);
            forget();
            finish(*best);
        });
}

void ChunkedUploader::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->abort();
    forget();
    if (!m_state.uploadId.isEmpty())
        m_uploads.cancel(m_state.uploadId, this, [](const core::Result<core::Upload> &) {});
    finish(core::ApiError::cancelled());
}

void ChunkedUploader::finish(core::Result<core::File> result)
{
    deliverOnce(m_done, std::move(result));
}

} // namespace ft::api
