#include "resultsdatamodel.h"

#include <QLocale>

#include <cmath>

namespace ft::core {

ResultsDataModel::ResultsDataModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResultsDataModel::setTable(const std::optional<ResultsTable> &table)
{
    beginResetModel();
    m_columns.clear();
    m_values.clear();
    m_steps.clear();
    if (table) {
        m_steps = table->steps();
        for (const QString &c : table->columns()) {
            if (c == u"step" || !table->hasColumn(c))
                continue;
            m_columns << c;
            m_values << table->column(c);
        }
    }
    endResetModel();
}

int ResultsDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ResultsDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant ResultsDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    if (index.column() == 0)
        return QLocale().toString(qint64(m_steps.value(index.row())));
    const QVector<double> &values = m_values.at(index.column() - 1);
    const double v = values.value(index.row(), qQNaN());
    return std::isnan(v) ? QString() : QLocale().toString(v, 'g', 6);
}

QVariant ResultsDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? QStringLiteral("step") : m_columns.value(section - 1);
}

} // namespace ft::core
