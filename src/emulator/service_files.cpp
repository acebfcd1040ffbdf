// Files, file import and the Uploads API.

#include "ids.h"
#include "importfetcher.h"
#include "multipart.h"
#include "paging.h"
#include "service.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"
#include "core/writeerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QUrl>

namespace ft::emu {

namespace js = core::js;

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

const QStringList &purposes()
{
    static const QStringList list{QStringLiteral("fine-tune"), QStringLiteral("assistants"),
                                  QStringLiteral("batch"),     QStringLiteral("vision"),
                                  QStringLiteral("user_data"), QStringLiteral("evals")};
    return list;
}

// expires_after from form fields in either spelling: expires_after[anchor] or expires_after.anchor
std::optional<ErrorSpec> readExpiry(const QList<FormPart> &parts, bool azure, std::optional<qint64> &seconds)
{
    QString anchor;
    QString secondsText;
    for (const auto &p : parts) {
        if (p.name == u"expires_after[anchor]" || p.name == u"expires_after.anchor")
            anchor = p.text();
        if (p.name == u"expires_after[seconds]" || p.name == u"expires_after.seconds")
            secondsText = p.text();
    }
    if (anchor.isEmpty() && secondsText.isEmpty())
        return std::nullopt;
    if (anchor != u"created_at")
        return invalid(QStringLiteral("expires_after.anchor must be \"created_at\"."),
                       QStringLiteral("expires_after"));
    bool ok = false;
    const qint64 s = secondsText.toLongLong(&ok);
    const qint64 lo = azure ? 1209600 : 3600;
    if (!ok || s < lo || s > 2592000)
        return invalid(QStringLiteral("expires_after.seconds must be between %1 and 2592000.").arg(lo),
                       QStringLiteral("expires_after"));
    seconds = s;
    return std::nullopt;
}
} // namespace

qint64 Service::processingDeadline(qint64 bytes) const
{
    const double simSeconds = m_sim.config().fileProcessingSeconds
        + m_sim.config().fileProcessingSecondsPerMb * double(bytes) / 1048576.0;
    return QDateTime::currentMSecsSinceEpoch() + qint64(simSeconds * 1000.0 / m_sim.speed());
}

nlohmann::ordered_json Service::presentUpload(const UploadRecord &record, Surface surface) const
{
    js::Json o = record.upload.toJson();
    if (isAzure(surface) && o["file"].is_null())
        o.erase("file"); // Azure's UploadResource has no nullable file
    return o;
}

QString Service::fileStatus(const FileRecord &record, Surface surface) const
{
    Q_UNUSED(surface)
    if (record.file.status != u"pending")
        return record.file.status;
    // Azure processes an upload for a few (simulated) seconds before it can be used.
    return QDateTime::currentMSecsSinceEpoch() >= record.readyAtMs ? QStringLiteral("processed")
                                                                   : QStringLiteral("pending");
}

nlohmann::ordered_json Service::presentFile(const FileRecord &record, Surface surface)
{
    core::File f = record.file;
    if (!record.resultOfJob.isEmpty()) {
        if (const JobRecord *job = m_store.job(record.resultOfJob))
            f.bytes = m_sim.resultsCsv(*job).size();
    }
    const QString status = fileStatus(record, surface);
    if (status != record.file.status && status == u"processed") {
        FileRecord updated = record;
        updated.file.status = status;
        // Not saved (a full disk): the status is worked out again on the next look, so nothing is lost.
        (void)m_store.saveFile(updated);
    }
    f.status = status;
    return f.toJson();
}

HttpReply Service::listFiles(const HttpRequest &r)
{
    const QString purpose = r.queryValue(QStringLiteral("purpose"));
    const QString order = r.queryValue(QStringLiteral("order"));
    int limit = 0;
    QString after;
    if (auto e = pageArgs(r, 10000, 10000, limit, after))
        return error(r, *e);
    if (!order.isEmpty() && order != u"asc" && order != u"desc")
        return error(
            r, invalid(QStringLiteral("Invalid 'order': expected asc or desc."), QStringLiteral("order")));
    QList<FileRecord *> all;
    for (FileRecord *f : m_store.files()) {
        if (purpose.isEmpty() || f->file.purpose == purpose)
            all.append(f);
    }
    if (order == u"asc")
        std::reverse(all.begin(), all.end());
    const auto page = slicePage(all, after, limit, [](const FileRecord *f) { return f->file.id; });
    js::Json data = js::Json::array();
    for (const FileRecord *f : page.items)
        data.push_back(presentFile(*f, r.surface));
    js::Json body{{"object", "list"}, {"data", data}};
    if (r.surface != Surface::AzureClassic) {
        body["first_id"] =
            page.items.isEmpty() ? js::Json(nullptr) : js::Json(js::s(page.items.first()->file.id));
        body["last_id"] =
            page.items.isEmpty() ? js::Json(nullptr) : js::Json(js::s(page.items.last()->file.id));
        body["has_more"] = page.hasMore;
    }
    return HttpReply::json(200, body);
}

HttpReply Service::createFile(const HttpRequest &r)
{
    bool storageFailed = false;
    const auto parts = parseMultipart(r, m_store.spoolDirectory(), 1 << 20, &storageFailed);
    if (storageFailed)
        return error(r, storageError());
    if (!parts)
        return error(
            r, invalid(QStringLiteral("The request must be multipart/form-data with a file and a purpose.")));
    const FormPart *filePart = nullptr;
    QString purpose;
    for (const auto &p : *parts) {
        if (p.name == u"file")
            filePart = &p;
        else if (p.name == u"purpose")
            purpose = p.text().trimmed();
    }
    if (!filePart)
        return error(r,
                     invalid(QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("file")));
    if (purpose.isEmpty())
        return error(
            r, invalid(QStringLiteral("Missing required parameter: 'purpose'."), QStringLiteral("purpose")));
    if (!purposes().contains(purpose))
        return error(r,
                     invalid(QStringLiteral("Invalid value for 'purpose': '%1'. Supported values are: %2.")
                                 .arg(purpose, purposes().join(QStringLiteral(", "))),
                             QStringLiteral("purpose")));
    std::optional<qint64> expiry;
    if (auto e = readExpiry(*parts, isAzure(r.surface), expiry))
        return error(r, *e);
    const core::Catalog &catalog = core::Catalog::builtin();
    if (filePart->size > catalog.maxFileBytes())
        return error(
            r,
            invalid(QStringLiteral("File is too large: %1 bytes; the limit is %2 bytes. Use the Uploads "
                                   "API for larger files.")
                        .arg(filePart->size)
                        .arg(catalog.maxFileBytes()),
                    QStringLiteral("file")));
    const QString filename = filePart->filename.isEmpty() ? QStringLiteral("file") : filePart->filename;
    if (purpose == u"fine-tune" && !filename.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive))
        return error(r,
                     invalid(QStringLiteral("Invalid file format for Fine-Tuning API. Must be .jsonl"),
                             QStringLiteral("file")));

    FileRecord rec;
    rec.seq = m_store.nextSeq();
    rec.file.id = newId("file-");
    rec.file.bytes = filePart->size;
    rec.file.createdAt = now();
    if (expiry)
        rec.file.expiresAt = rec.file.createdAt + *expiry;
    rec.file.filename = filename;
    rec.file.purpose = purpose;
    rec.file.status = isAzure(r.surface) ? QStringLiteral("pending") : QStringLiteral("processed");
    rec.readyAtMs = processingDeadline(rec.file.bytes.value_or(0));
    const auto failed =
        filePart->file ? m_store.adoptFile(rec, *filePart->file) : m_store.addFile(rec, filePart->data);
    if (failed)
        return notSaved(r, *failed);
    HttpReply reply =
        HttpReply::json(r.surface == Surface::AzureClassic ? 201 : 200, presentFile(rec, r.surface));
    if (r.surface == Surface::AzureClassic)
        reply.setHeader("Location", (r.baseUrl + QStringLiteral("/files/") + rec.file.id).toUtf8());
    return reply;
}

HttpReply Service::importFile(const HttpRequest &r)
{
    js::Json body;
    if (auto e = parseJsonBody(r, body))
        return error(r, *e);
    const QString purpose = js::str(body, "purpose");
    const QString filename = js::str(body, "filename");
    const QUrl url(js::str(body, "content_url"), QUrl::StrictMode);
    if (purpose.isEmpty() || filename.isEmpty() || !url.isValid() || url.scheme().isEmpty())
        return error(r,
                     invalid(QStringLiteral("purpose, filename and a valid content_url are required."),
                             QStringLiteral("content_url")));
    // Refused before anything is stored, looked up or connected to.
    if (auto why = ImportFetcher::refusal(url, m_options.import))
        return error(r, invalid(*why, QStringLiteral("content_url")));
    FileRecord rec;
    rec.seq = m_store.nextSeq();
    rec.file.id = newId("file-");
    rec.file.createdAt = now();
    rec.file.filename = filename;
    rec.file.purpose = purpose;
    rec.file.status = QStringLiteral("running");
    if (auto failed = m_store.addFile(rec, {}))
        return notSaved(r, *failed);
    const QString id = rec.file.id;
    auto finish = [this, id](const QByteArray &data, QString failure) {
        const FileRecord *f = m_store.file(id);
        if (!f)
            return;
        if (failure.isEmpty()) {
            FileRecord done = *f;
            done.file.bytes = data.size();
            done.file.status = QStringLiteral("processed");
            const auto failed = m_store.addFile(done, data);
            if (!failed)
                return;
            qWarning("emulator: import into %s not saved: %s", qPrintable(id), qPrintable(failed->message()));
            failure = QStringLiteral("fileImportFailed: the imported content could not be stored.");
        }
        FileRecord broken = *m_store.file(id);
        broken.file.status = QStringLiteral("error");
        broken.file.statusDetails = failure;
        if (auto failed = m_store.saveFile(broken))
            qWarning("emulator: import status of %s not saved: %s", qPrintable(id),
                     qPrintable(failed->message()));
    };
    auto *fetcher = new ImportFetcher(url, m_options.import, m_network, finish, this);
    fetcher->start();
    FileRecord *stored = m_store.file(id);
    HttpReply reply = HttpReply::json(201, presentFile(*stored, r.surface));
    reply.setHeader("Location", (r.baseUrl + QStringLiteral("/files/") + id).toUtf8());
    return reply;
}

HttpReply Service::getFile(const HttpRequest &r, const QString &id)
{
    const FileRecord *f = m_store.file(id);
    if (!f)
        return error(r, notFound(r.surface, QStringLiteral("file"), id));
    return HttpReply::json(200, presentFile(*f, r.surface));
}

HttpReply Service::deleteFile(const HttpRequest &r, const QString &id)
{
    if (!m_store.file(id))
        return error(r, notFound(r.surface, QStringLiteral("file"), id));
    if (auto failed = m_store.removeFile(id))
        return notSaved(r, *failed);
    return HttpReply::json(200, js::Json{{"id", js::s(id)}, {"object", "file"}, {"deleted", true}});
}

HttpReply Service::fileContent(const HttpRequest &r, const QString &id)
{
    const FileRecord *f = m_store.file(id);
    if (!f)
        return error(r, notFound(r.surface, QStringLiteral("file"), id));
    HttpReply reply;
    reply.contentType = "application/octet-stream";
    if (!f->resultOfJob.isEmpty()) {
        const JobRecord *job = m_store.job(f->resultOfJob);
        reply.body = job ? m_sim.resultsCsv(*job) : QByteArray();
        return reply; // octet-stream as well: the service labels every file's content so
    }
    if (!QFile::exists(m_store.blobPath(id)))
        return error(r, notFound(r.surface, QStringLiteral("file"), id));
    reply.bodyFile = m_store.blobPath(id); // streamed: a large file is never read into memory
    return reply;
}

HttpReply Service::createUpload(const HttpRequest &r)
{
    js::Json body;
    if (auto e = parseJsonBody(r, body))
        return error(r, *e);
    const QString filename = js::str(body, "filename");
    const QString purpose = js::str(body, "purpose");
    const auto bytes = js::optInt(body, "bytes");
    const QString mime = js::str(body, "mime_type");
    for (const char *key : {"filename", "purpose", "bytes", "mime_type"}) {
        if (!js::find(body, key))
            return error(r,
                         invalid(QStringLiteral("Missing required parameter: '%1'.").arg(QLatin1String(key)),
                                 QLatin1String(key)));
    }
    const bool azure = isAzure(r.surface);
    const core::Catalog &catalog = core::Catalog::builtin();
    if (!purposes().contains(purpose))
        return error(r,
                     invalid(QStringLiteral("Invalid value for 'purpose': '%1'.").arg(purpose),
                             QStringLiteral("purpose")));
    if (!bytes || *bytes <= 0 || *bytes > catalog.maxUploadBytes(azure))
        return error(
            r,
            invalid(QStringLiteral("'bytes' must be between 1 and %1.").arg(catalog.maxUploadBytes(azure)),
                    QStringLiteral("bytes")));
    static const QStringList jsonl{QStringLiteral("text/jsonl"), QStringLiteral("application/jsonl"),
                                   QStringLiteral("application/x-ndjson"),
                                   QStringLiteral("application/json")};
    if (purpose == u"fine-tune" && !jsonl.contains(mime))
        return error(
            r,
            invalid(QStringLiteral("Invalid mime_type '%1' for purpose fine-tune; use text/jsonl.").arg(mime),
                    QStringLiteral("mime_type")));
    UploadRecord rec;
    rec.seq = m_store.nextSeq();
    rec.azure = azure;
    rec.mimeType = mime;
    rec.upload.id = QStringLiteral("upload_") + randomAlnum(24);
    rec.upload.bytes = *bytes;
    rec.upload.createdAt = now();
    rec.upload.expiresAt = rec.upload.createdAt + catalog.uploadExpirySeconds(azure);
    rec.upload.filename = filename;
    rec.upload.purpose = purpose;
    rec.upload.status = QStringLiteral("pending");
    if (auto failed = m_store.saveUpload(rec))
        return notSaved(r, *failed);
    HttpReply reply = HttpReply::json(200, presentUpload(rec, r.surface));
    if (azure)
        reply.setHeader("Location", (r.baseUrl + QStringLiteral("/uploads/") + rec.upload.id).toUtf8());
    return reply;
}

namespace {
// An upload still taking parts: pending and not past its expiry (which turns it "expired").
std::optional<ErrorSpec> checkOpen(Store &store, UploadRecord &u)
{
    QString status = u.upload.status;
    if (status == u"pending" && now() > u.upload.expiresAt) {
        // Expired whether or not that can be saved now; the parts go once it is.
        status = QStringLiteral("expired");
        UploadRecord expired = u;
        expired.upload.status = status;
        if (!store.saveUpload(expired).has_value())
            store.removeUploadParts(u.upload.id);
    }
    if (status != u"pending")
        return invalidState(
            QStringLiteral("Upload %1 is %2; it no longer accepts changes.").arg(u.upload.id, status));
    return std::nullopt;
}
} // namespace

HttpReply Service::addUploadPart(const HttpRequest &r, const QString &id)
{
    UploadRecord *u = m_store.upload(id);
    if (!u)
        return error(r, notFound(r.surface, QStringLiteral("upload"), id));
    if (auto e = checkOpen(m_store, *u))
        return error(r, *e);
    bool storageFailed = false;
    const auto parts = parseMultipart(r, m_store.spoolDirectory(), 1 << 20, &storageFailed);
    if (storageFailed)
        return error(r, storageError());
    const FormPart *data = nullptr;
    if (parts) {
        for (const auto &p : *parts) {
            if (p.name == u"data")
                data = &p;
        }
    }
    if (!data)
        return error(r,
                     invalid(QStringLiteral("Missing required parameter: 'data'."), QStringLiteral("data")));
    const qint64 maxPart = core::Catalog::builtin().maxPartBytes();
    if (data->size > maxPart)
        return error(r,
                     invalid(QStringLiteral("Part is %1 bytes; each part can be at most %2 bytes.")
                                 .arg(data->size)
                                 .arg(maxPart),
                             QStringLiteral("data")));
    // A part larger than the whole upload cannot belong to it. The sum of all parts is not checked here:
    // a part whose answer was lost is sent again, and only the parts named at completion count (the
    // byte total of those must match; see completeUpload).
    if (data->size > u->upload.bytes)
        return error(r,
                     invalid(QStringLiteral(
                                 "The part (%1 bytes) is larger than the %2 bytes declared for this upload.")
                                 .arg(data->size)
                                 .arg(u->upload.bytes),
                             QStringLiteral("data")));
    UploadPartRecord part{QStringLiteral("part_") + randomAlnum(24), data->size, now()};
    const auto stored = data->file ? m_store.adoptUploadPart(u->upload.id, part.id, *data->file)
                                   : m_store.addUploadPart(u->upload.id, part.id, data->data);
    if (stored)
        return notSaved(r, *stored);
    UploadRecord updated = *u;
    updated.parts.append(part);
    if (auto failed = m_store.saveUpload(updated)) {
        m_store.removeUploadPart(u->upload.id, part.id);
        return notSaved(r, *failed);
    }
    core::UploadPart out;
    out.id = part.id;
    out.createdAt = part.createdAt;
    out.uploadId = u->upload.id;
    if (u->azure)
        out.azureBlockId = QString::fromLatin1(part.id.toUtf8().toBase64());
    return HttpReply::json(200, out.toJson());
}

HttpReply Service::completeUpload(const HttpRequest &r, const QString &id)
{
    UploadRecord *u = m_store.upload(id);
    if (!u)
        return error(r, notFound(r.surface, QStringLiteral("upload"), id));
    if (auto e = checkOpen(m_store, *u))
        return error(r, *e);
    js::Json body;
    if (auto e = parseJsonBody(r, body))
        return error(r, *e);
    const QStringList order = js::strList(body, "part_ids");
    if (order.isEmpty())
        return error(
            r,
            invalid(QStringLiteral("Missing required parameter: 'part_ids'."), QStringLiteral("part_ids")));
    qint64 total = 0;
    for (const QString &pid : order) {
        auto it =
            std::find_if(u->parts.begin(), u->parts.end(), [&pid](const auto &p) { return p.id == pid; });
        if (it == u->parts.end())
            return error(r,
                         invalid(QStringLiteral("Part %1 does not belong to upload %2.").arg(pid, id),
                                 QStringLiteral("part_ids")));
        total += it->bytes;
    }
    if (total != u->upload.bytes)
        return error(
            r,
            invalid(QStringLiteral("The number of bytes uploaded (%1) does not match the number of bytes "
                                   "declared when the upload was created (%2).")
                        .arg(total)
                        .arg(u->upload.bytes),
                    QStringLiteral("part_ids")));
    FileRecord rec;
    rec.seq = m_store.nextSeq();
    rec.file.id = newId("file-");
    rec.file.bytes = total;
    rec.file.createdAt = now();
    rec.file.filename = u->upload.filename;
    rec.file.purpose = u->upload.purpose;
    rec.file.status = u->azure ? QStringLiteral("pending") : QStringLiteral("processed");
    rec.readyAtMs = processingDeadline(total);
    if (auto failed = m_store.addFileFromParts(rec, *u, order))
        return notSaved(r, *failed);
    const QString md5 = js::str(body, "md5");
    if (!md5.isEmpty()) {
        QFile blob(m_store.blobPath(rec.file.id));
        QCryptographicHash hash(QCryptographicHash::Md5);
        if (blob.open(QIODevice::ReadOnly))
            hash.addData(&blob);
        if (QString::fromLatin1(hash.result().toHex()) != md5.toLower()) {
            if (auto failed = m_store.removeFile(rec.file.id))
                return notSaved(r, *failed);
            return error(r,
                         invalid(QStringLiteral("The md5 checksum does not match the uploaded bytes."),
                                 QStringLiteral("md5")));
        }
    }
    UploadRecord completed = *u;
    completed.upload.status = QStringLiteral("completed");
    completed.upload.file = rec.file;
    if (auto failed = m_store.saveUpload(completed)) {
        // The upload stays pending with its parts, so completing it again can work; its file goes.
        if (auto undo = m_store.removeFile(rec.file.id))
            qWarning("emulator: %s", qPrintable(undo->message()));
        return notSaved(r, *failed);
    }
    m_store.removeUploadParts(u->upload.id);
    js::Json out = presentUpload(*u, r.surface);
    out["file"] = presentFile(*m_store.file(rec.file.id), r.surface);
    return HttpReply::json(200, out);
}

HttpReply Service::cancelUpload(const HttpRequest &r, const QString &id)
{
    UploadRecord *u = m_store.upload(id);
    if (!u)
        return error(r, notFound(r.surface, QStringLiteral("upload"), id));
    if (auto e = checkOpen(m_store, *u))
        return error(r, *e);
    UploadRecord cancelled = *u;
    cancelled.upload.status = QStringLiteral("cancelled");
    if (auto failed = m_store.saveUpload(cancelled))
        return notSaved(r, *failed);
    m_store.removeUploadParts(u->upload.id);
    return HttpReply::json(200, presentUpload(*u, r.surface));
}

} // namespace ft::emu
