#pragma once

#include <QSortFilterProxyModel>

namespace ft::ui {

// Filters the jobs list by a status group and by text found in any column.
class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxy)

public:
    enum class StatusFilter { All, Active, Succeeded, Failed, Cancelled, Paused };

    explicit JobFilterProxy(QObject *parent = nullptr);
    void setStatusFilter(StatusFilter filter);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_text;
};

} // namespace ft::ui
