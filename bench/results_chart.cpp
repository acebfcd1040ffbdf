// bench_results_chart: a 100,000-step results.csv parsed and charted (issue: dashboard, acceptance 4).
//
// Measures, best of N runs, on a generated SFT results.csv (train loss/accuracy every step, validation
// every 10 steps, full validation at 10 epoch ends): parsing alone; then the whole path the dashboard
// takes — MetricsPanel::setResults (parse, pick the charts, LTTB-downsample each line to 2,000 points)
// and the first paint of the panel. The reference is the same panel drawn the obvious way: every point
// of every line handed to a QLineSeries. Exit status 1 when the whole path takes more than 0.5 s.

#include "charts/metricschartview.h"
#include "dashboard/metricspanel.h"

#include "core/metricscharts.h"
#include "core/resultstable.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QValueAxis>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace ft;

namespace {

QByteArray generate(int steps, int epochs)
{
    QRandomGenerator rng(42);
    QByteArray out = "step,train_loss,train_mean_token_accuracy,valid_loss,valid_mean_token_accuracy,"
                     "full_valid_loss,full_valid_mean_token_accuracy\n";
    out.reserve(qsizetype(steps) * 72);
    const int perEpoch = steps / epochs;
    for (int s = 1; s <= steps; ++s) {
        const double progress = double(s) / steps;
        const double loss = 2.2 * std::exp(-3 * progress) + 0.15 + rng.generateDouble() * 0.2;
        const double acc = 0.9 - 0.6 * std::exp(-3 * progress) - rng.generateDouble() * 0.05;
        out += QByteArray::number(s) + ',' + QByteArray::number(loss, 'f', 5) + ','
            + QByteArray::number(acc, 'f', 5) + ',';
        if (s % 10 == 0)
            out += QByteArray::number(loss + 0.1, 'f', 5) + ',' + QByteArray::number(acc - 0.05, 'f', 5);
        else
            out += ',';
        out += ',';
        if (s % perEpoch == 0)
            out += QByteArray::number(loss + 0.12, 'f', 5) + ',' + QByteArray::number(acc - 0.06, 'f', 5);
        else
            out += ',';
        out += '\n';
    }
    return out;
}

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

// The reference: one chart per metric group, every point in a QLineSeries, painted once.
void naivePanel(const QByteArray &csv, QWidget &host)
{
    const auto table = core::ResultsTable::parse(csv);
    QList<QChartView *> views;
    for (const core::ChartSpec &spec : core::chartsFor(*table)) {
        auto *chart = new QChart;
        for (const core::SeriesSpec &s : spec.series) {
            auto *line = new QLineSeries;
            QList<QPointF> points;
            for (const QPointF &p : table->series(s.column))
                if (std::isfinite(p.y()))
                    points << p;
            line->replace(points);
            chart->addSeries(line);
        }
        chart->createDefaultAxes();
        auto *view = new QChartView(chart, &host);
        view->resize(560, 380);
        views << view;
    }
    for (QChartView *v : views)
        (void)v->grab();
    qDeleteAll(views);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QCommandLineParser parser;
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Steps in the file."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each; the best counts."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption budgetOption(QStringLiteral("budget"),
                                          QStringLiteral("Seconds allowed for parse + chart."),
                                          QStringLiteral("S"), QStringLiteral("0.5"));
    parser.addOptions({stepsOption, runsOption, budgetOption});
    parser.addHelpOption();
    parser.process(app);
    const int steps = parser.value(stepsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const double budget = parser.value(budgetOption).toDouble();

    const QByteArray csv = generate(steps, 10);
    std::printf("results.csv: %d steps, %.1f MB, 6 metric columns (validation every 10 steps, 10 epochs)\n",
                steps, double(csv.size()) / 1e6);

    const double parse = bestOf(runs, [&] { (void)core::ResultsTable::parse(csv); });

    ui::MetricsPanel panel;
    panel.resize(1200, 480);
    panel.show();
    int drawn = 0;
    int points = 0;
    const double whole = bestOf(runs, [&] {
        panel.clear();
        panel.setResults(csv);
        (void)panel.grab(); // the first paint, charts included
    });
    for (ui::MetricsChartView *c : panel.charts()) {
        for (const QString &name : c->lineNames()) {
            drawn += c->drawnPointCount(name);
            points += int(c->linePoints(name).size());
        }
    }
    // A running job: the same file again, charts kept, new points in place.
    const double again = bestOf(runs, [&] {
        panel.setResults(csv);
        (void)panel.grab();
    });

    QWidget host;
    const double naive = bestOf(std::min(runs, 2), [&] { naivePanel(csv, host); });

    std::printf("\n%-44s %10s %14s  %s\n", "path", "seconds", "points drawn", "verdict");
    std::printf("%-44s %10.3f %14s  %s\n", "parse only (ResultsTable::parse)", parse, "-", "");
    std::printf("%-44s %10.3f %14d  %s\n", "parse + charts + first paint (MetricsPanel)", whole, drawn,
                whole <= budget ? "ok" : "TOO SLOW");
    std::printf("%-44s %10.3f %14d  %s\n", "update of a running job (same charts)", again, drawn,
                again <= budget ? "ok" : "TOO SLOW");
    std::printf("%-44s %10.3f %14d  %s\n", "reference: every point in a QLineSeries", naive, points,
                "reference");
    std::printf("%-44s %10.3f %14s  %s\n", "target", budget, "", "");
    std::printf("\n%d of %d points drawn (LTTB, ≤ %d per line); hover values and exports use all of them.\n",
                drawn, points, ui::MetricsChartView::kMaxDrawnPoints);
    if (panel.charts().size() != 2 || points < steps) {
        std::printf("FAIL: expected 2 charts holding every point\n");
        return 1;
    }
    if (whole > budget || again > budget) {
        std::printf("FAIL: a %d-step results.csv took %.3f s to parse and chart (target ≤ %.1f s)\n", steps,
                    std::max(whole, again), budget);
        return 1;
    }
    return 0;
}
