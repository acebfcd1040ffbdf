#pragma once

#include <QStyledItemDelegate>

namespace ft::ui {

// Paints a job's status as a coloured badge; a status this version does not know gets a neutral one.
// Colours keep their contrast on light and dark palettes.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(int jobState);
};

} // namespace ft::ui
