#pragma once

#include "resultstable.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ft::core {

// The rows of a results.csv as a table (the numbers behind the charts, for screen readers and for
// reading exact values): step, then every metric column; empty cells stay empty.
class ResultsDataModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsDataModel)

public:
    explicit ResultsDataModel(QObject *parent = nullptr);

    void setTable(const std::optional<ResultsTable> &table);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<double> m_steps;
    QStringList m_columns;
    QList<QVector<double>> m_values;
};

} // namespace ft::core
