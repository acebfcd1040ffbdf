#pragma once

#include "core/metricscharts.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QSize>

#include <memory>

class QAbstractSeries;
class QValueAxis;
class QLineSeries;
class QXYSeries;

namespace ft::ui {

// What an exported chart picture looks like: a size of its own (not the widget's), drawn at
// `pixelRatio` for sharp text, titled with the job or model it shows (MetricsChartView::setCaption).
struct ChartExportOptions
{
    QSize size = QSize(1600, 900); // logical pixels
    qreal pixelRatio = 2;
};

// One metrics chart: its series as lines (or per-epoch points), epoch boundaries, legend markers that
// toggle series, values under the mouse, rubber-band and wheel zoom, arrow-key and middle-button pan,
// reset, optional smoothing; exports to PNG, SVG and CSV. Long series are drawn downsampled (LTTB)
// while hover values and exports use every point.
class MetricsChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsChartView)

public:
    struct Line
    {
        QString name;
        QList<QPointF> points;
        bool markers = false;
        int colour = -1; // a fixed slot in the palette (a run keeps its colour); -1: by position
    };

    explicit MetricsChartView(QWidget *parent = nullptr);

    void setChart(const QString &title, const QString &yTitle, const QList<Line> &lines,
                  const QList<double> &epochBoundaries = {});
    void setFromTable(const core::ChartSpec &spec, const core::ResultsTable &table,
                      const QList<double> &epochs);
    void setSmoothing(double weight);
    void resetZoom();

    QStringList lineNames() const;
    QList<QPointF> linePoints(const QString &name) const; // every point, unsmoothed
    int drawnPointCount(const QString &name) const;
    bool isLineVisible(const QString &name) const;
    void setLineVisible(const QString &name, bool visible);
    QString valuesAt(double step) const; // what the hover tooltip says at a step

    using ExportOptions = ChartExportOptions;
    // Shown before the chart's title in exports, e.g. the fine-tuned model's name.
    void setCaption(const QString &caption) { m_caption = caption; }
    QString caption() const { return m_caption; }
    QImage exportImage(const ExportOptions &options = {}) const;
    bool exportPng(const QString &path, const ExportOptions &options = {}) const;
    bool exportSvg(const QString &path, const ExportOptions &options = {}) const;
    bool exportCsv(const QString &path) const;

    static constexpr int kMaxDrawnPoints = 2000;
    static constexpr int kMarkedPoints = 40; // shorter lines show their points too

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Entry
    {
        Line line;
        QXYSeries *series = nullptr;
    };
    void redraw();
    void colorize();
    void applyTheme();
    void updateRanges();
    void drawEpochLines(double low, double high);
    // A copy of this chart laid out at `size`, for a picture.
    std::unique_ptr<MetricsChartView> copyForExport(const QSize &size) const;

    QList<Entry> m_entries;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QLineSeries *> m_epochSeries;
    QList<double> m_epochs;
    QString m_title;
    QString m_caption;
    double m_smoothing = 0;
    QPoint m_panFrom;
    bool m_panning = false;
};

} // namespace ft::ui
