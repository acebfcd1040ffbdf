#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ft::core {
class JobTableModel;
}

namespace ft::ui {

class JobFilterProxy;

// The jobs list: a status filter, a text filter and the table (model in core, proxy and badge
// delegate here). Several rows can be selected for Compare runs.
class JobsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsView)

public:
    JobsView(core::JobTableModel &model, QWidget *parent = nullptr);

    QString currentJobId() const;
    QStringList selectedJobIds() const;
    void select(const QString &jobId);
    QTableView *table() const { return m_table; }

signals:
    void currentJobChanged(const QString &jobId);

private:
    core::JobTableModel &m_model;
    JobFilterProxy *m_proxy;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTableView *m_table;
};

} // namespace ft::ui
