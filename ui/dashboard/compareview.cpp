#include "compareview.h"

#include "charts/metricschartview.h"

#include "control/session.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ft::ui {

CompareView::CompareView(control::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_metric(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_chart(new MetricsChartView(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_list->setObjectName(QStringLiteral("compareRuns"));
    m_list->setToolTip(tr("Tick the runs to draw; their results.csv files are fetched once and cached."));
    m_list->setAccessibleDescription(m_list->toolTip()); // item views describe themselves by this
    m_list->setAccessibleName(tr("Runs to compare"));
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    m_metric->setToolTip(tr("The metric drawn for every run in the chart."));
    const QList<std::pair<QString, QString>> metrics{
        {QStringLiteral("train_loss"), tr("Training loss")},
        {QStringLiteral("valid_loss"), tr("Validation loss")},
        {QStringLiteral("full_valid_loss"), tr("Full validation loss")},
        {QStringLiteral("train_mean_token_accuracy"), tr("Training accuracy")},
        {QStringLiteral("valid_mean_token_accuracy"), tr("Validation accuracy")},
        {QStringLiteral("train_mean_reward"), tr("Training reward")},
        {QStringLiteral("full_valid_mean_reward"), tr("Full validation reward")},
    };
    for (const auto &[column, label] : metrics)
        m_metric->addItem(label, column);
    m_state->setWordWrap(true);
    auto *addButton = new QPushButton(tr("&Add a results.csv file…"), this);
    addButton->setToolTip(tr("Adds a results.csv from this computer to the comparison."));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(tr("Check the runs to overlay:"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(addButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *bar = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Metric:"), right);
    metricLabel->setBuddy(m_metric);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addStretch();
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_chart, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &CompareView::redraw);
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a results file"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked && !m_runs.contains(key))
            load(key, item->text(), item->data(Qt::UserRole + 1).toString());
        else
            redraw();
    });
}

void CompareView::refreshJobs()
{
    QSet<QString> known;
    for (int i = 0; i < m_list->count(); ++i)
        known.insert(m_list->item(i)->data(Qt::UserRole).toString());
    for (const core::FineTuningJob &job : m_session.jobs()) {
        if (job.resultFiles.isEmpty() || known.contains(job.id))
            continue;
        // Short labels for the list and the legend: the suffix and the start of the job id.
        const QString label =
            job.suffix.isEmpty() ? job.id : QStringLiteral("%1 · %2…").arg(job.suffix, job.id.left(12));
        auto *item = new QListWidgetItem(label, m_list);
        item->setToolTip(
            job.fineTunedModel.isEmpty() ? job.id : QStringLiteral("%1\n%2").arg(job.fineTunedModel, job.id));
        item->setData(Qt::UserRole, job.id);
        item->setData(Qt::UserRole + 1, job.resultFiles.first());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void CompareView::compareJobs(const QStringList &jobIds)
{
    refreshJobs();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (jobIds.contains(item->data(Qt::UserRole).toString()))
            item->setCheckState(Qt::Checked);
    }
}

bool CompareView::addFile(const QString &path)
{
    QFile f(path);
    QString error;
    std::optional<core::ResultsTable> table;
    if (f.open(QIODevice::ReadOnly))
        table = core::ResultsTable::parse(f.readAll(), &error);
    if (!table) {
        m_state->setText(tr("%1 cannot be read: %2").arg(path, error.isEmpty() ? f.errorString() : error));
        return false;
    }
    const QString key = QStringLiteral("file:") + path;
    m_runs.insert(key, {QFileInfo(path).fileName(), *table});
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
    item->setData(Qt::UserRole, key);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    redraw();
    return true;
}

void CompareView::load(const QString &jobId, const QString &label, const QString &fileId)
{
    // A finished run's results do not change: the offline copy serves when it has them.
    m_session.fetchResults(jobId, fileId, true, this, [this, jobId, label](core::Result<QByteArray> csv) {
        if (!csv) {
            m_state->setText(
                tr("The results of %1 could not be loaded: %2").arg(jobId, csv.error().toString()));
            return;
        }
        if (auto table = core::ResultsTable::parse(csv.value())) {
            m_runs.insert(jobId, {label, *table});
            redraw();
        }
    });
}

void CompareView::redraw()
{
    const QString column = m_metric->currentData().toString();
    QList<MetricsChartView::Line> lines;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const auto it = m_runs.constFind(item->data(Qt::UserRole).toString());
        if (item->checkState() != Qt::Checked || it == m_runs.constEnd())
            continue;
        // A run without this metric (an RFT run has no token loss) adds no empty legend entry; each run
        // keeps the colour of its place in the list, whichever others are drawn.
        const QList<QPointF> points = it->second.series(column);
        if (std::none_of(points.begin(), points.end(), [](const QPointF &p) { return std::isfinite(p.y()); }))
            continue;
        lines << MetricsChartView::Line{it->first, points, column.startsWith(QStringLiteral("full_")), i};
    }
    m_state->setText(lines.size() < 2 ? tr("Check two or more runs to compare them.") : QString());
    m_chart->setChart(tr("%1 by run").arg(m_metric->currentText()), m_metric->currentText(), lines);
}

} // namespace ft::ui
