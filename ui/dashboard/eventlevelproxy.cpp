#include "eventlevelproxy.h"

#include "core/eventtablemodel.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace ft::ui {

EventLevelProxy::EventLevelProxy(QWidget *styled, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_styled(styled)
{ }

QVariant EventLevelProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != core::EventTableModel::Level)
        return QIdentityProxyModel::data(index, role);
    const auto level = core::JobEvent::Level(index.data(core::EventTableModel::LevelRole).toInt());
    const QStyle::StandardPixmap icon = level == core::JobEvent::Level::Error ? QStyle::SP_MessageBoxCritical
        : level == core::JobEvent::Level::Warning                             ? QStyle::SP_MessageBoxWarning
                                                  : QStyle::SP_MessageBoxInformation;
    QStyle *style = m_styled ? m_styled->style() : QApplication::style();
    return style->standardIcon(icon);
}

} // namespace ft::ui
