#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace ft::control {
class JobController;
}

namespace ft::ui {

// The checkpoints of the selected job with their metrics, and what can be done with the selected one:
// deploy it, fine-tune from it, copy it to another resource. The buttons follow the controller.
class CheckpointsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointsView)

public:
    explicit CheckpointsView(control::JobController &controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

signals:
    void deployRequested();
    void fineTuneRequested();
    void copyRequested();

private:
    void selectionChanged();
    void restoreSelection();
    void updateActions();
    void resizeColumns();

    control::JobController &m_controller;
    QTableView *m_table;
    QPushButton *m_deploy;
    QPushButton *m_fineTune;
    QPushButton *m_copy;
    bool m_resetting = false;
};

} // namespace ft::ui
