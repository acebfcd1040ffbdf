#pragma once

#include "jobevent.h"
#include "titledcolumns.h"

#include <QList>
#include <QSet>

namespace ft::core {

// The events of one job, newest first as the service lists them. New events arrive at the top and are
// inserted there, so a view keeps its selection and scroll position while a job runs.
class EventTableModel final : public TitledColumns<QAbstractTableModel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column { Time, Level, Message, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        LevelRole, // JobEvent::Level as int
        CreatedRole, // seconds since the epoch
    };
    static constexpr int kMaxEvents = 5000;

    explicit EventTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The whole list, newest first (at most kMaxEvents). When it is the current list with new events on
    // top, only those rows are inserted; otherwise the rows are replaced.
    void setEvents(const QList<JobEvent> &newestFirst);
    void clear();
    const QList<JobEvent> &events() const { return m_events; }
    bool contains(const QString &eventId) const { return m_ids.contains(eventId); }
    // A metrics event means the job has trained at least one step.
    bool hasMetrics() const;

private:
    QList<JobEvent> m_events;
    QSet<QString> m_ids;
};

} // namespace ft::core
