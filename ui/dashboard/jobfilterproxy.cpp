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

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = core::JobState(first.data(core::JobTableModel::StateRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
        if (!core::isActive(state))
            return false;
        break;
    case StatusFilter::Succeeded:
        if (state != core::JobState::Succeeded)
            return false;
        break;
    case StatusFilter::Failed:
        if (state != core::JobState::Failed)
            return false;
        break;
    case StatusFilter::Cancelled:
        if (state != core::JobState::Cancelled)
            return false;
        break;
    case StatusFilter::Paused:
        if (state != core::JobState::Paused && state != core::JobState::Pausing)
            return false;
        break;
    }
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
