#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace ft::emu {

struct HttpRequest;

// A request body as it arrives: in memory up to a small size, then in a temporary file in the spool
// directory, so a large upload costs no memory. The file goes with the spool.
class BodySpool final
{
public:
    BodySpool(QString directory, qint64 memoryBytes);
    ~BodySpool();
    BodySpool(const BodySpool &) = delete;
    BodySpool &operator=(const BodySpool &) = delete;

    void append(const char *data, qint64 size);
    qint64 received() const { return m_received; }

    // Hands the body to the request: a multipart body stays in its file (request.bodyFile), any
    // other is read back into memory, up to `maxInMemory` bytes. False with the status and the reason
    // when it cannot be (no space left: 507; too large: 413).
    bool finish(HttpRequest &request, bool multipart, qint64 maxInMemory, int *status, QString *problem);

private:
    QString m_directory;
    qint64 m_memoryBytes;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_received = 0;
    bool m_writeFailed = false;
};

} // namespace ft::emu
