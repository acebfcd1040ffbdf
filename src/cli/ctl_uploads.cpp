// ftctl uploads list | cancel: the unfinished chunked uploads that files upload resumes.

#include "clientgroups.h"

#include "core/jsonutil.h"
#include "core/uploadstate.h"

namespace ft::cli {

namespace js = core::js;

namespace {
class UploadsCommands final : public ClientCommand
{
public:
    using ClientCommand::ClientCommand;

    void list(const QStringList &)
    {
        const QString endpoint = m_client->connection().endpoint.toString();
        js::Json out = js::Json::array();
        for (const core::UploadState &u : uploadStates().all()) {
            if (u.endpoint != endpoint)
                continue;
            if (m_json)
                out.push_back(js::Json{{"upload_id", js::s(u.uploadId)},
                                       {"path", js::s(u.path)},
                                       {"bytes", u.bytes},
                                       {"confirmed_bytes", u.confirmedBytes()},
                                       {"parts", qint64(u.parts.size())},
                                       {"expires_at", u.expiresAt}});
            else
                printLine(QStringLiteral("%1  %2  %3 of %4 bytes in %5 part(s)")
                              .arg(u.uploadId, u.path)
                              .arg(u.confirmedBytes())
                              .arg(u.bytes)
                              .arg(u.parts.size()));
        }
        if (m_json)
            printJson(out);
        finish(0);
    }

    void cancel(const QStringList &args)
    {
        const QString &uploadId = args[0];
        for (const core::UploadState &u : uploadStates().all())
            if (u.uploadId == uploadId)
                uploadStates().remove(u);
        m_client->uploads().cancel(uploadId, this, shown<core::Upload>([](const core::Upload &u) {
                                       return QStringLiteral("%1  %2").arg(u.id, u.status);
                                   }));
    }
};
} // namespace

void addUploadsCommands(CommandRegistry &registry, const ClientSource &client)
{
    addClientGroup<UploadsCommands>(
        registry, QStringLiteral("uploads"),
        QStringLiteral(
            "  uploads list | uploads cancel UPLOAD_ID   (unfinished chunked uploads, resumed by files "
            "upload)\n"),
        client,
        {{"list", 0, "no argument", {}, &UploadsCommands::list},
         {"cancel", 1, "UPLOAD_ID", core::PathSegment::Kind::UploadId, &UploadsCommands::cancel}});
}

} // namespace ft::cli
