#pragma once

#include <QStringList>

namespace ft::test {

// Records every Qt log message ("category message") while it exists, and passes each on to the handler
// that was installed before. `filterRules` (QLoggingCategory's) switch on the categories to record. One at a
// time.
class MessageLog final
{
public:
    explicit MessageLog(const QString &filterRules = {});
    ~MessageLog();
    MessageLog(const MessageLog &) = delete;
    MessageLog &operator=(const MessageLog &) = delete;

    QStringList lines() const;
};

} // namespace ft::test
