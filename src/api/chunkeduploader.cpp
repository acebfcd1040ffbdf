#include "chunkeduploader.h"

#include "uploadsapi.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ft::api {

ChunkedUploader::ChunkedUploader(UploadsApi &uploads, QString path, QString purpose, qint64 partSize,
                                 QObject *parent)
    : QObject(parent)
    , m_uploads(uploads)
    , m_path(std::move(path))
    , m_purpose(std::move(purpose))
    , m_partSize(partSize)
{ }

void ChunkedUploader::start(Callback<core::File> done)
{
    m_done = std::move(done);
    const QFileInfo info(m_path);
    if (!info.isFile() || !info.isReadable()) {
        Transport::failLater<core::File>(
            this,
            core::ApiError::local(
                QCoreApplication::translate("ChunkedUploader", "Cannot read %1.").arg(m_path)),
            [this](core::Result<core::File> r) { finish(std::move(r)); });
        return;
    }
    m_total = info.size();
    m_current = m_uploads.create(info.fileName(), m_purpose, m_total, QStringLiteral("text/jsonl"), this,
                                 [this](core::Result<core::Upload> upload) {
                                     if (!upload) {
                                         finish(upload.error());
                                         return;
                                     }
                                     m_uploadId = upload.value().id;
                                     sendNextPart();
                                 });
}

void ChunkedUploader::sendNextPart()
{
    if (m_cancelled)
        return;
    if (m_offset >= m_total) {
        m_current =
            m_uploads.complete(m_uploadId, m_partIds, {}, this, [this](core::Result<core::Upload> upload) {
                if (!upload) {
                    finish(upload.error());
                    return;
                }
                if (!upload.value().file) {
                    finish(core::ApiError::malformed(
                        QCoreApplication::translate("ChunkedUploader", "The completed upload has no file.")));
                    return;
                }
                finish(*upload.value().file);
            });
        return;
    }
    const qint64 length = std::min(m_partSize, m_total - m_offset);
    const qint64 base = m_offset;
    m_current = m_uploads.addPart(m_uploadId, m_path, m_offset, length, this,
                                  [this, length](core::Result<core::UploadPart> part) {
                                      if (!part) {
                                          finish(part.error());
                                          return;
                                      }
                                      m_partIds << part.value().id;
                                      m_offset += length;
                                      emit progress(m_offset, m_total);
                                      sendNextPart();
                                  });
    if (m_current) {
        connect(m_current, &PendingCall::uploadProgress, this, [this, base](qint64 sent, qint64) {
            emit progress(std::min(m_total, base + sent), m_total);
        });
    }
}

void ChunkedUploader::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->abort();
    if (!m_uploadId.isEmpty())
        m_uploads.cancel(m_uploadId, this, [](core::Result<core::Upload>) {});
    finish(core::ApiError::cancelled());
}

void ChunkedUploader::finish(core::Result<core::File> result)
{
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(std::move(result));
}

} // namespace ft::api
