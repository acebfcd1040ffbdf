#include "tinyfilesystem.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ft::test {

namespace {
const char kFiller[] = "/filler.bin";

QString lastError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

// Once per process: a mount namespace of its own whose mounts do not propagate to the host. The
// emulator processes the test starts inherit it, so they see the tmpfs too.
bool privateNamespace(QString *why)
{
    static int state = 0; // 0 not tried, 1 done, -1 failed
    static QString reason;
    if (state == 0) {
        if (::unshare(CLONE_NEWNS) != 0) {
            reason = lastError("unshare(CLONE_NEWNS)");
            state = -1;
        } else if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            reason = lastError("making / private");
            state = -1;
        } else {
            state = 1;
        }
    }
    if (state < 0 && why)
        *why = reason;
    return state > 0;
}
} // namespace

TinyFilesystem::~TinyFilesystem()
{
    unmount();
}

bool TinyFilesystem::mount(const QString &directory, qint64 bytes, QString *why)
{
    if (!privateNamespace(why))
        return false;
    if (!QDir().mkpath(directory)) {
        if (why)
            *why = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes);
    if (::mount("tmpfs", QFile::encodeName(directory).constData(), "tmpfs", 0, options.constData()) != 0) {
        if (why)
            *why = lastError("mount -t tmpfs");
        return false;
    }
    m_dir = directory;
    m_mounted = true;
    return true;
}

bool TinyFilesystem::fill(QString *why)
{
    const int fd = ::open(QFile::encodeName(m_dir + QLatin1String(kFiller)).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (why)
            *why = lastError("open filler");
        return false;
    }
    const QByteArray block(4096, 'f');
    bool full = false;
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n > 0)
            continue;
        if (n < 0 && errno == EINTR)
            continue;
        full = n == 0 || errno == ENOSPC;
        break;
    }
    // Smaller writes take the last partial block.
    for (ssize_t n = 1; n > 0;)
        n = ::write(fd, "f", 1);
    ::close(fd);
    if (!full && why)
        *why = lastError("filling");
    return full && available() == 0;
}

bool TinyFilesystem::free(QString *why)
{
    if (::unlink(QFile::encodeName(m_dir + QLatin1String(kFiller)).constData()) != 0) {
        if (why)
            *why = lastError("removing filler");
        return false;
    }
    return true;
}

void TinyFilesystem::unmount()
{
    if (!m_mounted)
        return;
    // Lazily: an emulator still running there must not keep the mount alive.
    if (::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH) != 0)
        qWarning("cannot unmount %s: %s", qPrintable(m_dir), std::strerror(errno));
    m_mounted = false;
}

qint64 TinyFilesystem::available() const
{
    struct statvfs s;
    if (::statvfs(QFile::encodeName(m_dir).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

} // namespace ft::test
