#pragma once

#include "core/resultstable.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace ft::control {
class Session;
}

namespace ft::ui {

class MetricsChartView;

// Compare runs: the same metric of two or more jobs (or results.csv files from disk) overlaid.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(control::Session &session, QWidget *parent = nullptr);

    void refreshJobs();
    void compareJobs(const QStringList &jobIds);
    bool addFile(const QString &path);
    MetricsChartView *chart() const { return m_chart; }
    int runCount() const { return int(m_runs.size()); }

signals:
    void message(const QString &text, bool error);

private:
    void redraw();
    void load(const QString &jobId, const QString &label, const QString &fileId);

    control::Session &m_session;
    QListWidget *m_list;
    QComboBox *m_metric;
    QLabel *m_state;
    MetricsChartView *m_chart;
    QMap<QString, std::pair<QString, core::ResultsTable>> m_runs; // key → (label, table)
};

} // namespace ft::ui
