#pragma once

#include <QString>

namespace ft::test {

// A small tmpfs for one test, to run out of space for real: mounted in a mount namespace of the test
// process's own (so it never shows outside and goes when the process does, even after a crash), filled
// with a filler file until the disk is full, freed again, unmounted by the destructor. Needs the right
// to mount (root); mount() says why when it cannot, for the test to skip.
class TinyFilesystem
{
public:
    TinyFilesystem() = default;
    ~TinyFilesystem();
    TinyFilesystem(const TinyFilesystem &) = delete;
    TinyFilesystem &operator=(const TinyFilesystem &) = delete;

    bool mount(const QString &directory, qint64 bytes, QString *why);
    bool fill(QString *why); // writes until ENOSPC
    bool free(QString *why); // removes the filler
    void unmount();
    qint64 available() const; // bytes still free
    QString path() const { return m_dir; }

private:
    QString m_dir;
    bool m_mounted = false;
};

} // namespace ft::test
