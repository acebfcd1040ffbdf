#include "jobsview.h"

#include "jobfilterproxy.h"
#include "listtable.h"
#include "statusbadgedelegate.h"

#include "core/jobtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ft::ui {

JobsView::JobsView(core::JobTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new JobFilterProxy(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("jobsView"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Shows only the jobs in the chosen state."));
    m_status->setAccessibleName(tr("Show jobs with status"));
    m_status->addItem(tr("All jobs"), int(JobFilterProxy::StatusFilter::All));
    m_status->addItem(tr("Active"), int(JobFilterProxy::StatusFilter::Active));
    m_status->addItem(tr("Succeeded"), int(JobFilterProxy::StatusFilter::Succeeded));
    m_status->addItem(tr("Failed"), int(JobFilterProxy::StatusFilter::Failed));
    m_status->addItem(tr("Cancelled"), int(JobFilterProxy::StatusFilter::Cancelled));
    m_status->addItem(tr("Paused"), int(JobFilterProxy::StatusFilter::Paused));
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setPlaceholderText(tr("Filter jobs"));
    m_search->setAccessibleName(tr("Filter jobs"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(&m_model);
    setUpListTable(m_table, m_proxy,
                   {QStringLiteral("jobsTable"), tr("Fine-tuning jobs"),
                    tr("Your fine-tuning jobs, refreshed while they run; select one to see its details.")},
                   QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegateForColumn(core::JobTableModel::Status, new StatusBadgeDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::JobTableModel::Created, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(core::JobTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(core::JobTableModel::Id, QHeaderView::Interactive);
    m_table->setColumnWidth(core::JobTableModel::Id, 190);
    // A checkpoint as base model has a long name: it is elided rather than pushing Status out of view.
    m_table->horizontalHeader()->setSectionResizeMode(core::JobTableModel::BaseModel,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(core::JobTableModel::BaseModel, 220);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(JobFilterProxy::StatusFilter(m_status->currentData().toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentJobChanged(currentJobId()); });
}

QString JobsView::currentJobId() const
{
    return m_table->currentIndex().siblingAtColumn(0).data(core::JobTableModel::JobIdRole).toString();
}

QStringList JobsView::selectedJobIds() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(core::JobTableModel::JobIdRole).toString();
    return out;
}

void JobsView::select(const QString &jobId)
{
    const int row = m_model.rowOf(jobId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, core::JobTableModel::Name));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

} // namespace ft::ui
