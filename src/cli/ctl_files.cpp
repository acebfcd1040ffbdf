// ftctl files ...

#include "ctl_files.h"
#include "commandregistry.h"
#include "table.h"

#include "api/chunkeduploader.h"
#include "api/pager.h"

#include "core/catalog.h"
#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace ft::cli {

namespace {
QString fileRow(const core::File &f)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(f.id, f.filename, Table::bytes(f.bytes.value_or(0)), f.purpose, f.status);
}
} // namespace

FilesCommands::FilesCommands(CommandContext &context, api::Client &client)
    : ClientCommand(context, client)
{ }

void FilesCommands::addTo(CommandRegistry &registry, const ClientSource &client)
{
    using Kind = core::PathSegment::Kind;
    registry.addGroup<FilesCommands>(
        QStringLiteral("files"),
        QStringLiteral(
            "  files upload PATH | files list | files show ID | files download ID OUT | files delete ID\n"),
        [client](CommandContext &c) { return new FilesCommands(c, client()); },
        {{"upload", 1, "PATH", {}, &FilesCommands::upload},
         {"list", 0, "no argument", {}, &FilesCommands::list},
         {"show", 1, "ID", Kind::FileId, &FilesCommands::show},
         {"download", 2, "ID OUT", Kind::FileId, &FilesCommands::download},
         {"delete", 1, "ID", Kind::FileId, &FilesCommands::remove}});
}

void FilesCommands::upload(const QStringList &args)
{
    const QString path = args[0];
    const QFileInfo info(path);
    if (!info.isFile()) {
        usage(QStringLiteral("%1 is not a readable file").arg(path));
        return;
    }
    const core::Catalog &catalog = core::Catalog::builtin();
    qint64 partSize = catalog.maxPartBytes();
    if (m_parser.isSet(QStringLiteral("part-size"))) {
        bool ok = false;
        partSize = m_parser.value(QStringLiteral("part-size")).toLongLong(&ok);
        if (!ok || partSize < 1 || partSize > catalog.maxPartBytes()) {
            usage(QStringLiteral("--part-size must be between 1 and %1").arg(catalog.maxPartBytes()));
            return;
        }
    }
    const bool chunked =
        m_parser.isSet(QStringLiteral("chunked")) || info.size() > catalog.chunkedThresholdBytes();
    sendFile(path, m_parser.value(QStringLiteral("purpose")), chunked ? partSize : 0);
}

// Everything that moves the bytes of files upload, in one place: in one request, or in parts through the
// Uploads API (resumable, its state kept between runs). Ends in waitForFile.
void FilesCommands::sendFile(const QString &path, const QString &purpose, qint64 partSize)
{
    const bool showProgress = !m_json && isatty(STDERR_FILENO);
    auto progress = [showProgress, last = -1](qint64 sent, qint64 total) mutable {
        if (!showProgress || total <= 0)
            return;
        const int pct = int(sent * 100 / total);
        if (pct != last) {
            last = pct;
            std::fprintf(stderr, "\ruploading… %3d%%", pct);
            if (pct == 100)
                std::fputc('\n', stderr);
            std::fflush(stderr);
        }
    };
    auto uploaded = [this](core::Result<core::File> file) {
        if (!file)
            return fail(file.error());
        if (m_parser.isSet(QStringLiteral("no-wait")))
            return waitForFile(file.value(), 0);
        waitForFile(file.value(), int(timeoutMs(600) / 500));
    };
    if (partSize > 0) {
        auto *uploader = new api::ChunkedUploader(m_client->uploads(), path, purpose, partSize, this);
        uploader->setStateStore(&uploadStates(), m_client->connection().endpoint.toString());
        uploader->setFilesApi(&m_client->files());
        connect(uploader, &api::ChunkedUploader::progress, this, progress);
        connect(uploader, &api::ChunkedUploader::stateNotSaved, this, [this](const QString &message) {
            note(QStringLiteral("ftctl: warning: %1 An interrupted upload may start again.").arg(message));
        });
        connect(uploader, &api::ChunkedUploader::resumed, this, [this, uploader](int parts, qint64 bytes) {
            note(QStringLiteral("ftctl: resuming upload %1 after %2 confirmed part(s) (%3 bytes)")
                     .arg(uploader->uploadId())
                     .arg(parts)
                     .arg(bytes));
        });
        uploader->start(uploaded);
        return;
    }
    api::PendingCall *call = m_client->files().upload(path, purpose, this, uploaded);
    if (call)
        connect(call, &api::PendingCall::uploadProgress, this, progress);
}

// Azure processes a file for a while after the upload; jobs need it "processed".
void FilesCommands::waitForFile(const core::File &file, int attempts)
{
    if (file.isFailed()) {
        note(QStringLiteral("ftctl: the service could not process %1: %2").arg(file.id, file.statusDetails));
        finish(1);
        return;
    }
    if (file.isReady() || attempts <= 0 || file.status == u"deleted") {
        if (m_json)
            printJson(file.toJson());
        else
            printLine(fileRow(file));
        finish(0);
        return;
    }
    QTimer::singleShot(500, this, [this, id = file.id, attempts] {
        m_client->files().get(id, this, [this, id, attempts](core::Result<core::File> f) {
            if (!f && f.error().isTransient() && attempts > 1) {
                core::File pending; // ask again at the next poll
                pending.id = id;
                pending.status = QStringLiteral("pending");
                return waitForFile(pending, attempts - 1);
            }
            if (!f)
                return fail(f.error());
            waitForFile(f.value(), attempts - 1);
        });
    });
}

void FilesCommands::list(const QStringList &)
{
    const QString purpose =
        m_parser.isSet(QStringLiteral("purpose")) ? m_parser.value(QStringLiteral("purpose")) : QString();
    api::fetchAll<core::File>(
        [this, purpose](const QString &after, api::Callback<core::Page<core::File>> cb) {
            return m_client->files().list({purpose, after, 0, {}}, this, std::move(cb));
        },
        [this](core::Result<core::Page<core::File>> page) {
            if (!page)
                return fail(page.error());
            Table t({QStringLiteral("ID"), QStringLiteral("FILENAME"), QStringLiteral("BYTES"),
                     QStringLiteral("CREATED"), QStringLiteral("PURPOSE"), QStringLiteral("STATUS")});
            for (const auto &f : page.value().data)
                t.add({f.id, f.filename, QString::number(f.bytes.value_or(0)), Table::time(f.createdAt),
                       f.purpose, f.status});
            done(core::pageToJson(page.value()), t);
        });
}

void FilesCommands::show(const QStringList &args)
{
    m_client->files().get(args[0], this, [this](core::Result<core::File> f) {
        if (!f)
            return fail(f.error());
        const core::File &x = f.value();
        done(x.toJson(),
             QStringLiteral(
                 "id:       %1\nfilename: %2\nbytes:    %3\ncreated:  %4\npurpose:  %5\nstatus:   %6")
                 .arg(x.id, x.filename, QString::number(x.bytes.value_or(0)), Table::time(x.createdAt),
                      x.purpose, x.status));
    });
}

void FilesCommands::download(const QStringList &args)
{
    const QString id = args[0];
    const QString out = args[1];
    m_client->files().download(id, out, this, [this, id, out](core::Result<core::Nothing> r) {
        if (!r)
            return fail(r.error());
        const qint64 bytes = QFileInfo(out).size();
        done(core::js::Json{{"file_id", core::js::s(id)}, {"path", core::js::s(out)}, {"bytes", bytes}},
             QStringLiteral("saved %1 (%2)").arg(out, Table::bytes(bytes)));
    });
}

void FilesCommands::remove(const QStringList &args)
{
    m_client->files().remove(args[0], this, [this](core::Result<core::Deleted> d) {
        if (!d)
            return fail(d.error());
        done(d.value().toJson(), QStringLiteral("deleted %1").arg(d.value().id));
    });
}

} // namespace ft::cli
