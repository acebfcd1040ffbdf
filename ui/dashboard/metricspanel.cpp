#include "metricspanel.h"

#include "charts/metricschartview.h"

#include "core/metricscharts.h"
#include "core/resultsdatamodel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace ft::ui {

MetricsPanel::MetricsPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_smoothing(new QSlider(Qt::Horizontal, this))
    , m_smoothingValue(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_area(new QWidget(this))
    , m_views(new QStackedWidget(this))
    , m_data(new QTableView(this))
    , m_asTable(new QPushButton(tr("Show as &table"), this))
    , m_dataModel(new core::ResultsDataModel(this))
{
    setObjectName(QStringLiteral("metricsPanel"));
    QLayout *bar = buildBar();
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("metricsMessage"));
    m_area->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_area);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    m_data->setObjectName(QStringLiteral("resultsData"));
    m_data->setAccessibleName(tr("Results data"));
    m_data->setModel(m_dataModel);
    m_data->setAlternatingRowColors(true);
    m_data->verticalHeader()->hide();
    m_views->addWidget(scroll);
    m_views->addWidget(m_data);
    layout->addWidget(m_views, 1);
    clear(tr("No results yet."));
}

QLayout *MetricsPanel::buildBar()
{
    m_smoothing->setRange(0, 99);
    m_smoothing->setObjectName(QStringLiteral("smoothing"));
    m_smoothing->setToolTip(tr("Smooths the lines (exponential moving average); the raw points stay."));
    m_smoothing->setAccessibleName(tr("Smoothing"));
    m_smoothing->setMaximumWidth(180);
    auto *reset = new QPushButton(tr("Reset &zoom"), this);
    reset->setToolTip(tr("Shows every step again after zooming."));
    auto *exportButton = new QPushButton(tr("E&xport charts…"), this);
    exportButton->setObjectName(QStringLiteral("exportCharts"));
    auto *bar = new QHBoxLayout;
    auto *smoothingLabel = new QLabel(tr("&Smoothing:"), this);
    smoothingLabel->setBuddy(m_smoothing);
    bar->addWidget(smoothingLabel);
    bar->addWidget(m_smoothing);
    bar->addWidget(m_smoothingValue);
    bar->addStretch();
    m_asTable->setCheckable(true);
    m_asTable->setObjectName(QStringLiteral("showAsTable"));
    m_asTable->setToolTip(tr("Shows the numbers behind the charts, one row per step."));
    bar->addWidget(m_asTable);
    bar->addWidget(reset);
    bar->addWidget(exportButton);
    connect(m_asTable, &QPushButton::toggled, this, &MetricsPanel::showAsTable);
    m_smoothingValue->setText(QStringLiteral("0.00"));
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int v) {
        m_smoothingValue->setText(QString::number(v / 100.0, 'f', 2));
        for (MetricsChartView *c : std::as_const(m_charts))
            c->setSmoothing(v / 100.0);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        for (MetricsChartView *c : std::as_const(m_charts))
            c->resetZoom();
    });
    // Export: every chart into a folder, or one chart as PNG, SVG or its data as CSV.
    auto *exportMenu = new QMenu(exportButton);
    exportButton->setMenu(exportMenu);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] { fillExportMenu(exportMenu); });
    return bar;
}

void MetricsPanel::fillExportMenu(QMenu *menu)
{
    menu->clear();
    QAction *all = menu->addAction(tr("&All charts to a folder (PNG, SVG and CSV)…"));
    all->setEnabled(!m_charts.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the charts into"));
        if (!dir.isEmpty() && !exportAll(dir))
            m_message->setText(tr("Some charts could not be written to %1.").arg(dir));
    });
    for (MetricsChartView *chart : std::as_const(m_charts)) {
        QMenu *one = menu->addMenu(chart->accessibleName());
        const QList<std::pair<QString, QString>> kinds{{tr("Image (PNG)…"), QStringLiteral("png")},
                                                       {tr("Vector image (SVG)…"), QStringLiteral("svg")},
                                                       {tr("Data (CSV)…"), QStringLiteral("csv")}};
        for (const auto &[label, suffix] : kinds)
            connect(one->addAction(label), &QAction::triggered, this,
                    [this, chart, kind = suffix] { exportChart(chart, kind); });
    }
}

void MetricsPanel::exportChart(MetricsChartView *chart, const QString &suffix)
{
    const QString base = chart->objectName().mid(6);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(chart->accessibleName()),
                                                      base + u'.' + suffix);
    if (path.isEmpty())
        return;
    const bool ok = suffix == u"png" ? chart->exportPng(path)
        : suffix == u"svg"           ? chart->exportSvg(path)
                                     : chart->exportCsv(path);
    if (!ok) {
        m_message->setText(tr("%1 could not be written.").arg(path));
        m_message->show();
    }
}

MetricsPanel *MetricsPanel::openWindow(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 cannot be read: %2").arg(path, f.errorString());
        return nullptr;
    }
    auto *panel = new MetricsPanel;
    panel->setObjectName(QStringLiteral("resultsWindow"));
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->setWindowTitle(QFileInfo(path).fileName()); // the platform adds the app's name
    panel->resize(1100, 700);
    panel->setCaption(QFileInfo(path).completeBaseName());
    panel->setResults(f.readAll());
    return panel;
}

void MetricsPanel::setCaption(const QString &caption)
{
    m_caption = caption;
    for (MetricsChartView *view : std::as_const(m_charts))
        view->setCaption(caption);
}

void MetricsPanel::clear(const QString &message)
{
    qDeleteAll(m_charts);
    m_charts.clear();
    m_table.reset();
    m_dataModel->setTable(m_table);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool MetricsPanel::setResults(const QByteArray &csv, qint64 stepsPerEpoch)
{
    QString error;
    auto table = core::ResultsTable::parse(csv, &error);
    if (!table) {
        clear(tr("The results file cannot be read: %1").arg(error));
        return false;
    }
    const QList<core::ChartSpec> specs = core::chartsFor(*table);
    const QList<double> epochs = core::epochBoundaries(*table, stepsPerEpoch);
    // Keep the chart widgets when the same charts come again (a running job): zoom and toggles stay.
    const bool same = specs.size() == m_charts.size()
        && std::equal(specs.begin(), specs.end(), m_charts.begin(),
                      [](const core::ChartSpec &s, MetricsChartView *c) {
                          return c->objectName() == u"chart_" + s.id;
                      });
    if (!same) {
        qDeleteAll(m_charts);
        m_charts.clear();
    }
    for (qsizetype i = 0; i < specs.size(); ++i) {
        MetricsChartView *view = same ? m_charts[i] : new MetricsChartView(m_area);
        QStringList hidden;
        for (const QString &name : view->lineNames())
            if (!view->isLineVisible(name))
                hidden << name;
        view->setFromTable(specs[i], *table, epochs);
        view->setCaption(m_caption);
        view->setSmoothing(m_smoothing->value() / 100.0);
        for (const QString &name : hidden)
            view->setLineVisible(name, false);
        if (!same) {
            m_grid->addWidget(view, int(i / 2), int(i % 2));
            m_charts << view;
        }
    }
    m_table = std::move(table);
    if (isShowingTable())
        m_dataModel->setTable(m_table);
    m_message->setVisible(specs.isEmpty());
    m_message->setText(specs.isEmpty() ? tr("The results file has no metrics yet.") : QString());
    return true;
}

MetricsChartView *MetricsPanel::chart(const QString &id) const
{
    for (MetricsChartView *c : m_charts)
        if (c->objectName() == u"chart_" + id)
            return c;
    return nullptr;
}

bool MetricsPanel::exportAll(const QString &directory)
{
    bool ok = true;
    const QDir dir(directory);
    for (MetricsChartView *c : std::as_const(m_charts)) {
        const QString base = dir.filePath(c->objectName().mid(6));
        ok = c->exportPng(base + QStringLiteral(".png")) && ok;
        ok = c->exportSvg(base + QStringLiteral(".svg")) && ok;
        ok = c->exportCsv(base + QStringLiteral(".csv")) && ok;
    }
    return ok;
}

void MetricsPanel::showAsTable(bool table)
{
    if (m_asTable->isChecked() != table)
        m_asTable->setChecked(table); // comes back here through toggled()
    m_dataModel->setTable(table ? m_table : std::nullopt);
    m_views->setCurrentIndex(table ? 1 : 0);
}

bool MetricsPanel::isShowingTable() const
{
    return m_views->currentIndex() == 1;
}

} // namespace ft::ui
