#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

namespace ft::ui {

// Gives the events list its level icons (information, warning, error) from the model's LevelRole, in
// the style of the widget that shows them.
class EventLevelProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLevelProxy)

public:
    explicit EventLevelProxy(QWidget *styled, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPointer<QWidget> m_styled;
};

} // namespace ft::ui
