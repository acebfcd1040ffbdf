#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ft::ui {

class Session;

// The connection's data files (purpose fine-tune and results): name, size, state, which jobs use
// them; delete the selected ones (confirmed) or save one to disk.
class FilesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesView)

public:
    explicit FilesView(Session &session, QWidget *parent = nullptr);

    void refresh();
    QStringList selectedIds() const;
    void deleteFiles(const QStringList &ids);
    void setConfirmActions(bool confirm) { m_confirm = confirm; }
    QTableWidget *table() const { return m_table; }

signals:
    void message(const QString &text, bool error);

private:
    void fill();

    Session &m_session;
    QTableWidget *m_table;
    QLabel *m_state;
    QPushButton *m_delete;
    QPushButton *m_save;
    bool m_confirm = true;
};

} // namespace ft::ui
