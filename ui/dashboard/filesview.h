#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ft::control {
class FilesController;
}

namespace ft::ui {

// The connection's data files (purpose fine-tune and results): name, size, state, which jobs use
// them; delete the selected ones (confirmed) or save one to disk. The controller acts.
class FilesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesView)

public:
    explicit FilesView(control::FilesController &controller, QWidget *parent = nullptr);

    void refresh();
    QStringList selectedIds() const;
    void deleteFiles(const QStringList &ids);
    void setConfirmActions(bool confirm) { m_confirm = confirm; }
    QTableView *table() const { return m_table; }

signals:
    void message(const QString &text, bool error);

private:
    void bindController();
    void saveSelected();
    void updateActions();

    control::FilesController &m_controller;
    QTableView *m_table;
    QLabel *m_state;
    QPushButton *m_delete;
    QPushButton *m_save;
    bool m_confirm = true;
};

} // namespace ft::ui
