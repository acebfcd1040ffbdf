#pragma once

#include "core/deployment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ft::ui {

class Session;

// The ARM deployments of the connection, with their provisioning state; delete one (confirmed), or
// open it in the playground.
class DeploymentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsView)

public:
    explicit DeploymentsView(Session &session, QWidget *parent = nullptr);

    void refresh();
    const QList<core::Deployment> &deployments() const { return m_deployments; }
    void deleteDeployment(const QString &name);
    void setConfirmActions(bool confirm) { m_confirm = confirm; }

signals:
    void deploymentsChanged();
    void openInPlayground(const QString &name);
    void message(const QString &text, bool error);

private:
    QString selected() const;

    Session &m_session;
    QList<core::Deployment> m_deployments;
    QTableWidget *m_table;
    QLabel *m_state;
    QPushButton *m_delete;
    QPushButton *m_playground;
    bool m_confirm = true;
};

} // namespace ft::ui
