#pragma once

#include "fileobject.h"
#include "finetuningjob.h"
#include "keyedtablemodel.h"
#include "titledcolumns.h"

#include <QHash>

namespace ft::core {

// The data files of a connection: name, id, purpose, size, state and the jobs that use each one.
class FileTableModel final : public TitledColumns<KeyedTableModel<File>>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTableModel)

public:
    enum Column { Name, Id, Purpose, Size, State, UsedBy, ColumnCount };
    enum Role {
        FileIdRole = Qt::UserRole + 1,
        BytesRole, // the size in bytes, or nothing when the service did not say
    };

    explicit FileTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setFiles(const QList<File> &files) { replace(files); }
    // The jobs whose training, validation or result files these may be (the "Used by" column).
    void setJobs(const QList<FineTuningJob> &jobs);
    const File *byId(const QString &fileId) const { return at(rowOf(fileId)); }

protected:
    QString keyOf(const File &value) const override { return value.id; }

private:
    QHash<QString, QStringList> m_users; // file id → job ids
};

} // namespace ft::core
