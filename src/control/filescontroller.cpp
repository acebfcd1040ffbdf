#include "filescontroller.h"

#include "session.h"

#include "core/filetablemodel.h"

#include <memory>

namespace ft::control {

FilesController::FilesController(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new core::FileTableModel(this))
{
    m_model->setFiles(m_session.files());
    m_model->setJobs(m_session.jobs());
    connect(&m_session, &Session::filesChanged, this, [this] {
        m_model->setFiles(m_session.files());
        emit listed();
    });
    connect(&m_session, &Session::jobsChanged, this, [this] { m_model->setJobs(m_session.jobs()); });
    connect(&m_session, &Session::connectionChanged, this, [this] {
        m_model->clear();
        m_model->setJobs({});
    });
}

void FilesController::refresh()
{
    m_session.refreshFiles();
}

void FilesController::remove(const QStringList &ids)
{
    if (ids.isEmpty() || !m_session.hasConnection())
        return;
    struct Progress
    {
        int remaining = 0;
        QMap<QString, core::ApiError> failures;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = int(ids.size());
    for (const QString &id : ids) {
        m_session.client().files().remove(
            id, this, [this, id, ids, progress](const core::Result<core::Deleted> &r) {
                if (!r)
                    progress->failures.insert(id, r.error());
                if (--progress->remaining > 0)
                    return;
                if (progress->failures.isEmpty())
                    emit succeeded(Action::DeleteFiles, QString::number(ids.size()));
                else
                    emit failed(Action::DeleteFiles, progress->failures.firstKey(),
                                progress->failures.first());
                emit removed(ids, progress->failures);
                refresh();
            });
    }
}

void FilesController::download(const QString &id, const QString &path)
{
    if (!m_session.hasConnection())
        return;
    m_session.client().files().download(id, path, this, [this, path](const core::Result<core::Nothing> &r) {
        if (!r)
            return emit failed(Action::Download, path, r.error());
        emit succeeded(Action::Download, path);
    });
}

} // namespace ft::control
