#include "checkpointtablemodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace ft::core {

namespace {
QStringList metricsOf(const QList<Checkpoint> &checkpoints)
{
    QStringList metrics;
    for (const Checkpoint &c : checkpoints)
        for (auto it = c.metrics.begin(); it != c.metrics.end(); ++it)
            if (it.key() != u"step" && !metrics.contains(it.key()))
                metrics << it.key();
    return metrics;
}
} // namespace

CheckpointTableModel::CheckpointTableModel(QObject *parent)
    : KeyedTableModel<Checkpoint>(parent)
{ }

int CheckpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMetric + int(m_metrics.size());
}

QString CheckpointTableModel::metricLabel(const QString &metric)
{
    static const QList<std::pair<QLatin1String, const char *>> names{
        {QLatin1String("train_loss"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Train loss")},
        {QLatin1String("valid_loss"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Valid loss")},
        {QLatin1String("full_valid_loss"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Full valid loss")},
        {QLatin1String("train_mean_token_accuracy"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Train acc.")},
        {QLatin1String("valid_mean_token_accuracy"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Valid acc.")},
        {QLatin1String("full_valid_mean_token_accuracy"),
         QT_TRANSLATE_NOOP("CheckpointTableModel", "Full valid acc.")},
        {QLatin1String("train_mean_reward"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Train reward")},
        {QLatin1String("valid_mean_reward"), QT_TRANSLATE_NOOP("CheckpointTableModel", "Valid reward")},
        {QLatin1String("full_valid_mean_reward"),
         QT_TRANSLATE_NOOP("CheckpointTableModel", "Full valid reward")},
    };
    for (const auto &[name, label] : names)
        if (metric == name)
            return QCoreApplication::translate("CheckpointTableModel", label);
    return QString(metric).replace(u'_', u' ');
}

QVariant CheckpointTableModel::data(const QModelIndex &index, int role) const
{
    const Checkpoint *c = at(index);
    if (!c)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Step)
            return QString::number(c->stepNumber);
        if (column == Id)
            return c->id;
        if (column == Model)
            return c->fineTunedModelCheckpoint;
        if (const QString metric = m_metrics.value(column - FirstMetric); c->metrics.contains(metric))
            return QLocale().toString(c->metrics.value(metric), 'g', 4);
        return QString();
    case Qt::TextAlignmentRole:
        if (column == Step || column >= FirstMetric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CheckpointIdRole:
        return c->id;
    case ModelRole:
        return c->fineTunedModelCheckpoint;
    default:
        return {};
    }
}

QVariant CheckpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const QString metric = section >= FirstMetric ? m_metrics.value(section - FirstMetric) : QString();
    if (role == Qt::ToolTipRole || role == MetricRole)
        return metric.isEmpty() ? QVariant() : QVariant(metric);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return QCoreApplication::translate("CheckpointTableModel", "Step");
    case Id:
        return QCoreApplication::translate("CheckpointTableModel", "Checkpoint");
    case Model:
        return QCoreApplication::translate("CheckpointTableModel", "Model");
    default:
        return metric.isEmpty() ? QVariant() : QVariant(metricLabel(metric));
    }
}

void CheckpointTableModel::setCheckpoints(const QList<Checkpoint> &checkpoints)
{
    const QStringList metrics = metricsOf(checkpoints);
    if (metrics == m_metrics) {
        replace(checkpoints);
        return;
    }
    beginResetModel();
    m_metrics = metrics;
    assignRows(checkpoints);
    endResetModel();
}

} // namespace ft::core
