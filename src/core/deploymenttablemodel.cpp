#include "deploymenttablemodel.h"

#include <QCoreApplication>

namespace ft::core {

DeploymentTableModel::DeploymentTableModel(QObject *parent)
    : KeyedTableModel<Deployment>(parent)
{ }

int DeploymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentTableModel::data(const QModelIndex &index, int role) const
{
    const Deployment *d = index.isValid() ? at(index.row()) : nullptr;
    if (!d)
        return {};
    switch (role) {
    case NameRole:
        return d->name;
    case ProvisionedRole:
        return d->isProvisioned();
    case FinalRole:
        return d->isFinal();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return d->name;
    case Model:
        return d->modelName;
    case Type:
        return d->skuName;
    case Capacity:
        return QString::number(d->skuCapacity.value_or(0));
    case State:
        return d->provisioningState;
    default:
        return {};
    }
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return QCoreApplication::translate("DeploymentTableModel", "Name");
    case Model:
        return QCoreApplication::translate("DeploymentTableModel", "Model");
    case Type:
        return QCoreApplication::translate("DeploymentTableModel", "Type");
    case Capacity:
        return QCoreApplication::translate("DeploymentTableModel", "Capacity");
    case State:
        return QCoreApplication::translate("DeploymentTableModel", "State");
    default:
        return {};
    }
}

} // namespace ft::core
