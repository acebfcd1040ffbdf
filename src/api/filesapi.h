#pragma once

#include "transport.h"

#include "core/fileobject.h"
#include "core/page.h"

namespace ft::api {

struct FileListQuery
{
    QString purpose;
    QString after;
    int limit = 0; // 0: the service's default
    QString order; // asc | desc
};

// /files: upload (multipart, streamed from disk), list, get, delete, content, import (Azure classic).
class FilesApi
{
public:
    explicit FilesApi(Transport &transport)
        : m_t(transport)
    { }

    PendingCall *upload(const QString &path, const QString &purpose, QObject *context,
                        Callback<core::File> done);
    PendingCall *list(const FileListQuery &query, QObject *context, Callback<core::Page<core::File>> done);
    PendingCall *get(const QString &id, QObject *context, Callback<core::File> done);
    PendingCall *remove(const QString &id, QObject *context, Callback<core::Deleted> done);
    // Streams the content to a file, written whole or not at all.
    PendingCall *download(const QString &id, const QString &outPath, QObject *context,
                          Callback<core::Nothing> done);
    // The content in memory, for small files (results.csv); refused above maxBytes.
    PendingCall *content(const QString &id, QObject *context, Callback<QByteArray> done,
                         qint64 maxBytes = 256LL * 1024 * 1024);
    // Azure classic only: the service downloads the file from a URL.
    PendingCall *import(const QUrl &url, const QString &filename, const QString &purpose, QObject *context,
                        Callback<core::File> done);

private:
    Transport &m_t;
};

} // namespace ft::api
