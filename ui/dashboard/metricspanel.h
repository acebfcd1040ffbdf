#pragma once

#include "core/resultstable.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLayout;
class QMenu;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTableView;

namespace ft::core {
class ResultsDataModel;
}

namespace ft::ui {

class MetricsChartView;

// The charts of one results.csv: loss and accuracy (or RFT reward, reasoning tokens, parse errors),
// with a shared smoothing slider, zoom reset and export of every chart as PNG, SVG and CSV.
class MetricsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsPanel)

public:
    explicit MetricsPanel(QWidget *parent = nullptr);
    // A window of its own with the charts of a results.csv on disk; null (and why) when it cannot be read.
    static MetricsPanel *openWindow(const QString &path, QString *problem);

    // Returns false (and shows why) when the CSV cannot be read.
    bool setResults(const QByteArray &csv, qint64 stepsPerEpoch = 0);
    void clear(const QString &message = {});
    QList<MetricsChartView *> charts() const { return m_charts; }
    MetricsChartView *chart(const QString &id) const;
    const std::optional<core::ResultsTable> &table() const { return m_table; }
    // The name exported pictures carry: the fine-tuned model, or the job, or the file.
    void setCaption(const QString &caption);
    // Writes <chart>.png, .svg and .csv for every chart into a directory.
    bool exportAll(const QString &directory);

    // The charts' numbers as a table (for screen readers and for reading exact values).
    void showAsTable(bool table);
    bool isShowingTable() const;

private:
    QLayout *buildBar();
    void fillExportMenu(QMenu *menu);
    void exportChart(MetricsChartView *chart, const QString &suffix);

    QLabel *m_message;
    QSlider *m_smoothing;
    QLabel *m_smoothingValue;
    QGridLayout *m_grid;
    QWidget *m_area;
    QStackedWidget *m_views;
    QTableView *m_data;
    QPushButton *m_asTable;
    QList<MetricsChartView *> m_charts;
    std::optional<core::ResultsTable> m_table;
    QString m_caption;
    core::ResultsDataModel *m_dataModel;
};

} // namespace ft::ui
