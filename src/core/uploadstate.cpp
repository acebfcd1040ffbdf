#include "uploadstate.h"

#include "atomicfile.h"
#include "jsonfields.h"

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
constexpr js::Field<UploadState::Part> kPartFields[] = {
    {"id", &UploadState::Part::id},
    {"offset", &UploadState::Part::offset},
    {"length", &UploadState::Part::length},
};

constexpr js::Field<UploadState> kStateFields[] = {
    {"endpoint", &UploadState::endpoint},
    {"path", &UploadState::path},
    {"bytes", &UploadState::bytes},
    {"modified_ms", &UploadState::modifiedMs},
    {"purpose", &UploadState::purpose},
    {"upload_id", &UploadState::uploadId},
    {"expires_at", &UploadState::expiresAt},
    {"part_size", &UploadState::partSize},
    {"parts",
     js::Custom<UploadState>{[](const js::Json &parts, UploadState &s) {
                                 s.parts = js::listOf<UploadState::Part>(
                                     parts, [](const js::Json &p) { return js::fromFields(p, kPartFields); });
                             },
                             [](const UploadState &s) {
                                 return js::arrayOf(s.parts, [](const UploadState::Part &p) {
                                     return js::fieldsJson(p, kPartFields);
                                 });
                             }}},
};

std::optional<UploadState> read(const QString &file)
{
    QFile f(file);
    js::Json doc;
    if (!f.open(QIODevice::ReadOnly) || !js::parse(f.readAll(), doc) || !doc.is_object())
        return std::nullopt;
    UploadState s = js::fromFields(doc, kStateFields);
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
    return AtomicFile::save(fileFor(s), js::dump(js::fieldsJson(s, kStateFields)));
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
