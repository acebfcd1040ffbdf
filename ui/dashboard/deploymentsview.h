#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ft::control {
class DeploymentsController;
}

namespace ft::ui {

// The ARM deployments of the connection, with their provisioning state; delete one (confirmed), or
// open it in the playground. The list and the deletion are the controller's.
class DeploymentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsView)

public:
    explicit DeploymentsView(control::DeploymentsController &controller, QWidget *parent = nullptr);

    void refresh();
    void deleteDeployment(const QString &name);
    void setConfirmActions(bool confirm) { m_confirm = confirm; }
    QTableView *table() const { return m_table; }

signals:
    void openInPlayground(const QString &name);
    void message(const QString &text, bool error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString selected() const;
    void updateActions();

    control::DeploymentsController &m_controller;
    QTableView *m_table;
    QLabel *m_state;
    QPushButton *m_delete;
    QPushButton *m_playground;
    bool m_confirm = true;
};

} // namespace ft::ui
