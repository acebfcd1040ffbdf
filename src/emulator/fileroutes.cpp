#include "fileroutes.h"

#include "clock.h"
#include "filepresenter.h"
#include "handlerkit.h"
#include "ids.h"
#include "importfetcher.h"
#include "multipart.h"
#include "paging.h"
#include "router.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"

#include <QFile>
#include <QUrl>

#include <algorithm>

namespace ft::emu {

namespace js = core::js;

namespace {
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

// The form's file and purpose as the service checks them first: both present, a known purpose.
std::optional<ErrorSpec> checkUpload(const FormPart *file, const QString &purpose)
{
    if (!file)
        return invalid(QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("file"));
    if (purpose.isEmpty())
        return invalid(QStringLiteral("Missing required parameter: 'purpose'."), QStringLiteral("purpose"));
    const QStringList &purposes = FileRoutes::purposes();
    if (!purposes.contains(purpose))
        return invalid(QStringLiteral("Invalid value for 'purpose': '%1'. Supported values are: %2.")
                           .arg(purpose, purposes.join(QStringLiteral(", "))),
                       QStringLiteral("purpose"));
    return std::nullopt;
}

// Then the file itself: within the size limit, and a .jsonl name for fine-tuning.
std::optional<ErrorSpec> checkContent(const FormPart &file, const QString &purpose, const QString &filename)
{
    const core::Catalog &catalog = core::Catalog::builtin();
    if (file.size > catalog.maxFileBytes())
        return invalid(QStringLiteral("File is too large: %1 bytes; the limit is %2 bytes. Use the Uploads "
                                      "API for larger files.")
                           .arg(file.size)
                           .arg(catalog.maxFileBytes()),
                       QStringLiteral("file"));
    if (purpose == u"fine-tune" && !filename.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive))
        return invalid(QStringLiteral("Invalid file format for Fine-Tuning API. Must be .jsonl"),
                       QStringLiteral("file"));
    return std::nullopt;
}
} // namespace

FileRoutes::FileRoutes(const ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

const QStringList &FileRoutes::purposes()
{
    static const QStringList list{QStringLiteral("fine-tune"), QStringLiteral("assistants"),
                                  QStringLiteral("batch"),     QStringLiteral("vision"),
                                  QStringLiteral("user_data"), QStringLiteral("evals")};
    return list;
}

void FileRoutes::addRoutes(Router &router)
{
    const Surfaces all = Surfaces::dataPlane();
    router.on(all, {"GET"}, "files", [this](const HttpRequest &r, const RouteArgs &) { return list(r); });
    router.on(all, {"POST"}, "files", [this](const HttpRequest &r, const RouteArgs &) { return create(r); });
    router.on({Surface::AzureClassic}, {"POST"}, "files/import",
              [this](const HttpRequest &r, const RouteArgs &) { return import(r); });
    router.on(all, {"GET"}, "files/{id}",
              [this](const HttpRequest &r, const RouteArgs &a) { return get(r, a["id"]); });
    router.on(all, {"DELETE"}, "files/{id}",
              [this](const HttpRequest &r, const RouteArgs &a) { return remove(r, a["id"]); });
    router.on(all, {"GET"}, "files/{id}/content",
              [this](const HttpRequest &r, const RouteArgs &a) { return content(r, a["id"]); });
}

HttpReply FileRoutes::list(const HttpRequest &r)
{
    const QString purpose = r.queryValue(QStringLiteral("purpose"));
    const QString order = r.queryValue(QStringLiteral("order"));
    int limit = 0;
    QString after;
    if (auto e = readPage(r, 10000, 10000, limit, after))
        return errorFor(r, *e);
    if (!order.isEmpty() && order != u"asc" && order != u"desc")
        return errorFor(
            r, invalid(QStringLiteral("Invalid 'order': expected asc or desc."), QStringLiteral("order")));
    QList<FileRecord *> all;
    for (FileRecord *f : m_context.store.files()) {
        if (purpose.isEmpty() || f->file.purpose == purpose)
            all.append(f);
    }
    if (order == u"asc")
        std::reverse(all.begin(), all.end());
    const auto page = slicePage(all, after, limit, [](const FileRecord *f) { return f->file.id; });
    js::Json data = js::Json::array();
    for (const FileRecord *f : page.items)
        data.push_back(m_context.files.present(*f));
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

HttpReply FileRoutes::create(const HttpRequest &r)
{
    bool storageFailed = false;
    const auto parts = parseMultipart(r, m_context.store.spoolDirectory(), 1 << 20, &storageFailed);
    if (storageFailed)
        return errorFor(r, storageError());
    if (!parts)
        return errorFor(
            r, invalid(QStringLiteral("The request must be multipart/form-data with a file and a purpose.")));
    const FormPart *filePart = nullptr;
    QString purpose;
    for (const auto &p : *parts) {
        if (p.name == u"file")
            filePart = &p;
        else if (p.name == u"purpose")
            purpose = p.text().trimmed();
    }
    if (auto e = checkUpload(filePart, purpose))
        return errorFor(r, *e);
    std::optional<qint64> expiry;
    if (auto e = readExpiry(*parts, isAzure(r.surface), expiry))
        return errorFor(r, *e);
    const QString filename = filePart->filename.isEmpty() ? QStringLiteral("file") : filePart->filename;
    if (auto e = checkContent(*filePart, purpose, filename))
        return errorFor(r, *e);

    FileRecord rec;
    rec.seq = m_context.store.nextSeq();
    rec.file.id = newId("file-");
    rec.file.bytes = filePart->size;
    rec.file.createdAt = Clock::nowSeconds();
    if (expiry)
        rec.file.expiresAt = rec.file.createdAt + *expiry;
    rec.file.filename = filename;
    rec.file.purpose = purpose;
    rec.file.status = isAzure(r.surface) ? QStringLiteral("pending") : QStringLiteral("processed");
    rec.readyAtMs = m_context.files.processingDeadline(rec.file.bytes.value_or(0));
    const auto failed = filePart->file ? m_context.store.adoptFile(rec, *filePart->file)
                                       : m_context.store.addFile(rec, filePart->data);
    if (failed)
        return notSaved(r, *failed);
    HttpReply reply =
        HttpReply::json(r.surface == Surface::AzureClassic ? 201 : 200, m_context.files.present(rec));
    if (r.surface == Surface::AzureClassic)
        setLocation(reply, r, QStringLiteral("/files/") + rec.file.id);
    return reply;
}

HttpReply FileRoutes::import(const HttpRequest &r)
{
    js::Json body;
    if (auto e = readJsonObject(r, body))
        return errorFor(r, *e);
    const QString purpose = js::str(body, "purpose");
    const QString filename = js::str(body, "filename");
    const QUrl url(js::str(body, "content_url"), QUrl::StrictMode);
    if (purpose.isEmpty() || filename.isEmpty() || !url.isValid() || url.scheme().isEmpty())
        return errorFor(r,
                        invalid(QStringLiteral("purpose, filename and a valid content_url are required."),
                                QStringLiteral("content_url")));
    // Refused before anything is stored, looked up or connected to.
    if (auto why = ImportFetcher::refusal(url, m_context.options.import))
        return errorFor(r, invalid(*why, QStringLiteral("content_url")));
    FileRecord rec;
    rec.seq = m_context.store.nextSeq();
    rec.file.id = newId("file-");
    rec.file.createdAt = Clock::nowSeconds();
    rec.file.filename = filename;
    rec.file.purpose = purpose;
    rec.file.status = QStringLiteral("running");
    if (auto failed = m_context.store.addFile(rec, {}))
        return notSaved(r, *failed);
    const QString id = rec.file.id;
    auto *fetcher = new ImportFetcher(
        url, m_context.options.import, m_context.network,
        [this, id](const QByteArray &data, const QString &failure) { imported(id, data, failure); }, this);
    fetcher->start();
    HttpReply reply = HttpReply::json(201, m_context.files.present(*m_context.store.file(id)));
    setLocation(reply, r, QStringLiteral("/files/") + id);
    return reply;
}

void FileRoutes::imported(const QString &id, const QByteArray &data, QString failure)
{
    Store &store = m_context.store;
    const FileRecord *f = store.file(id);
    if (!f)
        return;
    if (failure.isEmpty()) {
        FileRecord done = *f;
        done.file.bytes = data.size();
        done.file.status = QStringLiteral("processed");
        const auto failed = store.addFile(done, data);
        if (!failed)
            return;
        qWarning("emulator: import into %s not saved: %s", qPrintable(id), qPrintable(failed->message()));
        failure = QStringLiteral("fileImportFailed: the imported content could not be stored.");
    }
    FileRecord broken = *store.file(id);
    broken.file.status = QStringLiteral("error");
    broken.file.statusDetails = failure;
    if (auto failed = store.saveFile(broken))
        qWarning("emulator: import status of %s not saved: %s", qPrintable(id),
                 qPrintable(failed->message()));
}

HttpReply FileRoutes::get(const HttpRequest &r, const QString &id)
{
    const FileRecord *f = m_context.store.file(id);
    if (!f)
        return errorFor(r, notFound(r.surface, QStringLiteral("file"), id));
    return HttpReply::json(200, m_context.files.present(*f));
}

HttpReply FileRoutes::remove(const HttpRequest &r, const QString &id)
{
    if (!m_context.store.file(id))
        return errorFor(r, notFound(r.surface, QStringLiteral("file"), id));
    if (auto failed = m_context.store.removeFile(id))
        return notSaved(r, *failed);
    return HttpReply::json(200, js::Json{{"id", js::s(id)}, {"object", "file"}, {"deleted", true}});
}

HttpReply FileRoutes::content(const HttpRequest &r, const QString &id)
{
    const FileRecord *f = m_context.store.file(id);
    if (!f)
        return errorFor(r, notFound(r.surface, QStringLiteral("file"), id));
    HttpReply reply;
    reply.contentType = "application/octet-stream";
    if (!f->resultOfJob.isEmpty()) {
        const JobRecord *job = m_context.store.job(f->resultOfJob);
        reply.body = job ? m_context.simulator.resultsCsv(*job) : QByteArray();
        return reply; // octet-stream as well: the service labels every file's content so
    }
    if (!QFile::exists(m_context.store.blobPath(id)))
        return errorFor(r, notFound(r.surface, QStringLiteral("file"), id));
    reply.bodyFile = m_context.store.blobPath(id); // streamed: a large file is never read into memory
    return reply;
}

} // namespace ft::emu
