#include "filesview.h"

#include "control/filescontroller.h"
#include "core/filetablemodel.h"
#include "listtable.h"

#include <QFileDialog>
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

FilesView::FilesView(control::FilesController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
    , m_delete(new QPushButton(tr("D&elete files…"), this))
    , m_save(new QPushButton(tr("Save a cop&y…"), this))
{
    setObjectName(QStringLiteral("filesView"));
    setUpListTable(m_table, &m_controller.model(),
                   {QStringLiteral("filesTable"), tr("Data files"),
                    tr("The files on the resource; select some to save or delete them.")},
                   QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_state->setObjectName(QStringLiteral("filesState"));
    m_state->setWordWrap(true);
    m_delete->setObjectName(QStringLiteral("deleteFiles"));
    m_save->setObjectName(QStringLiteral("saveFile"));
    auto *refreshButton = new QPushButton(tr("Refre&sh"), this);
    refreshButton->setToolTip(tr("Reads the file list again."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(refreshButton, &QPushButton::clicked, this, &FilesView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilesView::updateActions);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteFiles(selectedIds()); });
    connect(m_save, &QPushButton::clicked, this, &FilesView::saveSelected);
    bindController();
    updateActions();
}

void FilesView::bindController()
{
    const core::FileTableModel &model = m_controller.model();
    auto count = [this, &model] {
        const int n = model.rowCount();
        m_state->setText(n == 0 ? tr("No data files.") : tr("%n file(s).", nullptr, n));
        updateActions();
    };
    connect(&m_controller, &control::FilesController::listed, this, count);
    connect(&m_controller, &control::FilesController::succeeded, this,
            [this](Action action, const QString &what) {
                if (action == Action::DeleteFiles)
                    emit message(tr("Deleted the files."), false);
                else if (action == Action::Download)
                    emit message(tr("Saved %1.").arg(what), false);
            });
    connect(&m_controller, &control::FilesController::failed, this,
            [this](Action action, const QString &, const core::ApiError &error) {
                if (action == Action::Download)
                    emit message(tr("The download failed: %1").arg(error.toString()), true);
            });
    connect(&m_controller, &control::FilesController::removed, this,
            [this](const QStringList &, const QMap<QString, core::ApiError> &failures) {
                QStringList lines;
                for (auto it = failures.begin(); it != failures.end(); ++it)
                    lines << tr("%1: %2").arg(it.key(), it.value().message);
                if (!lines.isEmpty())
                    emit message(tr("Some files were not deleted. %1").arg(lines.join(QStringLiteral("; "))),
                                 true);
            });
}

void FilesView::updateActions()
{
    const QStringList ids = selectedIds();
    m_delete->setEnabled(!ids.isEmpty());
    m_save->setEnabled(ids.size() == 1);
}

void FilesView::refresh()
{
    m_controller.refresh();
}

QStringList FilesView::selectedIds() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(core::FileTableModel::FileIdRole).toString();
    return out;
}

void FilesView::saveSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const core::File *file = m_controller.model().byId(ids.first());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), file ? file->filename : ids.first());
    if (!path.isEmpty())
        m_controller.download(ids.first(), path);
}

void FilesView::deleteFiles(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (m_confirm
        && QMessageBox::question(
               this, tr("Delete the files?"),
               tr("Delete %n file(s)? Jobs that used them keep their results, but the data cannot be "
                  "downloaded again.",
                  nullptr, int(ids.size())))
            != QMessageBox::Yes)
        return;
    m_controller.remove(ids);
}

} // namespace ft::ui
