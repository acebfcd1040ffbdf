#include "uploadsapi.h"

#include "fileslicedevice.h"
#include "jsonreply.h"

#include <QHttpMultiPart>

namespace ft::api {

namespace js = core::js;

PendingCall *UploadsApi::create(const QString &filename, const QString &purpose, qint64 bytes,
                                const QString &mimeType, QObject *context, Callback<core::Upload> done)
{
    const js::Json body{{"filename", js::s(filename)},
                        {"purpose", js::s(purpose)},
                        {"bytes", bytes},
                        {"mime_type", js::s(mimeType)}};
    return m_t.callObject<core::Upload>(
        Transport::jsonRequest("POST", m_t.connection().url(QStringLiteral("/uploads")), js::dump(body)),
        context, std::move(done));
}

PendingCall *UploadsApi::addPart(const QString &uploadId, const QString &path, qint64 offset, qint64 length,
                                 QObject *context, Callback<core::UploadPart> done)
{
    auto *slice = new FileSliceDevice(path, offset, length);
    if (!slice->open(QIODevice::ReadOnly)) {
        Transport::failLater<core::UploadPart>(
            context,
            core::ApiError::local(QStringLiteral("Cannot read %1: %2").arg(path, slice->fileError())),
            std::move(done));
        delete slice;
        return nullptr;
    }
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"data\"; filename=\"part\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    part.setBodyDevice(slice);
    slice->setParent(multi);
    multi->append(part);
    Transport::Request r;
    r.verb = "POST";
    r.url = m_t.connection().url(QStringLiteral("/uploads/%1/parts").arg(uploadId));
    r.multiPart = multi;
    return m_t.callObject<core::UploadPart>(std::move(r), context, std::move(done));
}

PendingCall *UploadsApi::complete(const QString &uploadId, const QStringList &partIds, const QString &md5,
                                  QObject *context, Callback<core::Upload> done)
{
    js::Json ids = js::Json::array();
    for (const auto &id : partIds)
        ids.push_back(js::s(id));
    js::Json body{{"part_ids", ids}};
    if (!md5.isEmpty())
        body["md5"] = js::s(md5);
    return m_t.callObject<core::Upload>(
        Transport::jsonRequest("POST",
                               m_t.connection().url(QStringLiteral("/uploads/%1/complete").arg(uploadId)),
                               js::dump(body)),
        context, std::move(done));
}

PendingCall *UploadsApi::cancel(const QString &uploadId, QObject *context, Callback<core::Upload> done)
{
    return m_t.callObject<core::Upload>(
        Transport::jsonRequest("POST",
                               m_t.connection().url(QStringLiteral("/uploads/%1/cancel").arg(uploadId)), {}),
        context, std::move(done));
}

} // namespace ft::api
