#pragma once

#include "transport.h"

#include "core/fileobject.h"
#include "core/uploadstate.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ft::api {

class FilesApi;
class UploadsApi;

// Uploads a file through the Uploads API: create, then parts of at most `partSize` bytes each read
// straight from disk and retried on their own, then complete with the part ids and the file's md5.
// Reports progress across all parts. With a state store, every confirmed part is recorded, so an
// upload cut short (a crash, a kill, a lost network) resumes from its last confirmed part when the
// same file is uploaded again to the same service. A lost answer to `complete` is resolved by looking
// for the file; a part the service refuses after a lost answer starts the upload again, once.
// FileUploader decides when a file goes this way.
class ChunkedUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedUploader)

public:
    ChunkedUploader(UploadsApi &uploads, const QString &path, QString purpose, qint64 partSize,
                    QObject *parent = nullptr);

    // Records progress in `store` (not owned; null: none) for the service at `endpoint`.
    void setStateStore(const core::UploadStateStore *store, const QString &endpoint);
    // To find the file when the answer to `complete` is lost.
    void setFilesApi(FilesApi *files) { m_files = files; }
    void start(Callback<core::File> done);
    void cancel(); // stops, calls the cancel route, forgets the recorded state
    QString uploadId() const { return m_state.uploadId; }
    int resumedParts() const { return m_resumedParts; }

signals:
    void progress(qint64 sent, qint64 total);
    void resumed(int partsDone, qint64 bytesDone);
    // Where the upload stands could not be recorded (a full disk): it goes on, but cut short it would
    // resume from an earlier part, or start again. Said once per upload.
    void stateNotSaved(const QString &message);

private:
    void create();
    void sendNextPart();
    void complete(const QString &md5);
    void findCompletedFile(const core::ApiError &first, int attempt);
    void restart(const core::ApiError &why);
    void record();
    void forget();
    void finish(core::Result<core::File> result);

    UploadsApi &m_uploads;
    FilesApi *m_files = nullptr;
    QString m_path;
    QString m_purpose;
    qint64 m_partSize;
    core::UploadState m_state;
    const core::UploadStateStore *m_store = nullptr;
    QString m_endpoint;
    qint64 m_createdAt = 0;
    int m_resumedParts = 0;
    bool m_restarted = false;
    bool m_toldNotSaved = false;
    QPointer<PendingCall> m_current;
    Callback<core::File> m_done;
    bool m_cancelled = false;
};

} // namespace ft::api
