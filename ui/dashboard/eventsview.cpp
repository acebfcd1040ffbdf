#include "eventsview.h"

#include "eventlevelproxy.h"

#include "core/eventtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>

namespace ft::ui {

EventsView::EventsView(core::EventTableModel &model, QWidget *parent)
    : QTreeView(parent)
{
    auto *proxy = new EventLevelProxy(this, this);
    proxy->setSourceModel(&model);
    setModel(proxy);
    setObjectName(QStringLiteral("eventsList"));
    setToolTip(tr("What the service reported about the job, newest first."));
    setAccessibleDescription(toolTip()); // item views describe themselves by this
    setAccessibleName(tr("Events"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setSectionResizeMode(core::EventTableModel::Time, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(core::EventTableModel::Level, QHeaderView::ResizeToContents);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedText()); });
}

QString EventsView::selectedText() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < core::EventTableModel::ColumnCount; ++c)
            cells << row.siblingAtColumn(c).data().toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace ft::ui
