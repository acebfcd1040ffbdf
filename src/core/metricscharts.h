#pragma once

#include "resultstable.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace ft::core {

// Which results.csv columns make which chart: loss and mean token accuracy for SFT and DPO, reward,
// reasoning tokens and parse errors for RFT. Full-validation columns are per-epoch points.
struct SeriesSpec
{
    QString column;
    QString label;
    bool points = false; // drawn as markers (per-epoch full validation), not a line
};

struct ChartSpec
{
    QString id; // loss, accuracy, reward, reasoning, parse_errors
    QString title;
    QString yTitle;
    QList<SeriesSpec> series;
};

// The charts a table has data for, each holding only the series with values.
QList<ChartSpec> chartsFor(const ResultsTable &table);

// Steps where an epoch ends: rows with full-validation values, else every `stepsPerEpoch` steps.
QList<double> epochBoundaries(const ResultsTable &table, qint64 stepsPerEpoch = 0);

// TensorBoard's exponential smoothing (weight 0: none, up to 0.99), debiased at the start.
QList<QPointF> smoothed(const QList<QPointF> &points, double weight);

// Largest-Triangle-Three-Buckets downsampling: at most `threshold` points that keep the shape.
QList<QPointF> downsampled(const QList<QPointF> &points, int threshold);

// The CSV of some series side by side by step, for export.
QByteArray seriesCsv(const QList<QString> &names, const QList<QList<QPointF>> &series);

} // namespace ft::core
