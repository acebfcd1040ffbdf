#include "uploadsapi.h"

#include "fileslicedevice.h"
#include "jsonreply.h"
#include "streambody.h"

namespace ft::api {

namespace js = core::js;
using Kind = core::PathSegment::Kind;

PendingCall *UploadsApi::create(const QString &filename, const QString &purpose, qint64 bytes,
                                const QString &mimeType, QObject *context, Callback<core::Upload> done)
{
    const js::Json body{{"filename", js::s(filename)},
                        {"purpose", js::s(purpose)},
                        {"bytes", bytes},
                        {"mime_type", js::s(mimeType)}};
    // Repeating a create after a lost answer leaves an empty upload that expires: harmless.
    Transport::Request r =
        Transport::jsonRequest("POST", m_t.connection().url(QStringLiteral("/uploads")), js::dump(body));
    r.retry = Transport::Request::Retry::Always;
    return m_t.callObject<core::Upload>(std::move(r), context, std::move(done));
}

PendingCall *UploadsApi::addPart(const QString &uploadId, const QString &path, qint64 offset, qint64 length,
                                 QObject *context, Callback<core::UploadPart> done)
{
    FileSliceDevice probe(path, offset, length);
    if (!probe.open(QIODevice::ReadOnly)) {
        return refuseLocally<core::UploadPart>(
            context, QStringLiteral("Cannot read %1: %2").arg(path, probe.fileError()), std::move(done));
    }
    probe.close();
    Transport::Request r = Transport::get(
        m_t.connection().route(QStringLiteral("/uploads/%1/parts"), {{Kind::UploadId, uploadId}}));
    r.verb = "POST";
    // Each attempt reads the slice from disk again; a part is retried on its own.
    r.stream = [path, offset, length](QString *error) -> StreamBody * {
        auto *slice = new FileSliceDevice(path, offset, length);
        if (!slice->open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read %1: %2").arg(path, slice->fileError());
            delete slice;
            return nullptr;
        }
        return StreamBody::multipart({}, "data", QStringLiteral("part"), slice, length);
    };
    r.retry = Transport::Request::Retry::Always;
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
    Transport::Request r = Transport::jsonRequest(
        "POST", m_t.connection().route(QStringLiteral("/uploads/%1/complete"), {{Kind::UploadId, uploadId}}),
        js::dump(body));
    r.retry = Transport::Request::Retry::Always; // a repeat after a lost answer is refused, not doubled
    return m_t.callObject<core::Upload>(std::move(r), context, std::move(done));
}

PendingCall *UploadsApi::cancel(const QString &uploadId, QObject *context, Callback<core::Upload> done)
{
    Transport::Request r = Transport::jsonRequest(
        "POST", m_t.connection().route(QStringLiteral("/uploads/%1/cancel"), {{Kind::UploadId, uploadId}}),
        {});
    r.retry = Transport::Request::Retry::Always;
    return m_t.callObject<core::Upload>(std::move(r), context, std::move(done));
}

} // namespace ft::api
