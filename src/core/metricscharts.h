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

// An axis a reader takes in at a glance: ticks at 1, 2 or 5 × 10ⁿ, a range that holds the data, and
// a data range that never goes below zero doesn't either.
struct NiceScale
{
    double min = 0;
    double max = 1;
    double step = 0.2; // between ticks
    int ticks = 6; // min, max and the ticks between them, inclusive
};
// At most `maxTicks` ticks; a single value or an empty range gets a small range around it.
NiceScale niceScale(double lo, double hi, int maxTicks = 6);
// The tick interval for steps (whole numbers) from `first` to `last`: 1, 2 or 5 × 10ⁿ, at most
// `maxTicks` ticks. The axis itself runs from `first` to `last` exactly.
double niceStepInterval(double first, double last, int maxTicks = 8);

// The CSV of some series side by side by step, for export.
QByteArray seriesCsv(const QList<QString> &names, const QList<QList<QPointF>> &series);

} // namespace ft::core
