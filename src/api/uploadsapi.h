#pragma once

#include "transport.h"

#include "core/upload.h"

namespace ft::api {

// The Uploads API: create, add parts (each streamed from a slice of the file), complete, cancel.
class UploadsApi
{
public:
    explicit UploadsApi(Transport &transport)
        : m_t(transport)
    { }

    PendingCall *create(const QString &filename, const QString &purpose, qint64 bytes,
                        const QString &mimeType, QObject *context, Callback<core::Upload> done);
    PendingCall *addPart(const QString &uploadId, const QString &path, qint64 offset, qint64 length,
                         QObject *context, Callback<core::UploadPart> done);
    PendingCall *complete(const QString &uploadId, const QStringList &partIds, const QString &md5,
                          QObject *context, Callback<core::Upload> done);
    PendingCall *cancel(const QString &uploadId, QObject *context, Callback<core::Upload> done);

private:
    Transport &m_t;
};

} // namespace ft::api
