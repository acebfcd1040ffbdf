#include "checkpointsview.h"

#include "control/jobcontroller.h"
#include "core/checkpointtablemodel.h"
#include "listtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

CheckpointsView::CheckpointsView(control::JobController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableView(this))
    , m_deploy(new QPushButton(tr("Deploy this chec&kpoint…"), this))
    , m_fineTune(new QPushButton(tr("Fine-tune from this checkpo&int…"), this))
    , m_copy(new QPushButton(tr("Copy &to another resource…"), this))
{
    core::CheckpointTableModel &model = m_controller.checkpoints();
    setUpListTable(m_table, &model,
                   {QStringLiteral("checkpointsTable"), tr("Checkpoints"),
                    tr("The checkpoints of the job with their metrics; deploy one or fine-tune from it.")},
                   QAbstractItemView::SingleSelection);
    m_deploy->setObjectName(QStringLiteral("deployCheckpoint"));
    m_fineTune->setObjectName(QStringLiteral("fineTuneFromCheckpoint"));
    m_copy->setObjectName(QStringLiteral("copyCheckpoint"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deploy);
    buttons->addWidget(m_fineTune);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resizeColumns();

    // A reset (new metric columns, another job) clears the view's selection: the controller keeps it.
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        resizeColumns();
        restoreSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CheckpointsView::selectionChanged);
    connect(&m_controller, &control::JobController::availabilityChanged, this,
            &CheckpointsView::updateActions);
    connect(m_deploy, &QPushButton::clicked, this, &CheckpointsView::deployRequested);
    connect(m_fineTune, &QPushButton::clicked, this, &CheckpointsView::fineTuneRequested);
    connect(m_copy, &QPushButton::clicked, this, &CheckpointsView::copyRequested);
    updateActions();
}

void CheckpointsView::selectionChanged()
{
    if (m_resetting)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_controller.selectCheckpoint(
        rows.isEmpty() ? QString()
                       : rows.first().data(core::CheckpointTableModel::CheckpointIdRole).toString());
}

void CheckpointsView::restoreSelection()
{
    const core::Checkpoint *kept = m_controller.selectedCheckpoint();
    const int row = kept ? m_controller.checkpoints().rowOf(kept->id) : -1;
    if (row >= 0)
        m_table->selectRow(row);
}

void CheckpointsView::resizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_controller.checkpoints().columnCount() > core::CheckpointTableModel::Model)
        header->setSectionResizeMode(core::CheckpointTableModel::Model, QHeaderView::Stretch);
}

void CheckpointsView::updateActions()
{
    m_deploy->setEnabled(m_controller.isAvailable(control::Action::DeployCheckpoint));
    m_fineTune->setEnabled(m_controller.isAvailable(control::Action::FineTuneFromCheckpoint));
    m_copy->setEnabled(m_controller.isAvailable(control::Action::CopyCheckpoint));
    m_copy->setToolTip(m_controller.canCopyCheckpoints()
                           ? QString()
                           : tr("Copying checkpoints is an Azure OpenAI v1 preview feature."));
}

} // namespace ft::ui
