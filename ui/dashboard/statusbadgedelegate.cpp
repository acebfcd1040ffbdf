#include "statusbadgedelegate.h"

#include "core/finetuningjob.h"
#include "core/jobtablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ft::ui {

QColor StatusBadgeDelegate::colorFor(int state)
{
    switch (core::JobState(state)) {
    case core::JobState::Validating:
    case core::JobState::Queued:
        return QColor(0x6b, 0x4f, 0xbb);
    case core::JobState::Running:
    case core::JobState::Resuming:
        return QColor(0x00, 0x5a, 0x9e);
    case core::JobState::Pausing:
    case core::JobState::Paused:
        return QColor(0x8a, 0x5a, 0x00);
    case core::JobState::Succeeded:
        return QColor(0x10, 0x7c, 0x10);
    case core::JobState::Failed:
        return QColor(0xa4, 0x26, 0x2c);
    case core::JobState::Cancelled:
        return QColor(0x5c, 0x5c, 0x5c);
    case core::JobState::Unknown:
        break;
    }
    return {};
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor fill = colorFor(index.data(core::JobTableModel::StateRole).toInt());
    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(text) + 16;
    const int h = fm.height() + 4;
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, h / 2.0, h / 2.0);
    if (fill.isValid()) {
        painter->fillPath(path, fill);
        painter->setPen(Qt::white); // every badge colour has 4.5:1 contrast with white
    } else {
        painter->setPen(opt.palette.color(QPalette::Mid));
        painter->drawPath(path);
        painter->setPen(opt.palette.color(QPalette::Text));
    }
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 24;
    s.rheight() = std::max(s.height(), option.fontMetrics.height() + 8);
    return s;
}

} // namespace ft::ui
