// ftctl files upload | list | show | download | delete

#include "clientgroups.h"
#include "table.h"

#include "api/fileuploader.h"
#include "api/pager.h"

#include "core/catalog.h"
#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace ft::cli {

namespace {
QString fileRow(const core::File &f)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(f.id, f.filename, Table::bytes(f.bytes.value_or(0)), f.purpose, f.status);
}

class FilesCommands final : public ClientCommand
{
public:
    using ClientCommand::ClientCommand;

    void upload(const QStringList &args)
    {
        const QString &path = args[0];
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
        sendFile(path, m_parser.value(QStringLiteral("purpose")), partSize,
                 m_parser.isSet(QStringLiteral("chunked")));
    }

    void list(const QStringList &)
    {
        const QString purpose =
            m_parser.isSet(QStringLiteral("purpose")) ? m_parser.value(QStringLiteral("purpose")) : QString();
        fetchAllThen<core::File>(
            [this, purpose](const QString &after, api::Callback<core::Page<core::File>> cb) {
                return m_client->files().list({purpose, after, 0, {}}, this, std::move(cb));
            },
            [this](const core::Page<core::File> &page) {
                Table t({QStringLiteral("ID"), QStringLiteral("FILENAME"), QStringLiteral("BYTES"),
                         QStringLiteral("CREATED"), QStringLiteral("PURPOSE"), QStringLiteral("STATUS")});
                for (const auto &f : page.data)
                    t.add({f.id, f.filename, QString::number(f.bytes.value_or(0)), Table::time(f.createdAt),
                           f.purpose, f.status});
                done(core::pageToJson(page), t);
            });
    }

    void show(const QStringList &args)
    {
        m_client->files().get(args[0], this, shown<core::File>([](const core::File &x) {
                                  return QStringLiteral("id:       %1\nfilename: %2\nbytes:    %3\ncreated:  "
                                                        "%4\npurpose:  %5\nstatus:   %6")
                                      .arg(x.id, x.filename, QString::number(x.bytes.value_or(0)),
                                           Table::time(x.createdAt), x.purpose, x.status);
                              }));
    }

    void download(const QStringList &args)
    {
        const QString &id = args[0];
        const QString &out = args[1];
        m_client->files().download(id, out, this, [this, id, out](const core::Result<core::Nothing> &r) {
            if (!r)
                return fail(r.error());
            const qint64 bytes = QFileInfo(out).size();
            done(core::js::Json{{"file_id", core::js::s(id)}, {"path", core::js::s(out)}, {"bytes", bytes}},
                 QStringLiteral("saved %1 (%2)").arg(out, Table::bytes(bytes)));
        });
    }

    void remove(const QStringList &args)
    {
        m_client->files().remove(args[0], this, shown<core::Deleted>(&ClientCommand::deletedLine));
    }

private:
    // Everything that moves the bytes of files upload is the shared uploader's (one request or the
    // Uploads API, resumable, then the wait until the service has processed the file); here only what
    // ftctl prints of it.
    void sendFile(const QString &path, const QString &purpose, qint64 partSize, bool forceChunked)
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
        api::FileUploader::Options options;
        options.purpose = purpose;
        options.forceChunked = forceChunked;
        options.partSize = partSize;
        options.waitUntilProcessed = !m_parser.isSet(QStringLiteral("no-wait"));
        options.waitTimeoutMs = timeoutMs(600);
        options.states = &uploadStates();
        auto *uploader = new api::FileUploader(*m_client, options, this);
        connect(uploader, &api::FileUploader::progress, this, progress);
        connect(uploader, &api::FileUploader::stateNotSaved, this, [this](const QString &message) {
            note(QStringLiteral("ftctl: warning: %1 An interrupted upload may start again.").arg(message));
        });
        connect(uploader, &api::FileUploader::resumed, this,
                [this](const QString &id, int parts, qint64 bytes) {
                    note(QStringLiteral("ftctl: resuming upload %1 after %2 confirmed part(s) (%3 bytes)")
                             .arg(id)
                             .arg(parts)
                             .arg(bytes));
                });
        uploader->upload(path, [this, uploader](core::Result<core::File> result) {
            // A file the service is still processing when the time is up (or deleted meanwhile) is shown as
            // it stands; one it could not process is a failure.
            if (!result && !api::FileUploader::isProcessingOutcome(result.error()))
                return fail(result.error());
            const core::File file = result ? result.value() : uploader->file().value_or(core::File{});
            if (file.isFailed()) {
                note(QStringLiteral("ftctl: the service could not process %1: %2")
                         .arg(file.id, file.statusDetails));
                return finish(1);
            }
            if (m_json)
                printJson(file.toJson());
            else
                printLine(fileRow(file));
            finish(0);
        });
    }
};
} // namespace

void addFilesCommands(CommandRegistry &registry, const ClientSource &client)
{
    using Kind = core::PathSegment::Kind;
    addClientGroup<FilesCommands>(
        registry, QStringLiteral("files"),
        QStringLiteral(
            "  files upload PATH | files list | files show ID | files download ID OUT | files delete ID\n"),
        client,
        {{"upload", 1, "PATH", {}, &FilesCommands::upload},
         {"list", 0, "no argument", {}, &FilesCommands::list},
         {"show", 1, "ID", Kind::FileId, &FilesCommands::show},
         {"download", 2, "ID OUT", Kind::FileId, &FilesCommands::download},
         {"delete", 1, "ID", Kind::FileId, &FilesCommands::remove}});
}

} // namespace ft::cli
