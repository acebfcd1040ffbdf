#pragma once

#include <QString>

namespace ft::core {

// Why a file could not be saved, in terms a user can act on (free some space, fix a permission).
// Whatever failed, the file's previous version is still there: writes are whole or not at all.
struct WriteError
{
    enum class Reason { NoSpace, Permission, ReadOnly, Io };

    Reason reason = Reason::Io;
    QString path; // the file that was to be written
    QString detail; // the system's own words, e.g. "No space left on device"

    // From an errno value and the file concerned.
    static WriteError fromErrno(int error, const QString &path);
    // One sentence naming the file and the reason, translated: "… could not be saved: the disk is full."
    QString message() const;
    // The reason alone, translated, without the path (for answers that must not reveal it).
    QString reasonText() const;
};

} // namespace ft::core
