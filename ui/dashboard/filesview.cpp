#include "filesview.h"

#include "session.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace ft::ui {

FilesView::FilesView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 6, this))
    , m_state(new QLabel(this))
    , m_delete(new QPushButton(tr("D&elete files…"), this))
    , m_save(new QPushButton(tr("Save a cop&y…"), this))
{
    setObjectName(QStringLiteral("filesView"));
    m_table->setObjectName(QStringLiteral("filesTable"));
    m_table->setToolTip(tr("The files on the resource; select some to save or delete them."));
    m_table->setAccessibleDescription(m_table->toolTip()); // item views describe themselves by this
    m_table->setAccessibleName(tr("Data files"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("ID"), tr("Purpose"), tr("Size"), tr("State"), tr("Used by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
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
    connect(&m_session, &Session::filesChanged, this, &FilesView::fill);
    connect(&m_session, &Session::jobsChanged, this, &FilesView::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_delete->setEnabled(!selectedIds().isEmpty());
        m_save->setEnabled(selectedIds().size() == 1);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteFiles(selectedIds()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return;
        const QString id = ids.first();
        const int row = m_table->currentRow();
        const QString name = row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : id;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), name);
        if (path.isEmpty())
            return;
        m_session.client().files().download(id, path, this, [this, path](core::Result<core::Nothing> r) {
            emit message(
                r ? tr("Saved %1.").arg(path) : tr("The download failed: %1").arg(r.error().toString()), !r);
        });
    });
    m_delete->setEnabled(false);
    m_save->setEnabled(false);
}

void FilesView::refresh()
{
    m_session.refreshFiles();
}

void FilesView::fill()
{
    const QList<core::File> &files = m_session.files();
    const QStringList keep = selectedIds();
    QHash<QString, QStringList> users;
    for (const core::FineTuningJob &j : m_session.jobs()) {
        for (const QString &id : QStringList{j.trainingFile, j.validationFile} + j.resultFiles)
            if (!id.isEmpty())
                users[id] << j.id;
    }
    const QLocale l;
    m_table->clearSelection();
    m_table->setRowCount(int(files.size()));
    for (int r = 0; r < files.size(); ++r) {
        const core::File &f = files[r];
        const QStringList cells{
            f.filename,
            f.id,
            f.purpose,
            f.bytes ? l.formattedDataSize(*f.bytes) : QString(),
            f.statusDetails.isEmpty() ? f.status : QStringLiteral("%1: %2").arg(f.status, f.statusDetails),
            users.value(f.id).join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, f.id);
            m_table->setItem(r, c, item);
        }
        if (keep.contains(f.id))
            m_table->selectRow(r);
    }
    m_state->setText(files.isEmpty() ? tr("No data files.") : tr("%n file(s).", nullptr, int(files.size())));
}

QStringList FilesView::selectedIds() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(Qt::UserRole).toString();
    return out;
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
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto failures = std::make_shared<QStringList>();
    for (const QString &id : ids) {
        m_session.client().files().remove(
            id, this, [this, id, remaining, failures](core::Result<core::Deleted> r) {
                if (!r)
                    failures->append(tr("%1: %2").arg(id, r.error().message));
                if (--*remaining > 0)
                    return;
                if (failures->isEmpty())
                    emit message(tr("Deleted the files."), false);
                else
                    emit message(
                        tr("Some files were not deleted. %1").arg(failures->join(QStringLiteral("; "))),
                        true);
                refresh();
            });
    }
}

} // namespace ft::ui
