#pragma once

#include <QString>

namespace ft::test {

// Makes every whole-or-nothing write (core::AtomicFile) to a path matching `pattern` fail as a full
// disk would, in this process and in the processes it starts, until destroyed. `afterBytes` reach the
// temporary file first; the first `skip` matching writes still succeed.
class InjectedWriteFailure
{
public:
    explicit InjectedWriteFailure(const QString &pattern, int afterBytes = 0, int skip = 0);
    ~InjectedWriteFailure();
    InjectedWriteFailure(const InjectedWriteFailure &) = delete;
    InjectedWriteFailure &operator=(const InjectedWriteFailure &) = delete;
};

} // namespace ft::test
