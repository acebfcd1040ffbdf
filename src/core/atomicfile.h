#pragma once

#include "writeerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

class QIODevice;

namespace ft::core {

// Writes a file whole or not at all: the bytes go to a temporary file beside it, which is flushed to
// the disk and then renamed over the target, and the directory is synced. Every step is checked; the
// first failure is kept and returned by every later call, the temporary file is removed, and the
// previous version of the target stays as it was. (QSaveFile in Qt 6.4 can commit an empty or
// truncated file when the disk fills, because a failed final flush does not fail the commit.)
//
// Test-only failure injection, for proving that every caller copes with a full disk; never set in
// production. FT_FAIL_WRITES holds a regular expression: every write whose target path matches fails
// as a full disk would (ENOSPC). FT_FAIL_WRITES_AFTER_BYTES lets that many bytes reach the temporary
// file first (default 0), as a disk that fills half way through a file. FT_FAIL_WRITES_SKIP lets that
// many matching writes of the process succeed before the failures begin (default 0).
class AtomicFile final
{
public:
    explicit AtomicFile(QString path);
    ~AtomicFile(); // an uncommitted file is discarded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates the directory if needed and the temporary file.
    [[nodiscard]] std::optional<WriteError> open();
    [[nodiscard]] std::optional<WriteError> write(QByteArrayView bytes);
    // Everything the device still has to read (a read error fails the write too).
    [[nodiscard]] std::optional<WriteError> writeFrom(QIODevice &source);
    // Syncs, closes and renames over the target: after success the new version is on the disk.
    [[nodiscard]] std::optional<WriteError> commit();
    void cancel();
    QString path() const { return m_path; }

    // The whole file in one call.
    [[nodiscard]] static std::optional<WriteError> save(const QString &path, QByteArrayView bytes);
    // Moves a file that is already written in full (on the same file system) over `path`: the file is
    // synced, renamed and its new directory synced, so it is there whole or not at all.
    [[nodiscard]] static std::optional<WriteError> adopt(const QString &finishedFile, const QString &path);
    // Removes a file (one that is not there counts as removed) and syncs its directory.
    [[nodiscard]] static std::optional<WriteError> remove(const QString &path);

private:
    std::optional<WriteError> fail(int error);
    void discard();

    QString m_path;
    QByteArray m_temp; // the temporary file's name, encoded for the file system
    int m_fd = -1;
    qint64 m_written = 0;
    qint64 m_failAfter = -1; // injected: fail once this many bytes are written (-1: no injection)
    std::optional<WriteError> m_error;
};

} // namespace ft::core
