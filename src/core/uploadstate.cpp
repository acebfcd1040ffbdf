#include "uploadstate.h"

#include "atomicfile.h"
#include "jsonutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ft::core {

qint64 UploadState::confirmedBytes() const
{
    qint64 total = 0;
    for (const Part &p : parts)
        total += p.length;
    return total;
}

QString UploadState::key() const
{
    return QStringLiteral("%1\n%2\n%3\n%4\n%5").arg(endpoint, path).arg(bytes).arg(modifiedMs).arg(purpose);
}

UploadStateStore::UploadStateStore(QString directory)
    : m_dir(std::move(directory))
{ }

QString UploadStateStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/uploads");
}

QString UploadStateStore::fileFor(const UploadState &state) const
{
    const QByteArray hash = QCryptographicHash::hash(state.key().toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_dir + u'/' + QString::fromLatin1(hash) + QStringLiteral(".json");
}

namespace {
std::optional<UploadState> read(const QString &file)
{
    QFile f(file);
    js::Json doc;
    if (!f.open(QIODevice::ReadOnly) || !js::parse(f.readAll(), doc) || !doc.is_object())
        return std::nullopt;
    UploadState s;
    s.endpoint = js::str(doc, "endpoint");
    s.path = js::str(doc, "path");
    s.bytes = js::int64(doc, "bytes");
    s.modifiedMs = js::int64(doc, "modified_ms");
    s.purpose = js::str(doc, "purpose");
    s.uploadId = js::str(doc, "upload_id");
    s.expiresAt = js::int64(doc, "expires_at");
    s.partSize = js::int64(doc, "part_size");
    if (const auto *parts = js::find(doc, "parts"); parts && parts->is_array()) {
        for (const auto &p : *parts)
            s.parts.append({js::str(p, "id"), js::int64(p, "offset"), js::int64(p, "length")});
    }
    // A record that does not add up is no record: the upload starts again.
    qint64 next = 0;
    for (const UploadState::Part &p : s.parts) {
        if (p.id.isEmpty() || p.offset != next || p.length <= 0)
            return std::nullopt;
        next += p.length;
    }
    if (s.uploadId.isEmpty() || s.path.isEmpty() || next > s.bytes)
        return std::nullopt;
    return s;
}
} // namespace

std::optional<UploadState> UploadStateStore::find(const QString &endpoint, const QString &path, qint64 bytes,
                                                  qint64 modifiedMs, const QString &purpose, qint64 now) const
{
    UploadState probe;
    probe.endpoint = endpoint;
    probe.path = path;
    probe.bytes = bytes;
    probe.modifiedMs = modifiedMs;
    probe.purpose = purpose;
    auto s = read(fileFor(probe));
    if (!s || s->key() != probe.key())
        return std::nullopt;
    if (s->expiresAt > 0 && s->expiresAt <= now + 60) { // expired, or about to: start again
        remove(*s);
        return std::nullopt;
    }
    return s;
}

std::optional<WriteError> UploadStateStore::save(const UploadState &s) const
{
    js::Json parts = js::Json::array();
    for (const UploadState::Part &p : s.parts)
        parts.push_back(js::Json{{"id", js::s(p.id)}, {"offset", p.offset}, {"length", p.length}});
    const js::Json doc{
        {"endpoint", js::s(s.endpoint)}, {"path", js::s(s.path)},       {"bytes", s.bytes},
        {"modified_ms", s.modifiedMs},   {"purpose", js::s(s.purpose)}, {"upload_id", js::s(s.uploadId)},
        {"expires_at", s.expiresAt},     {"part_size", s.partSize},     {"parts", parts}};
    return AtomicFile::save(fileFor(s), js::dump(doc));
}

void UploadStateStore::remove(const UploadState &state) const
{
    QFile::remove(fileFor(state));
}

QList<UploadState> UploadStateStore::all() const
{
    QList<UploadState> out;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (auto s = read(dir.filePath(name)))
            out << *s;
    }
    return out;
}

} // namespace ft::core
