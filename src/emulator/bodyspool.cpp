#include "bodyspool.h"

#include "httpexchange.h"

#include <QTemporaryFile>

namespace ft::emu {

BodySpool::BodySpool(QString directory, qint64 memoryBytes)
    : m_directory(std::move(directory))
    , m_memoryBytes(memoryBytes)
{ }

BodySpool::~BodySpool() = default;

void BodySpool::append(const char *data, qint64 size)
{
    m_received += size;
    if (m_writeFailed)
        return;
    if (!m_file && m_memory.size() + size <= m_memoryBytes) {
        m_memory.append(data, qsizetype(size));
        return;
    }
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(m_directory + QStringLiteral("/body-XXXXXX"));
        if (!m_file->open() || m_file->write(m_memory) != m_memory.size()) {
            m_writeFailed = true;
            return;
        }
        m_memory = QByteArray();
    }
    if (m_file->write(data, size) != size)
        m_writeFailed = true;
}

bool BodySpool::finish(HttpRequest &r, bool multipart, qint64 maxInMemory, int *status, QString *problem)
{
    r.bodySize = m_received;
    if (!m_file && !m_writeFailed) {
        r.body = std::move(m_memory);
        return true;
    }
    if (m_writeFailed || !m_file->flush()) {
        *status = 507;
        *problem = QStringLiteral("The request body could not be stored: there is no space left.");
        return false;
    }
    if (multipart) {
        r.bodyFile = m_file->fileName();
        return true;
    }
    // Anything but a multipart upload is parsed in memory, so it is read back, up to a bound.
    if (m_received > maxInMemory) {
        *status = 413;
        *problem = QStringLiteral("The request body is larger than %1 bytes.").arg(maxInMemory);
        return false;
    }
    m_file->seek(0);
    r.body = m_file->readAll();
    m_file.reset();
    return true;
}

} // namespace ft::emu
