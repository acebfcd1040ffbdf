#include "filesapi.h"

#include "jsonreply.h"
#include "streambody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace ft::api {

namespace js = core::js;
using Kind = core::PathSegment::Kind;

PendingCall *FilesApi::upload(const QString &path, const QString &purpose, QObject *context,
                              Callback<core::File> done)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return refuseLocally<core::File>(
            context,
            QCoreApplication::translate("FilesApi", "Cannot read %1: %2").arg(path, probe.errorString()),
            std::move(done));
    }
    probe.close();
    const bool expiry = m_t.connection().kind == ServiceKind::AzureV1;
    Transport::Request r;
    r.verb = "POST";
    r.url = m_t.connection().url(QStringLiteral("/files"));
    // Built again for each attempt, the file read as it is sent. A repeated upload after a lost answer
    // can leave a second copy of the file: harmless, and the files list shows it.
    r.stream = [path, purpose, expiry](QString *error) -> StreamBody * {
        auto *file = new QFile(path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error =
                QCoreApplication::translate("FilesApi", "Cannot read %1: %2").arg(path, file->errorString());
            delete file;
            return nullptr;
        }
        QList<StreamBody::Field> fields{{"purpose", purpose.toUtf8()}};
        if (expiry) {
            // The Azure v1 contract requires an expiry; 30 days is its maximum.
            fields.append(StreamBody::Field{"expires_after[anchor]", "created_at"});
            fields.append(StreamBody::Field{"expires_after[seconds]", "2592000"});
        }
        return StreamBody::multipart(fields, "file", QFileInfo(path).fileName(), file, file->size());
    };
    r.retry = Transport::Request::Retry::Always;
    // After a lost answer, the file may be there already: the one with this name, size and purpose
    // uploaded since this call began. Found, it is the answer; otherwise the upload is sent again.
    const QString name = QFileInfo(path).fileName();
    const qint64 bytes = QFileInfo(path).size();
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 120; // some slack for the service's clock
    r.findAfterAmbiguous = [this, name, bytes, since, purpose](
                               QObject *ctx, const std::function<void(std::optional<QByteArray>)> &found) {
        list({purpose, {}, 100, QStringLiteral("desc")}, ctx,
             [name, bytes, since, found](core::Result<core::Page<core::File>> page) {
                 if (page) {
                     for (const core::File &f : page.value().data) {
                         if (f.filename == name && f.bytes.value_or(-1) == bytes && f.createdAt >= since)
                             return found(js::dump(f.toJson()));
                     }
                 }
                 found(std::nullopt);
             });
    };
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
    return m_t.callObject<core::File>(
        Transport::get(m_t.connection().route(QStringLiteral("/files/%1"), {{Kind::FileId, id}})), context,
        std::move(done));
}

PendingCall *FilesApi::remove(const QString &id, QObject *context, Callback<core::Deleted> done)
{
    return m_t.callObject<core::Deleted>(
        deletion(m_t.connection().route(QStringLiteral("/files/%1"), {{Kind::FileId, id}}), id, "file"),
        context, std::move(done));
}

PendingCall *FilesApi::download(const QString &id, const QString &outPath, QObject *context,
                                Callback<core::Nothing> done)
{
    Transport::Request r =
        Transport::get(m_t.connection().route(QStringLiteral("/files/%1/content"), {{Kind::FileId, id}}));
    r.downloadTo = outPath;
    return m_t.call<core::Nothing>(
        std::move(r), context, [](const PendingCall &) { return core::Result(core::Nothing{}); },
        std::move(done));
}

PendingCall *FilesApi::content(const QString &id, QObject *context, Callback<QByteArray> done,
                               qint64 maxBytes)
{
    Transport::Request r =
        Transport::get(m_t.connection().route(QStringLiteral("/files/%1/content"), {{Kind::FileId, id}}));
    r.maxBody = maxBytes;
    return m_t.call<QByteArray>(
        std::move(r), context, [](const PendingCall &c) { return core::Result(c.body()); }, std::move(done));
}

PendingCall *FilesApi::import(const QUrl &url, const QString &filename, const QString &purpose,
                              QObject *context, Callback<core::File> done)
{
    if (m_t.connection().kind != ServiceKind::AzureClassic) {
        return refuseLocally<core::File>(
            context,
            QCoreApplication::translate(
                "FilesApi",
                "Importing a file from a URL is only offered by the Azure OpenAI classic API "
                "(api-version). Download the file and upload it instead."),
            std::move(done));
    }
    const js::Json body{{"purpose", js::s(purpose)},
                        {"filename", js::s(filename)},
                        {"content_url", js::s(url.toString(QUrl::FullyEncoded))}};
    return m_t.callObject<core::File>(
        Transport::jsonRequest("POST", m_t.connection().url(QStringLiteral("/files/import")), js::dump(body)),
        context, std::move(done));
}

} // namespace ft::api
