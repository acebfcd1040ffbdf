#include "datasetchecktask.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

namespace ft::core {

struct DatasetCheckTask::Shared
{
    std::atomic_bool cancel{false};
    std::atomic_bool running{false};
    QSemaphore done{0};
};

DatasetCheckTask::DatasetCheckTask(QString path, DatasetAnalyzer::Options options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(std::move(options))
{ }

DatasetCheckTask::~DatasetCheckTask()
{
    if (m_shared && m_shared->running) {
        m_shared->cancel = true;
        m_shared->done.acquire(); // the worker checks the flag after every megabyte
    }
}

bool DatasetCheckTask::isRunning() const
{
    return m_shared && m_shared->running;
}

void DatasetCheckTask::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void DatasetCheckTask::start()
{
    if (isRunning())
        return;
    m_shared = std::make_shared<Shared>();
    m_shared->running = true;
    m_result.reset();
    m_error.clear();
    auto shared = m_shared;
    const QString path = m_path;
    const DatasetAnalyzer::Options options = m_options;
    QThreadPool::globalInstance()->start([this, shared, path, options] {
        int lastPercent = -1;
        QString error;
        auto result = DatasetAnalyzer::analyzeFile(
            path, options,
            [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
                }
                return !shared->cancel.load();
            },
            &error);
        const bool cancelled = shared->cancel.load();
        // Queued calls to `this` are dropped if it is deleted, and the destructor waits for `done`.
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), error, cancelled]() mutable {
                deliver(std::move(result), error, cancelled);
            },
            Qt::QueuedConnection);
        shared->running = false;
        shared->done.release();
    });
}

void DatasetCheckTask::deliver(std::optional<DatasetAnalysis> result, QString error, bool cancelled)
{
    m_result = std::move(result);
    m_error = std::move(error);
    m_cancelledResult = cancelled;
    emit finished();
}

} // namespace ft::core
