#pragma once

#include "finetuningjob.h"
#include "jobevent.h"
#include "writeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ft::core {

// What the app fetched, kept on disk per connection (app data directory): job objects, their events
// and results.csv. When the service cannot be reached the dashboard shows these, read-only.
// Files are written whole or not at all; nothing secret is ever cached. A store that fails (a full
// disk) keeps the previous copy and says why, for the caller to show.
class LocalCache
{
public:
    explicit LocalCache(QString directory);

    QString directory() const { return m_dir; }
    [[nodiscard]] std::optional<WriteError> storeJobs(const QList<FineTuningJob> &jobs);
    QList<FineTuningJob> jobs() const;
    qint64 jobsSavedAt() const;
    [[nodiscard]] std::optional<WriteError> storeEvents(const QString &jobId, const QList<JobEvent> &events);
    QList<JobEvent> events(const QString &jobId) const;
    [[nodiscard]] std::optional<WriteError> storeResults(const QString &jobId, const QByteArray &csv);
    std::optional<QByteArray> results(const QString &jobId) const;

    static QString defaultDirectory(const QString &connectionId);

private:
    QString path(const QString &name) const;
    std::optional<WriteError> write(const QString &name, const QByteArray &bytes) const;
    std::optional<QByteArray> read(const QString &name) const;

    QString m_dir;
};

} // namespace ft::core
