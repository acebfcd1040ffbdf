#include "filesapi.h"

#include "jsonreply.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>

namespace ft::api {

namespace js = core::js;

namespace {
QHttpPart textPart(const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + "\""));
    part.setBody(value);
    return part;
}

QByteArray quoted(const QString &filename)
{
    QByteArray out = filename.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return out;
}
} // namespace

PendingCall *FilesApi::upload(const QString &path, const QString &purpose, QObject *context,
                              Callback<core::File> done)
{
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        Transport::failLater<core::File>(
            context,
            core::ApiError::local(
                QCoreApplication::translate("FilesApi", "Cannot read %1: %2").arg(path, file->errorString())),
            std::move(done));
        delete file;
        return nullptr;
    }
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    multi->append(textPart("purpose", purpose.toUtf8()));
    if (m_t.connection().kind == ServiceKind::AzureV1) {
        // The Azure v1 contract requires an expiry; 30 days is its maximum.
        multi->append(textPart("expires_after[anchor]", "created_at"));
        multi->append(textPart("expires_after[seconds]", "2592000"));
    }
    QHttpPart filePart;
    filePart.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"file\"; filename=\"" + quoted(QFileInfo(path).fileName()) + "\""));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    filePart.setBodyDevice(file);
    file->setParent(multi);
    multi->append(filePart);

    Transport::Request r;
    r.verb = "POST";
    r.url = m_t.connection().url(QStringLiteral("/files"));
    r.multiPart = multi;
    return m_t.callObject<core::File>(std::move(r), context, std::move(done));
}

PendingCall *FilesApi::list(const FileListQuery &query, QObject *context,
                            Callback<core::Page<core::File>> done)
{
    QUrlQuery q;
    if (!query.purpose.isEmpty())
        q.addQueryItem(QStringLiteral("purpose"), query.purpose);
    if (!query.after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), query.after);
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.order.isEmpty())
        q.addQueryItem(QStringLiteral("order"), query.order);
    return m_t.call<core::Page<core::File>>(Transport::get(m_t.connection().url(QStringLiteral("/files"), q)),
                                            context, &pageOf<core::File>, std::move(done));
}

PendingCall *FilesApi::get(const QString &id, QObject *context, Callback<core::File> done)
{
    return m_t.callObject<core::File>(Transport::get(m_t.connection().url(QStringLiteral("/files/") + id)),
                                      context, std::move(done));
}

PendingCall *FilesApi::remove(const QString &id, QObject *context, Callback<core::Deleted> done)
{
    Transport::Request r = Transport::get(m_t.connection().url(QStringLiteral("/files/") + id));
    r.verb = "DELETE";
    return m_t.callObject<core::Deleted>(std::move(r), context, std::move(done));
}

PendingCall *FilesApi::download(const QString &id, const QString &outPath, QObject *context,
                                Callback<core::Nothing> done)
{
    Transport::Request r = Transport::get(m_t.connection().url(QStringLiteral("/files/%1/content").arg(id)));
    r.downloadTo = outPath;
    return m_t.call<core::Nothing>(
        std::move(r), context, [](const PendingCall &) { return core::Result(core::Nothing{}); },
        std::move(done));
}

PendingCall *FilesApi::content(const QString &id, QObject *context, Callback<QByteArray> done,
                               qint64 maxBytes)
{
    Transport::Request r = Transport::get(m_t.connection().url(QStringLiteral("/files/%1/content").arg(id)));
    r.maxBody = maxBytes;
    return m_t.call<QByteArray>(
        std::move(r), context, [](const PendingCall &c) { return core::Result(c.body()); }, std::move(done));
}

PendingCall *FilesApi::import(const QUrl &url, const QString &filename, const QString &purpose,
                              QObject *context, Callback<core::File> done)
{
    if (m_t.connection().kind != ServiceKind::AzureClassic) {
        Transport::failLater<core::File>(
            context,
            core::ApiError::local(QCoreApplication::translate(
                "FilesApi",
                "Importing a file from a URL is only offered by the Azure OpenAI classic API "
                "(api-version). Download the file and upload it instead.")),
            std::move(done));
        return nullptr;
    }
    const js::Json body{{"purpose", js::s(purpose)},
                        {"filename", js::s(filename)},
                        {"content_url", js::s(url.toString(QUrl::FullyEncoded))}};
    return m_t.callObject<core::File>(
        Transport::jsonRequest("POST", m_t.connection().url(QStringLiteral("/files/import")), js::dump(body)),
        context, std::move(done));
}

} // namespace ft::api
