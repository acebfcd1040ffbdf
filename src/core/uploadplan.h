#pragma once

#include <QtGlobal>

namespace ft::core {

class Catalog;

// How a local file goes to the service: in one multipart request, or through the Uploads API in parts
// (which resumes after an interruption). Decided by the file's size against the catalog's threshold, so
// the app, ftctl and an estimate before anything is sent all come to the same answer.
struct UploadPlan
{
    enum class Method { Simple, Chunked };

    Method method = Method::Simple;
    qint64 bytes = 0;
    qint64 partSize = 0; // Chunked: the size of every part but the last

    int parts() const; // requests that carry the file's bytes: 1 for Simple

    // `forceChunked` takes the Uploads API whatever the size; a `partSize` of 0 (or one above the
    // catalog's largest part) is the largest part.
    static UploadPlan forFile(qint64 bytes, const Catalog &catalog, bool forceChunked = false,
                              qint64 partSize = 0);
};

} // namespace ft::core
