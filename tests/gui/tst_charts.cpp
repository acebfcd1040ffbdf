// The metrics charts as a stakeholder sees them: round axis ticks, a loss axis that stays at or
// above zero, an x axis ending at the last step, hover values that stay, exports at a chosen size
// with the job's name, and a live theme switch.
#include "appearance.h"
#include "charts/metricschartview.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

using namespace ft;

namespace {

// An SFT-like loss curve: 104 steps, falling from ~1.49 to ~0.40, and a validation point per epoch.
QList<ui::MetricsChartView::Line> lossLines()
{
    QList<QPointF> train;
    for (int step = 1; step <= 104; ++step)
        train << QPointF(step, 0.40 + 1.09 * std::exp(-step / 25.0));
    const QList<QPointF> valid{{35, 0.71}, {70, 0.52}, {104, 0.45}};
    return {{QStringLiteral("Training loss"), train, false},
            {QStringLiteral("Validation loss"), valid, true}};
}

QValueAxis *axis(ui::MetricsChartView &view, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = view.chart()->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

// Whether `value` is 1, 2 or 5 times a power of ten.
bool isRoundStep(double value)
{
    if (!(value > 0))
        return false;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    const double mantissa = value / magnitude;
    for (double nice : {1.0, 2.0, 5.0, 10.0}) {
        if (std::abs(mantissa - nice) < 1e-9)
            return true;
    }
    return false;
}

double tickStep(QValueAxis *a)
{
    if (a->tickType() == QValueAxis::TicksDynamic)
        return a->tickInterval();
    return (a->max() - a->min()) / (a->tickCount() - 1);
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private slots:
    void init() { ui::appearance::applyTheme(ui::appearance::Theme::Light); }

    void axes_haveRoundTicks_stayNonNegative_andEndAtTheLastStep()
    {
        ui::MetricsChartView view;
        view.resize(640, 360);
        view.setChart(QStringLiteral("Loss"), QStringLiteral("Loss"), lossLines(), {35, 70});
        QValueAxis *x = axis(view, Qt::Horizontal);
        QValueAxis *y = axis(view, Qt::Vertical);
        QVERIFY(x && y);
        QCOMPARE(x->max(), 104.0);
        QCOMPARE(x->min(), 1.0);
        QVERIFY2(isRoundStep(tickStep(x)), qPrintable(QString::number(tickStep(x))));
        QVERIFY2(isRoundStep(tickStep(y)), qPrintable(QString::number(tickStep(y))));
        QVERIFY(y->min() >= 0);
        QVERIFY(y->min() <= 0.40 && y->max() >= 1.49);
        // Every tick on the y axis is a round multiple of the step.
        const double ticks = (y->max() - y->min()) / tickStep(y);
        QVERIFY(std::abs(ticks - std::round(ticks)) < 1e-6);
        QVERIFY(std::abs(y->min() / tickStep(y) - std::round(y->min() / tickStep(y))) < 1e-6);
    }

    void constantSeries_nearZero_neverGoesNegative()
    {
        // Parse errors: all zero. The axis must not run from -0.5 to 0.5.
        ui::MetricsChartView view;
        QList<QPointF> zeros;
        for (int step = 1; step <= 90; ++step)
            zeros << QPointF(step, 0);
        view.setChart(QStringLiteral("Parse errors"), QStringLiteral("Rate"),
                      {{QStringLiteral("Parse error rate"), zeros, false}});
        QValueAxis *y = axis(view, Qt::Vertical);
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QVERIFY(y->max() > 0);
        QCOMPARE(axis(view, Qt::Horizontal)->max(), 90.0);
    }

    void hoverTooltip_keepsShowingValues()
    {
        ui::MetricsChartView view;
        view.resize(640, 360);
        view.setChart(QStringLiteral("Loss"), QStringLiteral("Loss"), lossLines(), {35, 70});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF inside = view.chart()->mapToPosition(QPointF(50, 0.6));
        const QPoint local = view.mapFromScene(inside);
        QHelpEvent help(QEvent::ToolTip, local, view.mapToGlobal(local));
        QApplication::sendEvent(&view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Training loss")), qPrintable(QToolTip::text()));
        QVERIFY(!QToolTip::text().contains(QStringLiteral("zoom")));
        QToolTip::hideText();
    }

    void export_isLarge_sharp_andNamesTheJob()
    {
        ui::MetricsChartView view;
        view.resize(611, 354);
        view.setChart(QStringLiteral("Loss"), QStringLiteral("Loss"), lossLines(), {35, 70});
        view.setCaption(QStringLiteral("gpt-4.1-mini-2025-04-14.ft-demo"));
        const QImage image = view.exportImage();
        QCOMPARE(image.size(), QSize(3200, 1800));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("loss.png"));
        QVERIFY(view.exportPng(png));
        const QImage read(png);
        QCOMPARE(read.size(), QSize(3200, 1800));
        const QString svg = dir.filePath(QStringLiteral("loss.svg"));
        QVERIFY(view.exportSvg(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("ft-demo"));
        // A chosen size.
        QCOMPARE(view.exportImage({QSize(800, 450), 1}).size(), QSize(800, 450));
        QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
        image.save(QStringLiteral(FT_SCREENSHOT_DIR "/chart-export.png"));
    }

    void compareRuns_aRunKeepsItsColour_whateverElseIsDrawn()
    {
        const QList<QPointF> points{{1, 1.0}, {2, 0.8}, {3, 0.6}};
        const auto colourOf = [](ui::MetricsChartView &view, const QString &name) {
            for (QAbstractSeries *series : view.chart()->series()) {
                if (series->name() == name)
                    return qobject_cast<QXYSeries *>(series)->pen().color();
            }
            return QColor();
        };
        ui::MetricsChartView all;
        all.setChart(QStringLiteral("Loss by run"), QStringLiteral("Loss"),
                     {{QStringLiteral("run A"), points, false, 0},
                      {QStringLiteral("run B"), points, false, 1},
                      {QStringLiteral("run C"), points, false, 2}});
        ui::MetricsChartView some;
        some.setChart(
            QStringLiteral("Loss by run"), QStringLiteral("Loss"),
            {{QStringLiteral("run A"), points, false, 0}, {QStringLiteral("run C"), points, false, 2}});
        QVERIFY(colourOf(all, QStringLiteral("run C")).isValid());
        QCOMPARE(colourOf(some, QStringLiteral("run C")), colourOf(all, QStringLiteral("run C")));
        QVERIFY(colourOf(some, QStringLiteral("run C")) != colourOf(all, QStringLiteral("run B")));
    }

    void themeSwitch_recoloursTheChartLive()
    {
        ui::MetricsChartView view;
        view.resize(640, 360);
        view.setChart(QStringLiteral("Loss"), QStringLiteral("Loss"), lossLines(), {35, 70});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeLight);
        const int lightBackground = view.grab().toImage().pixelColor(12, 12).lightness();
        ui::appearance::applyTheme(ui::appearance::Theme::Dark);
        QTRY_COMPARE(view.chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(view.grab().toImage().pixelColor(12, 12).lightness() < lightBackground - 100);
        // The series keep their names and points; the legend still lists both.
        QCOMPARE(view.lineNames().size(), 2);
        const QList<QLegendMarker *> markers = view.chart()->legend()->markers();
        QCOMPARE(
            std::count_if(markers.begin(), markers.end(), [](QLegendMarker *m) { return m->isVisible(); }),
            2);
        view.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/chart-dark.png"));
        ui::appearance::applyTheme(ui::appearance::Theme::Light);
        QTRY_COMPARE(view.chart()->theme(), QChart::ChartThemeLight);
        view.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/chart-light.png"));
    }

    void themeSwitch_beforeAnyResults_doesNotCrash()
    {
        // A job's metrics page exists before its results.csv arrives; the theme may change meanwhile.
        ui::MetricsChartView view;
        view.resize(320, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::appearance::applyTheme(ui::appearance::Theme::Dark);
        QTRY_COMPARE(view.chart()->theme(), QChart::ChartThemeDark);
        view.setChart(QStringLiteral("Loss"), QStringLiteral("Loss"), lossLines(), {});
        QCOMPARE(view.lineNames().size(), 2);
        ui::appearance::applyTheme(ui::appearance::Theme::Light);
        QTRY_COMPARE(view.chart()->theme(), QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
