#include "filetablemodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace ft::core {

namespace {
constexpr const char *kColumnTitles[] = {
    QT_TRANSLATE_NOOP("FileTableModel", "File"),    QT_TRANSLATE_NOOP("FileTableModel", "ID"),
    QT_TRANSLATE_NOOP("FileTableModel", "Purpose"), QT_TRANSLATE_NOOP("FileTableModel", "Size"),
    QT_TRANSLATE_NOOP("FileTableModel", "State"),   QT_TRANSLATE_NOOP("FileTableModel", "Used by")};
static_assert(std::size(kColumnTitles) == FileTableModel::ColumnCount);
} // namespace

FileTableModel::FileTableModel(QObject *parent)
    : TitledColumns("FileTableModel", kColumnTitles, parent)
{ }

QVariant FileTableModel::data(const QModelIndex &index, int role) const
{
    const File *f = at(index);
    if (!f)
        return {};
    if (role == FileIdRole)
        return f->id;
    if (role == BytesRole)
        return f->bytes ? QVariant(*f->bytes) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return f->filename;
    case Id:
        return f->id;
    case Purpose:
        return f->purpose;
    case Size:
        return f->bytes ? QLocale().formattedDataSize(*f->bytes) : QString();
    case State:
        return f->statusDetails.isEmpty() ? f->status
                                          : QStringLiteral("%1: %2").arg(f->status, f->statusDetails);
    case UsedBy:
        return m_users.value(f->id).join(QStringLiteral(", "));
    default:
        return {};
    }
}

void FileTableModel::setJobs(const QList<FineTuningJob> &jobs)
{
    QHash<QString, QStringList> users;
    for (const FineTuningJob &j : jobs)
        for (const QString &id : QStringList{j.trainingFile, j.validationFile} + j.resultFiles)
            if (!id.isEmpty())
                users[id] << j.id;
    if (users == m_users)
        return;
    m_users = users;
    if (rowCount() > 0)
        emit dataChanged(index(0, UsedBy), index(rowCount() - 1, UsedBy));
}

} // namespace ft::core
