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
    // Sends the file: in parts of partSize bytes through the Uploads API, or in one request when partSize
    // is 0.
    void sendFile(const QString &path, const QString &purpose, qint64 partSize);
    void waitForFile(const ft::core::File &file, int attempts);
};

} // namespace ft::cli
