#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtGlobal>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ft::core {

namespace {
// Test-only (see the header): how many bytes a write to `path` may take before it fails, or -1.
qint64 injectedFailure(const QString &path)
{
    const QString pattern = qEnvironmentVariable("FT_FAIL_WRITES");
    if (pattern.isEmpty() || !QRegularExpression(pattern).match(path).hasMatch())
        return -1;
    const QString key = pattern + u'\n' + qEnvironmentVariable("FT_FAIL_WRITES_SKIP");
    static QMutex mutex;
    static QString counted; // the injection being counted: a new one counts from zero
    static qint64 matched = 0;
    {
        const QMutexLocker lock(&mutex);
        if (key != counted) {
            counted = key;
            matched = 0;
        }
        if (++matched <= qEnvironmentVariableIntValue("FT_FAIL_WRITES_SKIP"))
            return -1;
    }
    return std::max(0, qEnvironmentVariableIntValue("FT_FAIL_WRITES_AFTER_BYTES"));
}

// A directory's entries reach the disk only when the directory itself is synced.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        qWarning("cannot open %s to sync it: %s", qPrintable(dir), qPrintable(qt_error_string(errno)));
        return;
    }
    // Some file systems cannot sync a directory (EINVAL); the rename is done and visible either way,
    // so a failure here is reported but does not undo the write.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP)
        qWarning("cannot sync %s: %s", qPrintable(dir), qPrintable(qt_error_string(errno)));
    if (::close(fd) != 0)
        qWarning("cannot close %s: %s", qPrintable(dir), qPrintable(qt_error_string(errno)));
}
} // namespace

AtomicFile::AtomicFile(QString path)
    : m_path(std::move(path))
{ }

AtomicFile::~AtomicFile()
{
    discard();
}

std::optional<WriteError> AtomicFile::fail(int error)
{
    if (!m_error)
        m_error = WriteError::fromErrno(error, m_path);
    discard();
    return m_error;
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd); // the file is thrown away: nothing to learn from closing it
        m_fd = -1;
    }
    if (!m_temp.isEmpty()) {
        ::unlink(m_temp.constData());
        m_temp.clear();
    }
}

void AtomicFile::cancel()
{
    discard();
    if (!m_error)
        m_error = WriteError::fromErrno(ECANCELED, m_path);
}

std::optional<WriteError> AtomicFile::open()
{
    if (m_error)
        return m_error;
    if (m_fd >= 0)
        return std::nullopt;
    const QString dir = QFileInfo(m_path).absolutePath();
    errno = 0;
    if (!QDir().mkpath(dir))
        return fail(errno != 0 ? errno : EACCES);
    m_failAfter = injectedFailure(m_path);
    for (int attempt = 0; attempt < 100; ++attempt) {
        // Beside the target (a rename never crosses file systems), named so that readers of the
        // directory can tell it is not a finished file: "<name>.tmp-<random>".
        const QByteArray name = QFile::encodeName(m_path) + ".tmp-"
            + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            m_fd = fd;
            m_temp = name;
            m_written = 0;
            return std::nullopt;
        }
        if (errno != EEXIST && errno != EINTR)
            return fail(errno);
    }
    return fail(EEXIST);
}

std::optional<WriteError> AtomicFile::write(QByteArrayView bytes)
{
    if (m_error)
        return m_error;
    if (m_fd < 0)
        return fail(EBADF);
    const char *data = bytes.data();
    qint64 left = bytes.size();
    while (left > 0) {
        qint64 chunk = left;
        if (m_failAfter >= 0) {
            chunk = std::min(chunk, m_failAfter - m_written);
            if (chunk <= 0)
                return fail(ENOSPC);
        }
        const ssize_t n = ::write(m_fd, data, size_t(chunk));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        if (n == 0)
            return fail(ENOSPC);
        data += n;
        left -= n;
        m_written += n;
    }
    return std::nullopt;
}

std::optional<WriteError> AtomicFile::writeFrom(QIODevice &source)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (!m_error) {
                m_error = WriteError::fromErrno(EIO, m_path);
                m_error->detail = source.errorString();
            }
            discard();
            return m_error;
        }
        if (n == 0)
            return std::nullopt;
        if (auto e = write(QByteArrayView(buffer.constData(), n)))
            return e;
    }
}

std::optional<WriteError> AtomicFile::commit()
{
    if (m_error)
        return m_error;
    if (m_fd < 0)
        return fail(EBADF);
    if (m_failAfter >= 0) // injected: the disk fills before this file is done
        return fail(ENOSPC);
    if (::fsync(m_fd) != 0)
        return fail(errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return fail(errno);
    if (::rename(m_temp.constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail(errno);
    m_temp.clear();
    syncDirectory(QFileInfo(m_path).absolutePath());
    return std::nullopt;
}

std::optional<WriteError> AtomicFile::adopt(const QString &finishedFile, const QString &path)
{
    if (injectedFailure(path) >= 0)
        return WriteError::fromErrno(ENOSPC, path);
    const QByteArray from = QFile::encodeName(finishedFile);
    const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return WriteError::fromErrno(errno, path);
    const int synced = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd); // opened only to sync it
    if (synced != 0)
        return WriteError::fromErrno(synced, path);
    const QString dir = QFileInfo(path).absolutePath();
    errno = 0;
    if (!QDir().mkpath(dir))
        return WriteError::fromErrno(errno != 0 ? errno : EACCES, path);
    if (::rename(from.constData(), QFile::encodeName(path).constData()) != 0)
        return WriteError::fromErrno(errno, path);
    syncDirectory(dir);
    return std::nullopt;
}

std::optional<WriteError> AtomicFile::save(const QString &path, QByteArrayView bytes)
{
    AtomicFile file(path);
    if (auto e = file.open())
        return e;
    if (auto e = file.write(bytes))
        return e;
    return file.commit();
}

std::optional<WriteError> AtomicFile::remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        if (errno == ENOENT)
            return std::nullopt;
        return WriteError::fromErrno(errno, path);
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return std::nullopt;
}

} // namespace ft::core
