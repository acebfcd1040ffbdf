#include "eventtablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ft::core {

namespace {
constexpr const char *kColumnTitles[] = {QT_TRANSLATE_NOOP("EventTableModel", "Time"),
                                         QT_TRANSLATE_NOOP("EventTableModel", "Level"),
                                         QT_TRANSLATE_NOOP("EventTableModel", "Message")};
static_assert(std::size(kColumnTitles) == EventTableModel::ColumnCount);
} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : TitledColumns("EventTableModel", kColumnTitles, parent)
{ }

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const JobEvent &e = m_events[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Time)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(e.createdAt), QLocale::ShortFormat);
        return index.column() == Level ? e.level : e.message;
    case Qt::ToolTipRole:
        return index.column() == Message ? QVariant(e.message) : QVariant();
    case EventIdRole:
        return e.id;
    case LevelRole:
        return int(e.levelKind());
    case CreatedRole:
        return e.createdAt;
    default:
        return {};
    }
}

void EventTableModel::setEvents(const QList<JobEvent> &newestFirst)
{
    const QList<JobEvent> all = newestFirst.mid(0, kMaxEvents);
    qsizetype fresh = 0;
    while (fresh < all.size() && !m_ids.contains(all[fresh].id))
        ++fresh;
    const bool prepend = !m_events.isEmpty() && fresh < all.size() && all.size() == m_events.size() + fresh;
    if (!prepend) {
        beginResetModel();
        m_events = all;
        m_ids.clear();
        for (const JobEvent &e : all)
            m_ids.insert(e.id);
        endResetModel();
        return;
    }
    if (fresh == 0)
        return;
    beginInsertRows({}, 0, int(fresh) - 1);
    m_events = all;
    for (qsizetype i = 0; i < fresh; ++i)
        m_ids.insert(all[i].id);
    endInsertRows();
}

void EventTableModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginResetModel();
    m_events.clear();
    m_ids.clear();
    endResetModel();
}

bool EventTableModel::hasMetrics() const
{
    return std::any_of(m_events.begin(), m_events.end(), [](const JobEvent &e) { return e.isMetrics(); });
}

} // namespace ft::core
