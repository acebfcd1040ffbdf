#pragma once

#include <QAbstractItemView>
#include <QString>

class QAbstractItemModel;
class QTableView;

namespace ft::ui {

// What a list table says about itself: its object name, its name for screen readers, and its tooltip
// (which is also its accessible description: item views describe themselves by it).
struct ListTableText
{
    QString objectName;
    QString accessibleName;
    QString toolTip;
};

// A read-only list of rows (jobs, files, deployments, checkpoints): rows are selected whole, cells are not
// edited, there is no row-number column, and a long text is elided in the middle on one line, so ids keep
// both ends and the columns after it keep their place.
void setUpListTable(QTableView *table, QAbstractItemModel *model, const ListTableText &text,
                    QAbstractItemView::SelectionMode mode);

} // namespace ft::ui
