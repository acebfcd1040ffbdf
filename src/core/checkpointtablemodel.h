#pragma once

#include "checkpoint.h"
#include "keyedtablemodel.h"

#include <QStringList>

namespace ft::core {

// The checkpoints of one job: step, id, model, then one column per metric the checkpoints report, in
// the order they first appear (headers show a short name; their tooltip the results.csv column).
class CheckpointTableModel final : public KeyedTableModel<Checkpoint>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointTableModel)

public:
    enum Column { Step, Id, Model, FirstMetric };
    enum Role {
        CheckpointIdRole = Qt::UserRole + 1,
        ModelRole, // the fine_tuned_model_checkpoint, what a deployment or a new job names
        MetricRole, // on headers: the results.csv column of a metric column
    };

    explicit CheckpointTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows change in place while the metric columns stay; new metric columns reset the model.
    void setCheckpoints(const QList<Checkpoint> &checkpoints);
    QStringList metrics() const { return m_metrics; }
    const Checkpoint *byId(const QString &checkpointId) const { return at(rowOf(checkpointId)); }

    static QString metricLabel(const QString &metric);

protected:
    QString keyOf(const Checkpoint &value) const override { return value.id; }

private:
    QStringList m_metrics;
};

} // namespace ft::core
