#include "metricscharts.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace ft::core {

namespace {
// A metric's three series: on the training batches, on the validation batches, and on the whole
// validation set at the end of each epoch.
QList<SeriesSpec> trainValidFull(const QString &metric, const QString &train, const QString &valid,
                                 const QString &fullValid)
{
    return {{QStringLiteral("train_") + metric, train, false},
            {QStringLiteral("valid_") + metric, valid, false},
            {QStringLiteral("full_valid_") + metric, fullValid, true}};
}
} // namespace

QList<ChartSpec> chartsFor(const ResultsTable &table)
{
    const QList<ChartSpec> all{
        {QStringLiteral("loss"), QCoreApplication::translate("MetricsCharts", "Loss"),
         QCoreApplication::translate("MetricsCharts", "Loss"),
         trainValidFull(QStringLiteral("loss"), QCoreApplication::translate("MetricsCharts", "Training loss"),
                        QCoreApplication::translate("MetricsCharts", "Validation loss"),
                        QCoreApplication::translate("MetricsCharts", "Full validation loss (per epoch)"))},
        {QStringLiteral("accuracy"), QCoreApplication::translate("MetricsCharts", "Mean token accuracy"),
         QCoreApplication::translate("MetricsCharts", "Accuracy"),
         trainValidFull(
             QStringLiteral("mean_token_accuracy"),
             QCoreApplication::translate("MetricsCharts", "Training accuracy"),
             QCoreApplication::translate("MetricsCharts", "Validation accuracy"),
             QCoreApplication::translate("MetricsCharts", "Full validation accuracy (per epoch)"))},
        {QStringLiteral("reward"), QCoreApplication::translate("MetricsCharts", "Reward"),
         QCoreApplication::translate("MetricsCharts", "Mean reward"),
         trainValidFull(QStringLiteral("mean_reward"),
                        QCoreApplication::translate("MetricsCharts", "Training reward"),
                        QCoreApplication::translate("MetricsCharts", "Validation reward"),
                        QCoreApplication::translate("MetricsCharts", "Full validation reward (per epoch)"))},
        {QStringLiteral("reasoning"),
         QCoreApplication::translate("MetricsCharts", "Reasoning tokens"),
         QCoreApplication::translate("MetricsCharts", "Tokens"),
         {{QStringLiteral("reasoning_tokens_mean"),
           QCoreApplication::translate("MetricsCharts", "Reasoning tokens (mean)"), false},
          {QStringLiteral("completion_tokens_mean"),
           QCoreApplication::translate("MetricsCharts", "Completion tokens (mean)"), false}}},
        {QStringLiteral("parse_errors"),
         QCoreApplication::translate("MetricsCharts", "Parse errors"),
         QCoreApplication::translate("MetricsCharts", "Rate / count"),
         {{QStringLiteral("full_valid_mean_parse_error"),
           QCoreApplication::translate("MetricsCharts", "Full validation parse error rate"), true},
          {QStringLiteral("mean_unresponsive_rewards"),
           QCoreApplication::translate("MetricsCharts", "Unresponsive rewards (mean)"), false}}},
    };
    QList<ChartSpec> out;
    for (ChartSpec spec : all) {
        QList<SeriesSpec> present;
        for (const SeriesSpec &s : spec.series)
            if (table.hasValues(s.column))
                present << s;
        if (spec.id == u"parse_errors") {
            for (const QString &c : table.columns()) {
                if (c.startsWith(QStringLiteral("errors/graders/")) && table.hasValues(c))
                    present << SeriesSpec{
                        c,
                        QCoreApplication::translate("MetricsCharts", "Grader %1: sample parse errors")
                            .arg(c.section(u'/', 2, 2)),
                        false};
            }
        }
        if (!present.isEmpty()) {
            spec.series = present;
            out << spec;
        }
    }
    return out;
}

QList<double> epochBoundaries(const ResultsTable &table, qint64 stepsPerEpoch)
{
    QList<double> out;
    for (const QString &column :
         {QStringLiteral("full_valid_loss"), QStringLiteral("full_valid_mean_reward")}) {
        if (table.hasValues(column)) {
            for (const QPointF &p : table.series(column))
                out << p.x();
            return out;
        }
    }
    if (stepsPerEpoch > 0 && !table.steps().isEmpty()) {
        const double last = table.steps().constLast();
        for (double s = double(stepsPerEpoch); s <= last; s += double(stepsPerEpoch))
            out << s;
    }
    return out;
}

QList<QPointF> smoothed(const QList<QPointF> &points, double weight)
{
    if (weight <= 0 || points.size() < 2)
        return points;
    weight = std::min(weight, 0.999);
    QList<QPointF> out;
    out.reserve(points.size());
    double last = 0;
    double debias = 1;
    for (const QPointF &p : points) {
        last = last * weight + (1 - weight) * p.y();
        debias *= weight;
        out.append(QPointF(p.x(), last / (1 - debias)));
    }
    return out;
}

QList<QPointF> downsampled(const QList<QPointF> &data, int threshold)
{
    const qsizetype n = data.size();
    if (threshold >= n || threshold < 3)
        return data;
    QList<QPointF> out;
    out.reserve(threshold);
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype a = 0;
    out.append(data[0]);
    for (int i = 0; i < threshold - 2; ++i) {
        // The average of the next bucket is the third corner of the triangle.
        qsizetype nextStart = qsizetype(std::floor(double(i + 1) * every)) + 1;
        qsizetype nextEnd = std::min<qsizetype>(qsizetype(std::floor(double(i + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        const qsizetype count = std::max<qsizetype>(1, nextEnd - nextStart);
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += data[j].x();
            avgY += data[j].y();
        }
        avgX /= double(count);
        avgY /= double(count);
        const qsizetype start = qsizetype(std::floor(double(i) * every)) + 1;
        const qsizetype end = qsizetype(std::floor(double(i + 1) * every)) + 1;
        double best = -1;
        qsizetype chosen = start;
        for (qsizetype j = start; j < end && j < n; ++j) {
            const double area = std::abs((data[a].x() - avgX) * (data[j].y() - data[a].y())
                                         - (data[a].x() - data[j].x()) * (avgY - data[a].y()));
            if (area > best) {
                best = area;
                chosen = j;
            }
        }
        out.append(data[chosen]);
        a = chosen;
    }
    out.append(data[n - 1]);
    return out;
}

namespace {
// The smallest 1, 2 or 5 × 10ⁿ at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

NiceScale niceScale(double lo, double hi, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (lo > hi)
        std::swap(lo, hi);
    const bool nonNegative = lo >= 0;
    if (hi - lo < 1e-12) { // one value: a little room around it
        const double pad = lo != 0 ? std::abs(lo) * 0.1 : 1;
        lo -= pad;
        hi += pad;
        if (nonNegative)
            lo = std::max(lo, 0.0);
    }
    double step = niceStep((hi - lo) / (maxTicks - 1));
    NiceScale s;
    for (;;) {
        s.min = std::floor(lo / step + 1e-9) * step;
        s.max = std::ceil(hi / step - 1e-9) * step;
        if (nonNegative && s.min < 0)
            s.min = 0;
        s.ticks = int(std::llround((s.max - s.min) / step)) + 1;
        if (s.ticks <= maxTicks)
            break;
        step = niceStep(step * 1.01);
    }
    s.step = step;
    return s;
}

double niceStepInterval(double first, double last, int maxTicks)
{
    const double span = std::max(1.0, last - first);
    double step = std::max(1.0, niceStep(span / std::max(1, maxTicks - 1)));
    while (span / step + 1 > maxTicks)
        step = niceStep(step * 1.01);
    return step;
}

QByteArray seriesCsv(const QList<QString> &names, const QList<QList<QPointF>> &series)
{
    QMap<double, QVector<QByteArray>> rows;
    for (qsizetype s = 0; s < series.size(); ++s) {
        for (const QPointF &p : series[s]) {
            auto &row = rows[p.x()];
            row.resize(series.size());
            row[s] = QByteArray::number(p.y(), 'g', 10);
        }
    }
    QByteArray out = "step";
    for (const QString &n : names)
        out += ',' + n.toUtf8();
    out += '\n';
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        out += QByteArray::number(it.key(), 'g', 12);
        QVector<QByteArray> cells = it.value();
        cells.resize(series.size());
        for (const QByteArray &c : cells)
            out += ',' + c;
        out += '\n';
    }
    return out;
}

} // namespace ft::core
