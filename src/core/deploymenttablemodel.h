#pragma once

#include "deployment.h"
#include "keyedtablemodel.h"

namespace ft::core {

// The ARM deployments of an account: name, model, type, capacity and provisioning state.
class DeploymentTableModel final : public KeyedTableModel<Deployment>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentTableModel)

public:
    enum Column { Name, Model, Type, Capacity, State, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        ProvisionedRole, // ready for requests
        FinalRole, // provisioning or deletion has ended (Succeeded, Failed, Canceled)
    };

    explicit DeploymentTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Deployment *byName(const QString &name) const { return at(rowOf(name)); }

protected:
    QString keyOf(const Deployment &value) const override { return value.name; }
};

} // namespace ft::core
