#pragma once

#include "transport.h"

#include "core/fileobject.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ft::api {

class UploadsApi;

// Uploads a file through the Uploads API: create, then parts of at most `partSize` bytes each read
// straight from disk, then complete. Reports progress across all parts.
class ChunkedUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkedUploader)

public:
    ChunkedUploader(UploadsApi &uploads, QString path, QString purpose, qint64 partSize,
                    QObject *parent = nullptr);

    void start(Callback<core::File> done);
    void cancel();
    QString uploadId() const { return m_uploadId; }

signals:
    void progress(qint64 sent, qint64 total);

private:
    void sendNextPart();
    void finish(core::Result<core::File> result);

    UploadsApi &m_uploads;
    QString m_path;
    QString m_purpose;
    qint64 m_partSize;
    qint64 m_total = 0;
    qint64 m_offset = 0;
    QString m_uploadId;
    QStringList m_partIds;
    QPointer<PendingCall> m_current;
    Callback<core::File> m_done;
    bool m_cancelled = false;
};

} // namespace ft::api
