#include "deploymentsview.h"

#include "session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ft::ui {

DeploymentsView::DeploymentsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 5, this))
    , m_state(new QLabel(this))
    , m_delete(new QPushButton(tr("D&elete deployment"), this))
    , m_playground(new QPushButton(tr("Open in &playground"), this))
{
    setObjectName(QStringLiteral("deploymentsView"));
    m_table->setObjectName(QStringLiteral("deploymentsTable"));
    m_table->setToolTip(tr("The deployments of the account, with their state."));
    m_table->setAccessibleDescription(m_table->toolTip()); // item views describe themselves by this
    m_table->setAccessibleName(tr("Deployments"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Model"), tr("Type"), tr("Capacity"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
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
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_delete->setEnabled(!selected().isEmpty());
        m_playground->setEnabled(!selected().isEmpty());
    });
    m_delete->setEnabled(false);
    m_playground->setEnabled(false);
}

QString DeploymentsView::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_deployments.size() && !m_table->selectedItems().isEmpty()
        ? m_deployments[row].name
        : QString();
}

void DeploymentsView::refresh()
{
    if (!m_session.hasConnection())
        return;
    const api::ArmTarget arm = m_session.connection().arm;
    if (!arm.isSet() || arm.token.isEmpty()) {
        m_state->setText(
            tr("Deployments live in Azure Resource Manager. Add to the connection: %1.").arg(arm.missing()));
        m_deployments.clear();
        m_table->setRowCount(0);
        return;
    }
    m_session.client().deployments().list(this, [this](core::Result<core::Page<core::Deployment>> page) {
        if (!page) {
            m_state->setText(tr("The deployments could not be listed: %1").arg(page.error().toString()));
            return;
        }
        m_deployments = page.value().data;
        m_state->setText(m_deployments.isEmpty() ? tr("No deployments.") : QString());
        m_table->setRowCount(int(m_deployments.size()));
        for (int r = 0; r < m_deployments.size(); ++r) {
            const core::Deployment &d = m_deployments[r];
            const QStringList cells{d.name, d.modelName, d.skuName,
                                    QString::number(d.skuCapacity.value_or(0)), d.provisioningState};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        emit deploymentsChanged();
        // Keep watching while something is still being provisioned or deleted.
        const bool settling = std::any_of(m_deployments.begin(), m_deployments.end(),
                                          [](const core::Deployment &d) { return !d.isFinal(); });
        if (settling && isVisible())
            QTimer::singleShot(2000, this, &DeploymentsView::refresh);
    });
}

void DeploymentsView::deleteDeployment(const QString &name)
{
    if (m_confirm
        && QMessageBox::question(
               this, tr("Delete the deployment?"),
               tr("Delete %1? Requests to it stop working; the model itself stays.").arg(name))
            != QMessageBox::Yes)
        return;
    api::ArmPolling polling;
    polling.intervalMs = 1000;
    // Once the service has taken the request, the list shows the deployment as Deleting.
    polling.progress = [this](const QString &) { refresh(); };
    m_session.client().deployments().remove(
        name, this,
        [this, name](core::Result<core::Nothing> r) {
            emit message(r ? tr("Deleted deployment %1.").arg(name)
                           : tr("%1 was not deleted: %2").arg(name, r.error().toString()),
                         !r);
            refresh();
        },
        polling);
}

} // namespace ft::ui
