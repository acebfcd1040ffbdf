#include "metricschartview.h"

#include "appearance.h"

#include "core/atomicfile.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ft::ui {

namespace {
const QColor kColors[] = {QColor(0x00, 0x78, 0xd4), QColor(0xe3, 0x6c, 0x09), QColor(0x10, 0x7c, 0x10),
                          QColor(0x88, 0x17, 0x98), QColor(0xc4, 0x2b, 0x1c), QColor(0x00, 0x83, 0x8f),
                          QColor(0x6b, 0x69, 0xd6), QColor(0x8e, 0x56, 0x2e)};

// The point of `points` (sorted by x) nearest to x.
const QPointF *nearest(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return nullptr;
    auto it = std::lower_bound(points.begin(), points.end(), x,
                               [](const QPointF &p, double v) { return p.x() < v; });
    if (it == points.end())
        return &points.constLast();
    if (it != points.begin() && std::abs((it - 1)->x() - x) < std::abs(it->x() - x))
        --it;
    return &*it;
}
} // namespace

MetricsChartView::MetricsChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    setToolTip(
        tr("Drag to zoom, wheel to zoom, middle button or arrow keys to pan, right click to zoom out"));
}

void MetricsChartView::setFromTable(const core::ChartSpec &spec, const core::ResultsTable &table,
                                    const QList<double> &epochs)
{
    QList<Line> lines;
    for (const core::SeriesSpec &s : spec.series)
        lines << Line{s.label, table.series(s.column), s.points};
    setChart(spec.title, spec.yTitle, lines, epochs);
    setObjectName(QStringLiteral("chart_") + spec.id);
    setAccessibleName(spec.title);
}

void MetricsChartView::setChart(const QString &title, const QString &yTitle, const QList<Line> &lines,
                                const QList<double> &epochBoundaries)
{
    QChart *c = chart();
    // The chart follows the palette: dark theme on a dark palette (set before the series, which the
    // theme would recolour).
    const QChart::ChartTheme theme = appearance::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (c->theme() != theme && c->series().isEmpty())
        c->setTheme(theme);
    c->setTitle(title);
    m_epochs = epochBoundaries;
    // The same lines again (a running job's results grew): new points, same series, so the user's
    // zoom and hidden lines stay.
    const bool same = m_x && lines.size() == m_entries.size()
        && std::equal(lines.begin(), lines.end(), m_entries.begin(), [](const Line &l, const Entry &e) {
                          return l.name == e.line.name && l.markers == e.line.markers;
                      });
    if (same) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            m_entries[i].line.points = lines[i].points;
        m_y->setTitleText(yTitle);
    } else {
        c->removeAllSeries();
        m_epochSeries.clear();
        for (QAbstractAxis *axis : c->axes())
            c->removeAxis(axis);
        m_entries.clear();
        m_x = new QValueAxis;
        m_x->setTitleText(tr("Step"));
        m_x->setLabelFormat(QStringLiteral("%d"));
        m_y = new QValueAxis;
        m_y->setTitleText(yTitle);
        c->addAxis(m_x, Qt::AlignBottom);
        c->addAxis(m_y, Qt::AlignLeft);
        for (const Line &line : lines) {
            Entry e{line, nullptr};
            if (line.markers) {
                auto *scatter = new QScatterSeries;
                scatter->setMarkerSize(9);
                e.series = scatter;
            } else {
                e.series = new QLineSeries;
            }
            e.series->setName(line.name);
            c->addSeries(e.series);
            e.series->attachAxis(m_x);
            e.series->attachAxis(m_y);
            m_entries.append(e);
        }
        for (Entry &e : m_entries) {
            for (QLegendMarker *marker : c->legend()->markers(e.series)) {
                connect(marker, &QLegendMarker::clicked, this,
                        [this, name = e.line.name] { setLineVisible(name, !isLineVisible(name)); });
            }
        }
        colorize();
    }
    updateRanges();
    redraw();
}

void MetricsChartView::updateRanges()
{
    QChart *c = chart();
    double minX = 0, maxX = 1, minY = 0, maxY = 1;
    bool any = false;
    for (const Entry &e : std::as_const(m_entries)) {
        for (const QPointF &p : e.line.points) {
            if (!std::isfinite(p.y()))
                continue;
            if (!any) {
                minX = maxX = p.x();
                minY = maxY = p.y();
                any = true;
            }
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    const double padY = (maxY - minY) * 0.05 + 1e-9;
    if (!c->isZoomed()) {
        // Steps are whole numbers: few ticks for a short run, round ones for a long one.
        maxX = std::max(maxX, minX + 1);
        m_x->setRange(std::floor(minX), std::ceil(maxX));
        const double span = std::ceil(maxX) - std::floor(minX);
        if (span <= 6) {
            m_x->setTickCount(int(span) + 1);
        } else {
            m_x->setTickCount(6);
            m_x->applyNiceNumbers();
            if (m_x->min() < 0 && minX >= 0)
                m_x->setMin(0);
        }
        m_y->setRange(minY - padY, maxY + padY);
    }
    // Epoch boundaries: dashed vertical lines, not in the legend.
    for (QLineSeries *line : std::as_const(m_epochSeries)) {
        c->removeSeries(line);
        delete line;
    }
    m_epochSeries.clear();
    for (double e : std::as_const(m_epochs)) {
        auto *line = new QLineSeries;
        line->append(e, minY - padY);
        line->append(e, maxY + padY);
        QPen pen(appearance::secondaryTextColor());
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1);
        line->setPen(pen);
        c->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        for (QLegendMarker *marker : c->legend()->markers(line))
            marker->setVisible(false);
        m_epochSeries << line;
    }
}

void MetricsChartView::colorize()
{
    int i = 0;
    for (Entry &e : m_entries) {
        const QColor color = kColors[i++ % std::size(kColors)];
        QPen pen(color);
        pen.setWidthF(e.line.markers ? 1 : 1.6);
        e.series->setPen(pen);
        if (e.line.markers)
            e.series->setBrush(color);
    }
}

void MetricsChartView::redraw()
{
    for (Entry &e : m_entries) {
        QList<QPointF> finite;
        finite.reserve(e.line.points.size());
        for (const QPointF &p : e.line.points)
            if (std::isfinite(p.y()))
                finite.append(p);
        const QList<QPointF> shown =
            e.line.markers ? finite : core::downsampled(core::smoothed(finite, m_smoothing), kMaxDrawnPoints);
        e.series->replace(shown);
        if (!e.line.markers)
            static_cast<QLineSeries *>(e.series)->setPointsVisible(shown.size() <= kMarkedPoints);
    }
}

void MetricsChartView::setSmoothing(double weight)
{
    m_smoothing = weight;
    redraw();
}

void MetricsChartView::resetZoom()
{
    chart()->zoomReset();
}

QStringList MetricsChartView::lineNames() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.line.name;
    return out;
}

QList<QPointF> MetricsChartView::linePoints(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.line.name == name)
            return e.line.points;
    return {};
}

int MetricsChartView::drawnPointCount(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.line.name == name)
            return int(e.series->count());
    return 0;
}

bool MetricsChartView::isLineVisible(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.line.name == name)
            return e.series->isVisible();
    return false;
}

void MetricsChartView::setLineVisible(const QString &name, bool visible)
{
    for (Entry &e : m_entries) {
        if (e.line.name != name)
            continue;
        e.series->setVisible(visible);
        // A hidden series keeps its legend marker, faded, so it can be clicked back on.
        for (QLegendMarker *marker : chart()->legend()->markers(e.series)) {
            marker->setVisible(true);
            QColor label = palette().color(QPalette::Text);
            label.setAlphaF(visible ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        }
    }
}

QString MetricsChartView::valuesAt(double step) const
{
    QStringList parts;
    double shownStep = step;
    for (const Entry &e : m_entries) {
        if (!e.series->isVisible())
            continue;
        const QPointF *p = nearest(e.line.points, step);
        if (!p || (e.line.markers && std::abs(p->x() - step) > 0.5))
            continue;
        shownStep = p->x();
        parts << QStringLiteral("%1: %2").arg(e.line.name, QLocale().toString(p->y(), 'g', 5));
    }
    if (parts.isEmpty())
        return {};
    return tr("Step %1").arg(qint64(shownStep)) + u'\n' + parts.join(u'\n');
}

void MetricsChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        chart()->scroll(-delta.x(), delta.y());
        m_panFrom = event->pos();
        event->accept();
        return;
    }
    const QPointF value = chart()->mapToValue(event->position());
    if (chart()->plotArea().contains(event->position())) {
        const QString text = valuesAt(value.x());
        if (!text.isEmpty())
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    QChartView::mouseMoveEvent(event);
}

void MetricsChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->pos();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricsChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricsChartView::wheelEvent(QWheelEvent *event)
{
    chart()->zoom(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void MetricsChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-20, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(20, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, 20);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -20);
        break;
    case Qt::Key_Plus:
        chart()->zoomIn();
        break;
    case Qt::Key_Minus:
        chart()->zoomOut();
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool MetricsChartView::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool MetricsChartView::exportSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(rect());
    svg.setTitle(chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render(&painter);
    painter.end();
    return QFile::exists(path);
}

bool MetricsChartView::exportCsv(const QString &path) const
{
    QList<QString> names;
    QList<QList<QPointF>> data;
    for (const Entry &e : m_entries) {
        names << e.line.name;
        data << e.line.points;
    }
    return !core::AtomicFile::save(path, core::seriesCsv(names, data)).has_value();
}

} // namespace ft::ui
