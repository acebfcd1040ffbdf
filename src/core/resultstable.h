#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ft::core {

// A results.csv file as metric series. Column spellings of every service version are accepted and
// given their canonical names (`train_accuracy` → `train_mean_token_accuracy`, ...); empty cells
// are kept as gaps (NaN), so validation metrics sampled at some steps only chart correctly.
class ResultsTable
{
public:
    static std::optional<ResultsTable> parse(QByteArrayView csv, QString *error = nullptr);
    static QString canonicalColumn(const QString &name);

    // Canonical metric columns in file order, `step` excluded.
    const QStringList &columns() const { return m_columns; }
    bool hasColumn(const QString &name) const { return m_values.contains(name); }
    qsizetype rowCount() const { return m_steps.size(); }
    const QVector<double> &steps() const { return m_steps; }
    // One value per row; NaN where the cell was empty.
    QVector<double> column(const QString &name) const { return m_values.value(name); }
    // The (step, value) points of a column, gaps left out.
    QList<QPointF> series(const QString &name) const;
    // True when the column has at least one value.
    bool hasValues(const QString &name) const;
    // Rows where a column has a value, as indexes (for per-epoch full validation points).
    double lastValue(const QString &name) const;

private:
    QStringList m_columns;
    QVector<double> m_steps;
    QHash<QString, QVector<double>> m_values;
};

} // namespace ft::core
