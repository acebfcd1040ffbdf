#pragma once

#include "records.h"

#include "core/writeerror.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryFile;

namespace ft::emu {

// The emulator's state on disk: one JSON document per entity and one blob per file, each written whole
// or not at all (core::AtomicFile). A SIGKILL at any moment leaves a directory that loads: half-written
// temporary files are ignored and removed, orphan blobs are dropped. Memory never runs ahead of the
// disk: a record changes here only once its document is saved, and a failed save (a full disk)
// returns the reason and leaves both the record and the previous document as they were.
class Store
{
public:
    using Failure = std::optional<core::WriteError>; // nullopt: saved

    explicit Store(QString directory);

    bool open(QString *error);
    QString directory() const { return m_dir; }
    QString spoolDirectory() const { return m_dir + QStringLiteral("/spool"); } // large request bodies
    qint64 nextSeq() { return ++m_seq; }

    // Files
    FileRecord *file(const QString &id);
    QList<FileRecord *> files(); // newest first
    [[nodiscard]] Failure addFile(const FileRecord &record, QByteArrayView content);
    [[nodiscard]] Failure addFileFromParts(const FileRecord &record, const UploadRecord &upload,
                                           const QStringList &partOrder);
    // The same, taking over content that is already on disk (a large upload, spooled): no copy.
    [[nodiscard]] Failure adoptFile(const FileRecord &record, QTemporaryFile &content);
    [[nodiscard]] Failure addGeneratedFile(const FileRecord &record); // content made on demand (results.csv)
    [[nodiscard]] Failure saveFile(const FileRecord &record);
    [[nodiscard]] Failure removeFile(const QString &id);
    QString blobPath(const QString &id) const;

    // Uploads and their parts
    UploadRecord *upload(const QString &id);
    [[nodiscard]] Failure saveUpload(const UploadRecord &record);
    [[nodiscard]] Failure addUploadPart(const QString &uploadId, const QString &partId, QByteArrayView data);
    [[nodiscard]] Failure adoptUploadPart(const QString &uploadId, const QString &partId,
                                          QTemporaryFile &data);
    void removeUploadPart(const QString &uploadId, const QString &partId);
    void removeUploadParts(const QString &uploadId); // what cannot be removed stays, unreferenced

    // Jobs
    JobRecord *job(const QString &id);
    QList<JobRecord *> jobs(); // newest first
    [[nodiscard]] Failure saveJob(const JobRecord &record);
    [[nodiscard]] Failure removeJob(const QString &id);

    // Deployments
    DeploymentRecord *deployment(const QString &key);
    QList<DeploymentRecord *> deployments(); // oldest first
    [[nodiscard]] Failure saveDeployment(const DeploymentRecord &record);
    [[nodiscard]] Failure removeDeployment(const QString &key);

    // Long-running ARM operations
    ArmOperationRecord *operation(const QString &id);
    QList<ArmOperationRecord *> operations(); // oldest first
    [[nodiscard]] Failure saveOperation(const ArmOperationRecord &record);
    [[nodiscard]] Failure removeOperation(const QString &id);

private:
    QString path(const char *kind, const QString &name) const;
    QString partPath(const QString &uploadId, const QString &partId) const;
    Failure writeDocument(const QString &file, const nlohmann::ordered_json &doc);
    template<typename Map, typename Record>
    Failure saveRecord(Map &map, const QString &key, const QString &file, const Record &record);
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
