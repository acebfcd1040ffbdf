#pragma once

#include "action.h"

#include "core/apierror.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace ft::core {
class FileTableModel;
}

namespace ft::control {

class Session;

// The data files of the connection as a table model (with the jobs that use each), and what can be
// done to them: delete some, save one to disk.
class FilesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesController)

public:
    explicit FilesController(Session &session, QObject *parent = nullptr);

    core::FileTableModel &model() { return *m_model; }
    void refresh();
    // Deletes every file named, then reads the list again; removed() tells which ones failed.
    void remove(const QStringList &ids);
    void download(const QString &id, const QString &path);

signals:
    // The list was read (the model holds it).
    void listed();
    void removed(const QStringList &ids, const QMap<QString, ft::core::ApiError> &failures);
    void succeeded(ft::control::Action action, const QString &subject);
    void failed(ft::control::Action action, const QString &subject, const ft::core::ApiError &error);

private:
    Session &m_session;
    core::FileTableModel *m_model;
};

} // namespace ft::control
