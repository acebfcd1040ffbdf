#pragma once

#include "transport.h"

#include "core/fileobject.h"
#include "core/uploadplan.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace ft::core {
class UploadStateStore;
}

namespace ft::api {

class ChunkedUploader;
class Client;

// Gets one file onto the service and, unless told not to, waits until the service has processed it
// (Azure keeps a new file "pending" for a while; a job can only use a "processed" one). A local file
// goes up in one request, or through the Uploads API in parts above the catalog's threshold (see
// core::UploadPlan), resuming an upload that was cut short. Reports progress, can be cancelled at
// any point, and delivers the file or a typed error:
//  - Kind::Operation, operationStatus "error" or "deleted", param the file id: the service will not
//    process the file (its status details are in the message);
//  - Kind::Timeout, operationStatus the last status, param the file id: still processing when the
//    wait ran out;
//  - Kind::Cancelled after cancel(); anything else as the calls failed.
// The wizard, the submitter and ftctl all upload through it. One operation at a time; it can be
// started again once `done` has been called.
class FileUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileUploader)

public:
    struct Options
    {
        QString purpose = QStringLiteral("fine-tune");
        bool forceChunked = false; // the Uploads API whatever the size
        qint64 partSize = 0; // 0: the catalog's largest part
        bool waitUntilProcessed = true;
        qint64 waitTimeoutMs = 600000;
        int pollIntervalMs = 500;
        // Where a chunked upload records its confirmed parts (not owned); null: the app's own store.
        const core::UploadStateStore *states = nullptr;
    };

    FileUploader(Client &client, Options options, QObject *parent = nullptr);
    ~FileUploader() override;

    // How `upload` sends a local file of `bytes` bytes with these options.
    static core::UploadPlan plan(qint64 bytes, const Options &options);
    // True for the errors that say how processing ended (failed, deleted, still running): the file is
    // on the service, and file() holds it as last seen.
    static bool isProcessingOutcome(const core::ApiError &error);

    void upload(const QString &path, Callback<core::File> done);
    // The service fetches the file from `url` (Azure classic only).
    void import(const QUrl &url, const QString &filename, Callback<core::File> done);
    // A file already on the service.
    void waitUntilProcessed(const QString &fileId, Callback<core::File> done);
    // Stops whatever runs (a chunked upload is cancelled on the service too); `done` gets Cancelled.
    void cancel();

    bool isBusy() const { return bool(m_done); }
    // The file as the service last described it; empty until the service has named it.
    const std::optional<core::File> &file() const { return m_file; }
    QString uploadId() const; // the Uploads API upload of the last chunked upload

signals:
    void progress(qint64 sent, qint64 total);
    // The file is on the service, which is still processing it: the wait begins.
    void processing(const QString &fileId);
    // A chunked upload goes on from an earlier attempt's confirmed parts.
    void resumed(const QString &uploadId, int parts, qint64 bytes);
    // A chunked upload's progress could not be recorded: cut short, it would start earlier. Said once.
    void stateNotSaved(const QString &message);

private:
    void begin(Callback<core::File> done);
    void uploadSimple(const QString &path);
    void uploadChunked(const QString &path, const core::UploadPlan &plan);
    void received(core::Result<core::File> file);
    void startWait();
    void settle(const core::File &file);
    void poll();
    void finish(core::Result<core::File> result);

    Client &m_client;
    Options m_options;
    std::unique_ptr<core::UploadStateStore> m_ownStates;
    QPointer<ChunkedUploader> m_chunked;
    QPointer<PendingCall> m_call;
    QTimer m_pollTimer;
    QDeadlineTimer m_deadline;
    std::optional<core::File> m_file;
    QString m_fileId;
    QString m_uploadId;
    Callback<core::File> m_done;
    bool m_waitStarted = false;
    bool m_saidProcessing = false;
};

} // namespace ft::api
