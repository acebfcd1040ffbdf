#pragma once

#include "finetuningjob.h"
#include "titledcolumns.h"

#include <QHash>
#include <QList>

namespace ft::core {

// The jobs list: one row per job, updated in place by id (rows are inserted, changed and removed,
// never reset), so views keep their selection and scroll position while jobs move.
class JobTableModel final : public TitledColumns<QAbstractTableModel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        Id,
        Name,
        BaseModel,
        Method,
        Status,
        Created,
        Duration,
        TrainedTokens,
        QueuePosition,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StateRole, // JobState as int
        StatusRole, // the status string as the service gave it
        SortRole, // a value that sorts naturally for the column
        MethodRole, // MethodType as int
    };

    explicit JobTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Inserts new jobs and updates known ones; jobs not in the list stay (a page may hold only some).
    void upsert(const QList<FineTuningJob> &jobs);
    void remove(const QString &id);
    void clear();

    const FineTuningJob *job(int row) const;
    const FineTuningJob *jobById(const QString &id) const;
    int rowOf(const QString &id) const;
    // The clock the Duration column measures against (seconds since the epoch); settable for tests.
    void setNow(qint64 now);

    static QString stateName(JobState state);
    static QString methodName(MethodType method); // empty when unknown

private:
    QVariant display(const FineTuningJob &job, int column) const;
    QVariant sortValue(const FineTuningJob &job, int column) const;
    qint64 queuePosition(const FineTuningJob &job) const;

    QList<FineTuningJob> m_jobs;
    QHash<QString, int> m_rows;
    qint64 m_now = 0;
};

} // namespace ft::core
