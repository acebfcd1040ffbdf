#pragma once

#include "writeerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace ft::core {

// Where an unfinished Uploads-API upload stands, kept on disk so that after a crash or a restart it
// resumes from its last confirmed part instead of starting again. One small JSON file per upload,
// written whole or not at all. Holds ids and paths, never a secret.
struct UploadState
{
    struct Part
    {
        QString id;
        qint64 offset = 0;
        qint64 length = 0;
    };

    QString endpoint; // the service it belongs to (no credentials)
    QString path; // absolute path of the local file
    qint64 bytes = 0;
    qint64 modifiedMs = 0; // the file as it was: a changed file starts a new upload
    QString purpose;
    QString uploadId;
    qint64 expiresAt = 0; // seconds since the epoch; 0 when the service did not say
    qint64 partSize = 0;
    QList<Part> parts; // confirmed, in order

    qint64 confirmedBytes() const;
    QString key() const; // what identifies the upload: endpoint, file (path, size, time) and purpose
};

class UploadStateStore
{
public:
    explicit UploadStateStore(QString directory);

    // The unfinished upload of this file to this endpoint, if one was recorded and has not expired.
    std::optional<UploadState> find(const QString &endpoint, const QString &path, qint64 bytes,
                                    qint64 modifiedMs, const QString &purpose, qint64 now) const;
    // Whole or not at all; a failure (a full disk) keeps the previous state and says why.
    [[nodiscard]] std::optional<WriteError> save(const UploadState &state) const;
    void remove(const UploadState &state) const;
    QList<UploadState> all() const;
    QString directory() const { return m_dir; }

    static QString defaultDirectory(); // <app data>/uploads

private:
    QString fileFor(const UploadState &state) const;

    QString m_dir;
};

} // namespace ft::core
