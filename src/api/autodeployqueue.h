#pragma once

#include "client.h"

#include "core/finetuningjob.h"

#include <QList>
#include <QObject>
#include <QString>

namespace ft::api {

// Deployments promised by the wizard's auto-deploy step, made when their job succeeds. The queue is a
// file in the app's data directory, so a promise survives a restart of the app.
class AutoDeployQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoDeployQueue)

public:
    struct Entry
    {
        QString jobId;
        QString deploymentName;
        QString sku; // GlobalStandard, DeveloperTier
        QString state; // waiting, deploying, done, failed
        QString message;
    };

    explicit AutoDeployQueue(QString path, QObject *parent = nullptr);

    void add(const QString &jobId, const QString &deploymentName, const QString &sku);
    // Looks at fresh job states and deploys the ones that succeeded.
    void update(const QList<core::FineTuningJob> &jobs, Client &client);
    QList<Entry> entries() const { return m_entries; }

signals:
    void deployed(const QString &jobId, const QString &deploymentName);
    void deployFailed(const QString &jobId, const QString &message);
    // The queue could not be written (a full disk): the file keeps its previous version.
    void saveFailed(const QString &message);

private:
    void save();
    void load();

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace ft::api
