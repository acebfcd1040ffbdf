#pragma once

#include "deployment.h"
#include "deploymentcost.h"
#include "keyedtablemodel.h"
#include "titledcolumns.h"

#include <QDateTime>
#include <QHash>

namespace ft::core {

// The ARM deployments of an account: name, model, type, capacity and provisioning state, and what each
// costs while it stands (hourly rate from the dated price table, time up, cost so far, last use, and
// when the service removes it; an idle one is flagged).
class DeploymentTableModel final : public TitledColumns<KeyedTableModel<Deployment>>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentTableModel)

public:
    enum Column {
        Name,
        Model,
        Type,
        Capacity,
        State,
        HourlyRate,
        Up,
        CostSoFar,
        LastUsed,
        Removal,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1,
        ProvisionedRole, // ready for requests
        FinalRole, // provisioning or deletion has ended (Succeeded, Failed, Canceled)
        IdleRole, // no call for the service's idle-flag period: it will be removed
    };

    explicit DeploymentTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Deployment *byName(const QString &name) const { return at(rowOf(name)); }

    // The last call to a deployment this app knows of (the playground's); costs are as of `now`
    // (the clock when not set).
    void setLastUsed(const QString &name, const QDateTime &at);
    void setNow(const QDateTime &now);
    DeploymentCost cost(const Deployment &deployment) const;

private:
    QVariant costText(const Deployment &deployment, int column) const;
    QHash<QString, QDateTime> m_lastUsed;
    QDateTime m_now;

protected:
    QString keyOf(const Deployment &value) const override { return value.name; }
};

} // namespace ft::core
