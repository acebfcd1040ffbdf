#include "messagelog.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

namespace ft::test {

namespace {
QStringList g_lines;
QMutex g_mutex;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

MessageLog::MessageLog(const QString &filterRules)
{
    if (!filterRules.isEmpty())
        QLoggingCategory::setFilterRules(filterRules);
    g_previous = qInstallMessageHandler(record);
}

MessageLog::~MessageLog()
{
    qInstallMessageHandler(g_previous);
    QMutexLocker lock(&g_mutex);
    g_lines.clear();
}

QStringList MessageLog::lines() const
{
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

} // namespace ft::test
