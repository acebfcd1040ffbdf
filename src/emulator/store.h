#pragma once

#include "records.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <memory>

namespace ft::emu {

// The emulator's state on disk: one JSON document per entity (written whole or not at all with
// QSaveFile) and one blob per file. A SIGKILL at any moment leaves a directory that loads: half-written
// temporary files are ignored and removed, orphan blobs are dropped.
class Store
{
public:
    explicit Store(QString directory);

    bool open(QString *error);
    QString directory() const { return m_dir; }
    qint64 nextSeq() { return ++m_seq; }

    // Files
    FileRecord *file(const QString &id);
    QList<FileRecord *> files(); // newest first
    bool addFile(const FileRecord &record, QByteArrayView content, QString *error);
    bool addFileFromParts(const FileRecord &record, const UploadRecord &upload, const QStringList &partOrder,
                          QString *error);
    bool addGeneratedFile(const FileRecord &record, QString *error); // content made on demand (results.csv)
    bool saveFile(const FileRecord &record);
    void removeFile(const QString &id);
    QString blobPath(const QString &id) const;

    // Uploads and their parts
    UploadRecord *upload(const QString &id);
    bool saveUpload(const UploadRecord &record);
    bool addUploadPart(const QString &uploadId, const QString &partId, QByteArrayView data, QString *error);
    void removeUploadParts(const QString &uploadId);

    // Jobs
    JobRecord *job(const QString &id);
    QList<JobRecord *> jobs(); // newest first
    bool saveJob(const JobRecord &record);
    void removeJob(const QString &id);

    // Deployments
    DeploymentRecord *deployment(const QString &key);
    QList<DeploymentRecord *> deployments(); // oldest first
    bool saveDeployment(const DeploymentRecord &record);
    void removeDeployment(const QString &key);

    // Long-running ARM operations
    ArmOperationRecord *operation(const QString &id);
    QList<ArmOperationRecord *> operations(); // oldest first
    bool saveOperation(const ArmOperationRecord &record);
    void removeOperation(const QString &id);

private:
    QString path(const char *kind, const QString &name) const;
    bool writeDocument(const QString &file, const nlohmann::ordered_json &doc);
    template<typename Map>
    void loadKind(const char *kind, Map &into);

    QString m_dir;
    qint64 m_seq = 0;
    QMap<QString, FileRecord> m_files;
    QMap<QString, UploadRecord> m_uploads;
    QMap<QString, JobRecord> m_jobs;
    QMap<QString, DeploymentRecord> m_deployments;
    QMap<QString, ArmOperationRecord> m_operations;
};

} // namespace ft::emu
