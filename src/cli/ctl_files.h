#pragma once

#include "clientcommand.h"

#include <QStringList>

namespace ft::core {
struct File;
}

namespace ft::cli {

class CommandRegistry;

// ftctl files upload | list | show | download | delete
class FilesCommands final : public ClientCommand
{
public:
    FilesCommands(CommandContext &context, api::Client &client);

    static void addTo(CommandRegistry &registry, const ClientSource &client);

    void upload(const QStringList &args);
    void list(const QStringList &args);
    void show(const QStringList &args);
    void download(const QStringList &args);
    void remove(const QStringList &args);

private:
    // Sends the file through the shared uploader (parts of partSize bytes when it goes through the
    // Uploads API) and prints it once the service has processed it.
    void sendFile(const QString &path, const QString &purpose, qint64 partSize, bool forceChunked);
};

} // namespace ft::cli
