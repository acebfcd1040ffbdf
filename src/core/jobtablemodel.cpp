#include "jobtablemodel.h"

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

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::stateName(JobState state)
{
    switch (state) {
    case JobState::Validating:
        return QCoreApplication::translate("JobTableModel", "Validating files");
    case JobState::Queued:
        return QCoreApplication::translate("JobTableModel", "Queued");
    case JobState::Running:
        return QCoreApplication::translate("JobTableModel", "Running");
    case JobState::Pausing:
        return QCoreApplication::translate("JobTableModel", "Pausing");
    case JobState::Paused:
        return QCoreApplication::translate("JobTableModel", "Paused");
    case JobState::Resuming:
        return QCoreApplication::translate("JobTableModel", "Resuming");
    case JobState::Succeeded:
        return QCoreApplication::translate("JobTableModel", "Succeeded");
    case JobState::Failed:
        return QCoreApplication::translate("JobTableModel", "Failed");
    case JobState::Cancelled:
        return QCoreApplication::translate("JobTableModel", "Cancelled");
    case JobState::Unknown:
        break;
    }
    return {};
}

QString JobTableModel::methodName(MethodType method)
{
    switch (method) {
    case MethodType::Supervised:
        return QCoreApplication::translate("JobTableModel", "Supervised");
    case MethodType::Dpo:
        return QCoreApplication::translate("JobTableModel", "DPO");
    case MethodType::Reinforcement:
        return QCoreApplication::translate("JobTableModel", "Reinforcement");
    case MethodType::Unknown:
        break;
    }
    return {};
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

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return QCoreApplication::translate("JobTableModel", "Job");
    case Name:
        return QCoreApplication::translate("JobTableModel", "Model / suffix");
    case BaseModel:
        return QCoreApplication::translate("JobTableModel", "Base model");
    case Method:
        return QCoreApplication::translate("JobTableModel", "Method");
    case Status:
        return QCoreApplication::translate("JobTableModel", "Status");
    case Created:
        return QCoreApplication::translate("JobTableModel", "Created");
    case Duration:
        return QCoreApplication::translate("JobTableModel", "Duration");
    case TrainedTokens:
        return QCoreApplication::translate("JobTableModel", "Trained tokens");
    case QueuePosition:
        return QCoreApplication::translate("JobTableModel", "Queue");
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
