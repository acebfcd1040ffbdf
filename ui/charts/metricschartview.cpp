#include "metricschartview.h"

#include "appearance.h"

#include "core/atomicfile.h"

#include <QBuffer>
#include <QChart>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
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
    chart()->legend()->setShowToolTips(true); // a label cut short for room shows whole on hover
    chart()->setMargins(QMargins(6, 6, 6, 6));
    // Not a tool tip: it would replace the values under the mouse after a moment (see event()).
    setAccessibleDescription(
        tr("Drag to zoom, wheel to zoom, middle button or arrow keys to pan, right click to zoom out"));
    setWhatsThis(accessibleDescription());
}

bool MetricsChartView::event(QEvent *event)
{
    // The values under the mouse stay shown while it rests; elsewhere, the hint on how to zoom.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        const QString values =
            chart()->plotArea().contains(at) ? valuesAt(chart()->mapToValue(at).x()) : QString();
        QToolTip::showText(help->globalPos(), values.isEmpty() ? accessibleDescription() : values, this);
        return true;
    }
    return QChartView::event(event);
}

void MetricsChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void MetricsChartView::applyTheme()
{
    // Live: a theme switch recolours the chart (Qt Charts' theme) and then our own series colours,
    // which the theme would otherwise replace, and the epoch lines.
    const QChart::ChartTheme theme = appearance::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() == theme)
        return;
    chart()->setTheme(theme);
    colorize();
    for (Entry &e : m_entries)
        setLineVisible(e.line.name, e.series->isVisible());
    updateRanges();
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
    m_title = title;
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
        m_x->setTickType(QValueAxis::TicksDynamic);
        m_x->setTickAnchor(0);
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
    if (!m_x || !m_y)
        return; // no chart yet (a theme switch before the results arrived): nothing to scale
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
    const core::NiceScale y = core::niceScale(minY, maxY, 7);
    if (!c->isZoomed()) {
        // Steps: the axis runs from the first step to the last one, ticks at round intervals.
        const double first = any ? std::floor(minX) : 0;
        const double last = any ? std::max(std::ceil(maxX), first + 1) : 1;
        m_x->setRange(first, last);
        m_x->setTickInterval(core::niceStepInterval(first, last, 8));
        m_y->setRange(y.min, y.max);
        m_y->setTickCount(y.ticks);
        const int decimals = std::clamp(int(-std::floor(std::log10(y.step) + 1e-9)), 0, 6);
        m_y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    }
    drawEpochLines(y.min, y.max);
}

void MetricsChartView::drawEpochLines(double low, double high)
{
    // Epoch boundaries: dashed vertical lines, not in the legend.
    QChart *c = chart();
    for (QLineSeries *line : std::as_const(m_epochSeries)) {
        c->removeSeries(line);
        delete line;
    }
    m_epochSeries.clear();
    for (double e : std::as_const(m_epochs)) {
        auto *line = new QLineSeries;
        line->append(e, low);
        line->append(e, high);
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
        const int slot = e.line.colour >= 0 ? e.line.colour : i;
        ++i;
        const QColor color = kColors[slot % std::size(kColors)];
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

std::unique_ptr<MetricsChartView> MetricsChartView::copyForExport(const QSize &size) const
{
    auto copy = std::make_unique<MetricsChartView>();
    copy->setAttribute(Qt::WA_DontShowOnScreen);
    copy->setPalette(palette());
    QList<Line> lines;
    for (const Entry &e : m_entries)
        lines << e.line;
    const QString title = m_caption.isEmpty() ? m_title : m_caption + QStringLiteral(" — ") + m_title;
    copy->setChart(title, m_y ? m_y->titleText() : QString(), lines, m_epochs);
    copy->setSmoothing(m_smoothing);
    for (const Entry &e : m_entries)
        copy->setLineVisible(e.line.name, e.series->isVisible());
    copy->chart()->setAnimationOptions(QChart::NoAnimation);
    copy->chart()->setBackgroundRoundness(0); // a picture has square corners, no frame around them
    copy->chart()->setMargins(QMargins(16, 12, 16, 12));
    QFont titleFont = copy->chart()->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5); // the name must read in a slide
    titleFont.setBold(true);
    copy->chart()->setTitleFont(titleFont);
    copy->resize(size);
    copy->chart()->resize(size);
    return copy;
}

QImage MetricsChartView::exportImage(const ExportOptions &options) const
{
    const std::unique_ptr<MetricsChartView> copy = copyForExport(options.size);
    QImage image(options.size * options.pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.pixelRatio);
    // The theme's background is a gradient; under it, the palette's window colour (never black).
    image.fill(copy->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    copy->scene()->render(&painter, QRectF(QPointF(0, 0), options.size), copy->chart()->rect());
    painter.end();
    return image;
}

bool MetricsChartView::exportPng(const QString &path, const ExportOptions &options) const
{
    const QImage image = exportImage(options);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return false;
    return !core::AtomicFile::save(path, png).has_value();
}

bool MetricsChartView::exportSvg(const QString &path, const ExportOptions &options) const
{
    const std::unique_ptr<MetricsChartView> copy = copyForExport(options.size);
    QByteArray svgText;
    QBuffer buffer(&svgText);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    svg.setTitle(copy->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    copy->scene()->render(&painter, QRectF(QPointF(0, 0), options.size), copy->chart()->rect());
    painter.end();
    return !svgText.isEmpty() && !core::AtomicFile::save(path, svgText).has_value();
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
