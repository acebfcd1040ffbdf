#pragma once

#include "writeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace ft::core {

// What this computer has uploaded where: the same bytes under the same name and purpose to the same
// resource are not uploaded twice. Kept in one small JSON file (written whole or not at all); it holds
// no secret, only resource addresses, content hashes, names and file ids.
class UploadIndex
{
public:
    struct Entry
    {
        QString resource; // the endpoint the file went to
        QString sha256; // hex, of the bytes
        QString filename;
        QString purpose;
        qint64 bytes = 0;
        QString fileId;
    };

    explicit UploadIndex(QString path);

    // The file id an earlier upload of these bytes got; the caller checks that the file still exists.
    std::optional<QString> find(const QString &resource, const QString &sha256, const QString &filename,
                                const QString &purpose) const;
    // Remembers an upload (replacing an older one of the same bytes, name and purpose).
    [[nodiscard]] std::optional<WriteError> remember(const Entry &entry);
    // Forgets a file id (deleted on the resource, or no longer there).
    [[nodiscard]] std::optional<WriteError> forget(const QString &resource, const QString &fileId);

    // The SHA-256 of everything the device still has to read, in hex; empty when it cannot be read.
    static QString sha256Of(QIODevice &device);
    static QString sha256OfFile(const QString &path);

private:
    QList<Entry> load() const;
    std::optional<WriteError> save(const QList<Entry> &entries) const;

    QString m_path;
};

} // namespace ft::core
