#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace ft::core {

enum class ChunkRead { Done, Failed, Cancelled };

// Reads the file at `path` in pieces of 1 MiB into `consume`, telling `progress` (bytes done, bytes in
// all) after each; reading stops when `progress` answers false. On Failed, `error` (when given) says
// why in the system's words; on Cancelled it is left for the caller to word.
ChunkRead readFileInChunks(const QString &path, const std::function<void(QByteArrayView)> &consume,
                           const std::function<bool(qint64, qint64)> &progress, QString *error);

// Feeds the file at `path` to `sink` (anything with addData and finish) and returns what the sink
// finishes with; nothing when the file cannot be read (`error` says why) or when `progress` cancels
// (`error` is then `cancelledText`).
template<typename Sink>
auto finishFromFile(Sink &sink, const QString &path, const std::function<bool(qint64, qint64)> &progress,
                    QString *error, const QString &cancelledText) -> std::optional<decltype(sink.finish())>
{
    const ChunkRead read = readFileInChunks(
        path, [&sink](QByteArrayView chunk) { sink.addData(chunk); }, progress, error);
    if (read == ChunkRead::Cancelled && error)
        *error = cancelledText;
    if (read != ChunkRead::Done)
        return std::nullopt;
    return sink.finish();
}

} // namespace ft::core
