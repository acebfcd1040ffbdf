#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;
class QTemporaryFile;

namespace ft::emu {

struct HttpRequest;

// One part of a multipart/form-data body: small ones in memory, large ones (a file being uploaded) in a
// temporary file that is removed with the last copy of the part unless the store takes it first.
struct FormPart
{
    QString name;
    QString filename;
    QByteArray contentType;
    QByteArray data; // the content, when it is in memory
    std::shared_ptr<QTemporaryFile> file; // the content, when it was too large for memory
    qint64 size = 0;

    QString text() const; // a small field's value
};

// Parses multipart/form-data (RFC 7578) from a request, whose body is in memory or on disk, reading
// it as a stream: parts larger than `memoryLimit` bytes are written to files in `spoolDir`. Returns
// nothing when the body does not match the boundary given in the Content-Type header, or cannot be
// read or stored (then `storageFailed` is set).
std::optional<QList<FormPart>> parseMultipart(const HttpRequest &request, const QString &spoolDir,
                                              qint64 memoryLimit = 1 << 20, bool *storageFailed = nullptr);

} // namespace ft::emu
