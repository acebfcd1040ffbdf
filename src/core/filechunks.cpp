#include "filechunks.h"

#include <QFile>

namespace ft::core {

ChunkRead readFileInChunks(const QString &path, const std::function<void(QByteArrayView)> &consume,
                           const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return ChunkRead::Failed;
    }
    const qint64 total = f.size();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = f.errorString();
            return ChunkRead::Failed;
        }
        if (n == 0)
            return ChunkRead::Done;
        consume(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress && !progress(done, total))
            return ChunkRead::Cancelled;
    }
}

} // namespace ft::core
