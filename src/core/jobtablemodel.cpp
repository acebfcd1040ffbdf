#include "jobtablemodel.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ft::core {

namespace {

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QCoreApplication::translate("JobTableModel", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("JobTableModel", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    return QCoreApplication::translate("JobTableModel", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}
} // namespace

namespace {
constexpr const char *kColumnTitles[] = {
    QT_TRANSLATE_NOOP("JobTableModel", "Job"),        QT_TRANSLATE_NOOP("JobTableModel", "Model / suffix"),
    QT_TRANSLATE_NOOP("JobTableModel", "Base model"), QT_TRANSLATE_NOOP("JobTableModel", "Method"),
    QT_TRANSLATE_NOOP("JobTableModel", "Status"),     QT_TRANSLATE_NOOP("JobTableModel", "Created"),
    QT_TRANSLATE_NOOP("JobTableModel", "Duration"),   QT_TRANSLATE_NOOP("JobTableModel", "Trained tokens"),
    QT_TRANSLATE_NOOP("JobTableModel", "Queue")};
static_assert(std::size(kColumnTitles) == JobTableModel::ColumnCount);
} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : TitledColumns("JobTableModel", kColumnTitles, parent)
{ }

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

namespace {
constexpr EnumName<JobState> kStateNames[] = {
    {JobState::Validating, QT_TRANSLATE_NOOP("JobTableModel", "Validating files")},
    {JobState::Queued, QT_TRANSLATE_NOOP("JobTableModel", "Queued")},
    {JobState::Running, QT_TRANSLATE_NOOP("JobTableModel", "Running")},
    {JobState::Pausing, QT_TRANSLATE_NOOP("JobTableModel", "Pausing")},
    {JobState::Paused, QT_TRANSLATE_NOOP("JobTableModel", "Paused")},
    {JobState::Resuming, QT_TRANSLATE_NOOP("JobTableModel", "Resuming")},
    {JobState::Succeeded, QT_TRANSLATE_NOOP("JobTableModel", "Succeeded")},
    {JobState::Failed, QT_TRANSLATE_NOOP("JobTableModel", "Failed")},
    {JobState::Cancelled, QT_TRANSLATE_NOOP("JobTableModel", "Cancelled")},
};
constexpr EnumName<MethodType> kMethodNames[] = {
    {MethodType::Supervised, QT_TRANSLATE_NOOP("JobTableModel", "Supervised")},
    {MethodType::Dpo, QT_TRANSLATE_NOOP("JobTableModel", "DPO")},
    {MethodType::Reinforcement, QT_TRANSLATE_NOOP("JobTableModel", "Reinforcement")},
};
} // namespace

QString JobTableModel::stateName(JobState state)
{
    return translatedNameOf("JobTableModel", kStateNames, state);
}

QString JobTableModel::methodName(MethodType method)
{
    return translatedNameOf("JobTableModel", kMethodNames, method);
}

void JobTableModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, Duration), index(int(m_jobs.size()) - 1, Duration));
}

qint64 JobTableModel::queuePosition(const FineTuningJob &job) const
{
    if (job.state() != JobState::Queued)
        return 0;
    qint64 ahead = 0;
    bool running = false;
    for (const FineTuningJob &other : m_jobs) {
        const JobState s = other.state();
        if (s == JobState::Running)
            running = true;
        if (s == JobState::Queued
            && (other.createdAt < job.createdAt || (other.createdAt == job.createdAt && other.id < job.id)))
            ++ahead;
    }
    return ahead + (running ? 2 : 1);
}

QVariant JobTableModel::display(const FineTuningJob &job, int column) const
{
    const QLocale locale;
    switch (column) {
    case Id:
        return job.id;
    case Name:
        if (!job.fineTunedModel.isEmpty())
            return job.fineTunedModel;
        return job.suffix.isEmpty() ? QCoreApplication::translate("JobTableModel", "(no suffix)")
                                    : job.suffix;
    case BaseModel:
        return job.model;
    case Method: {
        const QString name = methodName(job.methodType());
        return name.isEmpty() && job.method ? job.method->typeName : name;
    }
    case Status: {
        const QString name = stateName(job.state());
        return name.isEmpty() ? job.status : name;
    }
    case Created:
        return job.createdAt > 0
            ? locale.toString(QDateTime::fromSecsSinceEpoch(job.createdAt), QLocale::ShortFormat)
            : QString();
    case Duration: {
        const qint64 now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
        if (job.finishedAt)
            return duration(*job.finishedAt - job.createdAt);
        if (job.estimatedFinish && *job.estimatedFinish > 0)
            return QCoreApplication::translate("JobTableModel", "done in about %1")
                .arg(duration(*job.estimatedFinish - now));
        if (isActive(job.state()) || job.state() == JobState::Paused)
            return duration(now - job.createdAt);
        return {};
    }
    case TrainedTokens:
        return job.trainedTokens ? locale.toString(*job.trainedTokens) : QString();
    case QueuePosition: {
        const qint64 p = queuePosition(job);
        return p > 0 ? QString::number(p) : QString();
    }
    default:
        return {};
    }
}

QVariant JobTableModel::sortValue(const FineTuningJob &job, int column) const
{
    switch (column) {
    case Created:
        return job.createdAt;
    case Duration:
        return job.finishedAt ? *job.finishedAt - job.createdAt : job.estimatedFinish.value_or(0);
    case TrainedTokens:
        return job.trainedTokens.value_or(-1);
    case QueuePosition:
        return queuePosition(job);
    case Status:
        return int(job.state());
    default:
        return display(job, column);
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const FineTuningJob &job = m_jobs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && job.error.isSet())
            return job.error.message;
        if (index.column() == Status && job.state() == JobState::Unknown)
            return QCoreApplication::translate(
                       "JobTableModel",
                       "The service reported the status \"%1\", which this version does not know.")
                .arg(job.status);
        return {};
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state());
    case StatusRole:
        return job.status;
    case MethodRole:
        return int(job.methodType());
    case SortRole:
        return sortValue(job, index.column());
    default:
        return {};
    }
}

void JobTableModel::upsert(const QList<FineTuningJob> &jobs)
{
    QList<FineTuningJob> fresh;
    for (const FineTuningJob &job : jobs) {
        const auto it = m_rows.constFind(job.id);
        if (it == m_rows.constEnd()) {
            fresh.append(job);
            continue;
        }
        const int row = *it;
        const FineTuningJob &old = m_jobs[row];
        const bool queueMayMove = old.status != job.status;
        m_jobs[row] = job;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (queueMayMove && !m_jobs.isEmpty())
            emit dataChanged(index(0, QueuePosition), index(int(m_jobs.size()) - 1, QueuePosition));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_jobs.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const FineTuningJob &job : fresh) {
            m_rows.insert(job.id, int(m_jobs.size()));
            m_jobs.append(job);
        }
        endInsertRows();
    }
}

void JobTableModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    m_rows.clear();
    for (int i = 0; i < m_jobs.size(); ++i)
        m_rows.insert(m_jobs[i].id, i);
    endRemoveRows();
}

void JobTableModel::clear()
{
    if (m_jobs.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_jobs.size()) - 1);
    m_jobs.clear();
    m_rows.clear();
    endRemoveRows();
}

const FineTuningJob *JobTableModel::job(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

const FineTuningJob *JobTableModel::jobById(const QString &id) const
{
    return job(rowOf(id));
}

int JobTableModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

} // namespace ft::core
