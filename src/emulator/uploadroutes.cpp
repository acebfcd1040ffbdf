#include "uploadroutes.h"

#include "clock.h"
#include "filepresenter.h"
#include "fileroutes.h"
#include "handlerkit.h"
#include "ids.h"
#include "multipart.h"
#include "router.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace ft::emu {

namespace js = core::js;

namespace {
std::optional<ErrorSpec> checkCreate(const js::Json &body, bool azure)
{
    for (const char *key : {"filename", "purpose", "bytes", "mime_type"}) {
        if (!js::find(body, key))
            return invalid(QStringLiteral("Missing required parameter: '%1'.").arg(QLatin1String(key)),
                           QLatin1String(key));
    }
    const QString purpose = js::str(body, "purpose");
    const auto bytes = js::optInt(body, "bytes");
    const QString mime = js::str(body, "mime_type");
    const core::Catalog &catalog = core::Catalog::builtin();
    if (!FileRoutes::purposes().contains(purpose))
        return invalid(QStringLiteral("Invalid value for 'purpose': '%1'.").arg(purpose),
                       QStringLiteral("purpose"));
    if (!bytes || *bytes <= 0 || *bytes > catalog.maxUploadBytes(azure))
        return invalid(QStringLiteral("'bytes' must be between 1 and %1.").arg(catalog.maxUploadBytes(azure)),
                       QStringLiteral("bytes"));
    static const QStringList jsonl{QStringLiteral("text/jsonl"), QStringLiteral("application/jsonl"),
                                   QStringLiteral("application/x-ndjson"),
                                   QStringLiteral("application/json")};
    if (purpose == u"fine-tune" && !jsonl.contains(mime))
        return invalid(
            QStringLiteral("Invalid mime_type '%1' for purpose fine-tune; use text/jsonl.").arg(mime),
            QStringLiteral("mime_type"));
    return std::nullopt;
}

// A part too large for any upload, or for this one. The sum of all parts is not checked here: a part
// whose answer was lost is sent again, and only the parts named at completion count (the byte total of
// those must match; see checkParts).
std::optional<ErrorSpec> checkPart(const FormPart *data, const UploadRecord &u)
{
    if (!data)
        return invalid(QStringLiteral("Missing required parameter: 'data'."), QStringLiteral("data"));
    const qint64 maxPart = core::Catalog::builtin().maxPartBytes();
    if (data->size > maxPart)
        return invalid(QStringLiteral("Part is %1 bytes; each part can be at most %2 bytes.")
                           .arg(data->size)
                           .arg(maxPart),
                       QStringLiteral("data"));
    if (data->size > u.upload.bytes)
        return invalid(
            QStringLiteral("The part (%1 bytes) is larger than the %2 bytes declared for this upload.")
                .arg(data->size)
                .arg(u.upload.bytes),
            QStringLiteral("data"));
    return std::nullopt;
}
} // namespace

UploadRoutes::UploadRoutes(const ServiceContext &context)
    : m_context(context)
{ }

void UploadRoutes::addRoutes(Router &router)
{
    const Surfaces all = Surfaces::dataPlane();
    router.on(all, {"POST"}, "uploads",
              [this](const HttpRequest &r, const RouteArgs &) { return create(r); });
    router.on(all, {"POST"}, "uploads/{id}/parts", whileOpen(&UploadRoutes::addPart));
    router.on(all, {"POST"}, "uploads/{id}/complete", whileOpen(&UploadRoutes::complete));
    router.on(all, {"POST"}, "uploads/{id}/cancel", whileOpen(&UploadRoutes::cancel));
}

Router::Handler UploadRoutes::whileOpen(Change change)
{
    return [this, change](const HttpRequest &r, const RouteArgs &a) {
        HttpReply refused;
        const UploadRecord *u = open(r, a["id"], &refused);
        return u ? (this->*change)(r, *u) : refused;
    };
}

nlohmann::ordered_json UploadRoutes::present(const UploadRecord &record, Surface surface)
{
    js::Json o = record.upload.toJson();
    if (isAzure(surface) && o["file"].is_null())
        o.erase("file"); // Azure's UploadResource has no nullable file
    return o;
}

HttpReply UploadRoutes::create(const HttpRequest &r)
{
    js::Json body;
    if (auto e = readJsonObject(r, body))
        return errorFor(r, *e);
    const bool azure = isAzure(r.surface);
    if (auto e = checkCreate(body, azure))
        return errorFor(r, *e);
    UploadRecord rec;
    rec.seq = m_context.store.nextSeq();
    rec.azure = azure;
    rec.mimeType = js::str(body, "mime_type");
    rec.upload.id = QStringLiteral("upload_") + randomAlnum(24);
    rec.upload.bytes = *js::optInt(body, "bytes");
    rec.upload.createdAt = Clock::nowSeconds();
    rec.upload.expiresAt = rec.upload.createdAt + core::Catalog::builtin().uploadExpirySeconds(azure);
    rec.upload.filename = js::str(body, "filename");
    rec.upload.purpose = js::str(body, "purpose");
    rec.upload.status = QStringLiteral("pending");
    if (auto failed = m_context.store.saveUpload(rec))
        return notSaved(r, *failed);
    HttpReply reply = HttpReply::json(200, present(rec, r.surface));
    if (azure)
        setLocation(reply, r, QStringLiteral("/uploads/") + rec.upload.id);
    return reply;
}

UploadRecord *UploadRoutes::open(const HttpRequest &r, const QString &id, HttpReply *refused)
{
    UploadRecord *u = m_context.store.upload(id);
    if (!u) {
        *refused = errorFor(r, notFound(r.surface, QStringLiteral("upload"), id));
        return nullptr;
    }
    QString status = u->upload.status;
    if (status == u"pending" && Clock::nowSeconds() > u->upload.expiresAt) {
        // Expired whether or not that can be saved now; the parts go once it is.
        status = QStringLiteral("expired");
        UploadRecord expired = *u;
        expired.upload.status = status;
        if (!m_context.store.saveUpload(expired).has_value())
            m_context.store.removeUploadParts(id);
    }
    if (status == u"pending")
        return u;
    *refused = errorFor(
        r,
        invalidState(
            QStringLiteral("Upload %1 is %2; it no longer accepts changes.").arg(u->upload.id, status)));
    return nullptr;
}

HttpReply UploadRoutes::addPart(const HttpRequest &r, const UploadRecord &u)
{
    Store &store = m_context.store;
    bool storageFailed = false;
    const auto parts = parseMultipart(r, store.spoolDirectory(), 1 << 20, &storageFailed);
    if (storageFailed)
        return errorFor(r, storageError());
    const FormPart *data = nullptr;
    if (parts) {
        for (const auto &p : *parts) {
            if (p.name == u"data")
                data = &p;
        }
    }
    if (auto e = checkPart(data, u))
        return errorFor(r, *e);
    UploadPartRecord part{QStringLiteral("part_") + randomAlnum(24), data->size, Clock::nowSeconds()};
    const auto stored = data->file ? store.adoptUploadPart(u.upload.id, part.id, *data->file)
                                   : store.addUploadPart(u.upload.id, part.id, data->data);
    if (stored)
        return notSaved(r, *stored);
    UploadRecord updated = u;
    updated.parts.append(part);
    if (auto failed = store.saveUpload(updated)) {
        store.removeUploadPart(u.upload.id, part.id);
        return notSaved(r, *failed);
    }
    core::UploadPart out;
    out.id = part.id;
    out.createdAt = part.createdAt;
    out.uploadId = u.upload.id;
    if (u.azure)
        out.azureBlockId = QString::fromLatin1(part.id.toUtf8().toBase64());
    return HttpReply::json(200, out.toJson());
}

std::optional<ErrorSpec> UploadRoutes::checkParts(const UploadRecord &u, const QStringList &order) const
{
    if (order.isEmpty())
        return invalid(QStringLiteral("Missing required parameter: 'part_ids'."), QStringLiteral("part_ids"));
    qint64 total = 0;
    for (const QString &pid : order) {
        auto it = std::find_if(u.parts.begin(), u.parts.end(), [&pid](const auto &p) { return p.id == pid; });
        if (it == u.parts.end())
            return invalid(QStringLiteral("Part %1 does not belong to upload %2.").arg(pid, u.upload.id),
                           QStringLiteral("part_ids"));
        total += it->bytes;
    }
    if (total != u.upload.bytes)
        return invalid(QStringLiteral("The number of bytes uploaded (%1) does not match the number of bytes "
                                      "declared when the upload was created (%2).")
                           .arg(total)
                           .arg(u.upload.bytes),
                       QStringLiteral("part_ids"));
    return std::nullopt;
}

bool UploadRoutes::md5Matches(const QString &fileId, const QString &md5) const
{
    QFile blob(m_context.store.blobPath(fileId));
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (blob.open(QIODevice::ReadOnly))
        hash.addData(&blob);
    return QString::fromLatin1(hash.result().toHex()) == md5.toLower();
}

HttpReply UploadRoutes::complete(const HttpRequest &r, const UploadRecord &u)
{
    Store &store = m_context.store;
    js::Json body;
    if (auto e = readJsonObject(r, body))
        return errorFor(r, *e);
    const QStringList order = js::strList(body, "part_ids");
    if (auto e = checkParts(u, order))
        return errorFor(r, *e);
    FileRecord rec;
    rec.seq = store.nextSeq();
    rec.file.id = newId("file-");
    rec.file.bytes = u.upload.bytes;
    rec.file.createdAt = Clock::nowSeconds();
    rec.file.filename = u.upload.filename;
    rec.file.purpose = u.upload.purpose;
    rec.file.status = u.azure ? QStringLiteral("pending") : QStringLiteral("processed");
    rec.readyAtMs = m_context.files.processingDeadline(u.upload.bytes);
    if (auto failed = store.addFileFromParts(rec, u, order))
        return notSaved(r, *failed);
    if (const QString md5 = js::str(body, "md5"); !md5.isEmpty() && !md5Matches(rec.file.id, md5)) {
        if (auto failed = store.removeFile(rec.file.id))
            return notSaved(r, *failed);
        return errorFor(r,
                        invalid(QStringLiteral("The md5 checksum does not match the uploaded bytes."),
                                QStringLiteral("md5")));
    }
    UploadRecord completed = u;
    completed.upload.status = QStringLiteral("completed");
    completed.upload.file = rec.file;
    if (auto failed = store.saveUpload(completed)) {
        // The upload stays pending with its parts, so completing it again can work; its file goes.
        if (auto undo = store.removeFile(rec.file.id))
            qWarning("emulator: %s", qPrintable(undo->message()));
        return notSaved(r, *failed);
    }
    store.removeUploadParts(u.upload.id);
    js::Json out = present(u, r.surface);
    out["file"] = m_context.files.present(*store.file(rec.file.id));
    return HttpReply::json(200, out);
}

HttpReply UploadRoutes::cancel(const HttpRequest &r, const UploadRecord &u)
{
    UploadRecord cancelled = u;
    cancelled.upload.status = QStringLiteral("cancelled");
    if (auto failed = m_context.store.saveUpload(cancelled))
        return notSaved(r, *failed);
    m_context.store.removeUploadParts(u.upload.id);
    return HttpReply::json(200, present(u, r.surface));
}

} // namespace ft::emu
