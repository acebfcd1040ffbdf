#include "jobfilterproxy.h"

#include "core/finetuningjob.h"
#include "core/jobtablemodel.h"

namespace ft::ui {

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(core::JobTableModel::SortRole);
}

void JobFilterProxy::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

void JobFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

namespace {

// Whether a job in this state shows under the chosen status filter (Paused also shows jobs pausing).
bool passesStatus(JobFilterProxy::StatusFilter filter, core::JobState state)
{
    switch (filter) {
    case JobFilterProxy::StatusFilter::All:
        return true;
    case JobFilterProxy::StatusFilter::Active:
        return core::isActive(state);
    case JobFilterProxy::StatusFilter::Succeeded:
        return state == core::JobState::Succeeded;
    case JobFilterProxy::StatusFilter::Failed:
        return state == core::JobState::Failed;
    case JobFilterProxy::StatusFilter::Cancelled:
        return state == core::JobState::Cancelled;
    case JobFilterProxy::StatusFilter::Paused:
        return state == core::JobState::Paused || state == core::JobState::Pausing;
    }
    return true;
}

} // namespace

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = core::JobState(first.data(core::JobTableModel::StateRole).toInt());
    if (!passesStatus(m_status, state))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c) {
        if (sourceModel()
                ->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ft::ui
