#include "deploymentsview.h"

#include "control/deploymentscontroller.h"
#include "core/deploymenttablemodel.h"
#include "listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

using control::Action;

DeploymentsView::DeploymentsView(control::DeploymentsController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
    , m_delete(new QPushButton(tr("D&elete deployment"), this))
    , m_playground(new QPushButton(tr("Open in &playground"), this))
{
    setObjectName(QStringLiteral("deploymentsView"));
    setUpListTable(m_table, &m_controller.model(),
                   {QStringLiteral("deploymentsTable"), tr("Deployments"),
                    tr("The deployments of the account, with their state.")},
                   QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(core::DeploymentTableModel::Model,
                                                      QHeaderView::Stretch);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("deploymentsState"));
    m_delete->setObjectName(QStringLiteral("deleteDeployment"));
    auto *refreshButton = new QPushButton(tr("Refre&sh"), this);
    refreshButton->setToolTip(tr("Reads the deployments again."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_playground);
    buttons->addWidget(m_delete);
    auto *note =
        new QLabel(tr("Hosting is billed by the hour; an unused deployment of a fine-tuned model is removed "
                      "after 15 days."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addLayout(buttons);
    connect(refreshButton, &QPushButton::clicked, this, &DeploymentsView::refresh);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!selected().isEmpty())
            deleteDeployment(selected());
    });
    connect(m_playground, &QPushButton::clicked, this, [this] {
        if (!selected().isEmpty())
            emit openInPlayground(selected());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeploymentsView::updateActions);
    connect(&m_controller.model(), &QAbstractItemModel::rowsRemoved, this, &DeploymentsView::updateActions);
    connect(&m_controller, &control::DeploymentsController::listed, this, [this] {
        m_state->setText(m_controller.deployments().isEmpty() ? tr("No deployments.") : QString());
    });
    connect(&m_controller, &control::DeploymentsController::unavailable, this,
            [this](const QString &missing, const core::ApiError &error) {
                m_state->setText(
                    missing.isEmpty()
                        ? tr("The deployments could not be listed: %1").arg(error.toString())
                        : tr("Deployments live in Azure Resource Manager. Add to the connection: %1.")
                              .arg(missing));
            });
    connect(&m_controller, &control::DeploymentsController::succeeded, this,
            [this](Action action, const QString &name) {
                if (action == Action::DeleteDeployment)
                    emit message(tr("Deleted deployment %1.").arg(name), false);
            });
    connect(&m_controller, &control::DeploymentsController::failed, this,
            [this](Action action, const QString &name, const core::ApiError &error) {
                if (action == Action::DeleteDeployment)
                    emit message(tr("%1 was not deleted: %2").arg(name, error.toString()), true);
            });
    updateActions();
}

void DeploymentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller.setWatching(true);
}

void DeploymentsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_controller.setWatching(false);
}

QString DeploymentsView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(core::DeploymentTableModel::NameRole).toString();
}

void DeploymentsView::updateActions()
{
    m_delete->setEnabled(!selected().isEmpty());
    m_playground->setEnabled(!selected().isEmpty());
}

void DeploymentsView::refresh()
{
    m_controller.refresh();
}

void DeploymentsView::deleteDeployment(const QString &name)
{
    if (m_confirm
        && QMessageBox::question(
               this, tr("Delete the deployment?"),
               tr("Delete %1? Requests to it stop working; the model itself stays.").arg(name))
            != QMessageBox::Yes)
        return;
    m_controller.remove(name);
}

} // namespace ft::ui
