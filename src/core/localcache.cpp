#include "localcache.h"

#include "atomicfile.h"
#include "jsonutil.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>

namespace ft::core {

namespace {
// Ids come from the service: keep only what is safe in a file name.
QString safe(const QString &id)
{
    QString out;
    for (QChar c : id)
        out += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') ? c : u'_';
    if (out.isEmpty() || out.startsWith(u'.')) // never "", "." or "..": a name, not a way out
        out.prepend(u'_');
    return out;
}
} // namespace

LocalCache::LocalCache(QString directory)
    : m_dir(std::move(directory))
{ }

QString LocalCache::defaultDirectory(const QString &connectionId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/")
        + safe(connectionId);
}

QString LocalCache::path(const QString &name) const
{
    return m_dir + u'/' + name;
}

std::optional<WriteError> LocalCache::write(const QString &name, const QByteArray &bytes) const
{
    return AtomicFile::save(path(name), bytes);
}

std::optional<QByteArray> LocalCache::read(const QString &name) const
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

std::optional<WriteError> LocalCache::storeJobs(const QList<FineTuningJob> &jobs)
{
    js::Json data = js::Json::array();
    for (const auto &j : jobs)
        data.push_back(j.toJson());
    return write(QStringLiteral("jobs.json"),
                 js::dump(js::Json{{"saved_at", QDateTime::currentSecsSinceEpoch()}, {"data", data}}));
}

QList<FineTuningJob> LocalCache::jobs() const
{
    QList<FineTuningJob> out;
    js::Json doc;
    if (const auto bytes = read(QStringLiteral("jobs.json")); bytes && js::parse(*bytes, doc)) {
        if (const auto *data = js::find(doc, "data"); data && data->is_array())
            for (const auto &j : *data)
                out << FineTuningJob::fromJson(j);
    }
    return out;
}

qint64 LocalCache::jobsSavedAt() const
{
    js::Json doc;
    if (const auto bytes = read(QStringLiteral("jobs.json")); bytes && js::parse(*bytes, doc))
        return js::int64(doc, "saved_at");
    return 0;
}

std::optional<WriteError> LocalCache::storeEvents(const QString &jobId, const QList<JobEvent> &events)
{
    js::Json data = js::Json::array();
    for (const auto &e : events)
        data.push_back(e.toJson());
    return write(QStringLiteral("events/%1.json").arg(safe(jobId)), js::dump(data));
}

QList<JobEvent> LocalCache::events(const QString &jobId) const
{
    QList<JobEvent> out;
    js::Json doc;
    if (const auto bytes = read(QStringLiteral("events/%1.json").arg(safe(jobId)));
        bytes && js::parse(*bytes, doc) && doc.is_array())
        for (const auto &e : doc)
            out << JobEvent::fromJson(e);
    return out;
}

std::optional<WriteError> LocalCache::storeResults(const QString &jobId, const QByteArray &csv)
{
    return write(QStringLiteral("results/%1.csv").arg(safe(jobId)), csv);
}

std::optional<QByteArray> LocalCache::results(const QString &jobId) const
{
    return read(QStringLiteral("results/%1.csv").arg(safe(jobId)));
}

} // namespace ft::core
