#include "listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace ft::ui {

void setUpListTable(QTableView *table, QAbstractItemModel *model, const ListTableText &text,
                    QAbstractItemView::SelectionMode mode)
{
    table->setObjectName(text.objectName);
    table->setToolTip(text.toolTip);
    table->setAccessibleDescription(text.toolTip);
    table->setAccessibleName(text.accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
}

} // namespace ft::ui
