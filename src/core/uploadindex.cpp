#include "uploadindex.h"

#include "atomicfile.h"
#include "jsonparse.h"
#include "jsonutil.h"

#include <QCryptographicHash>
#include <QFile>

#include <nlohmann/json.hpp>

namespace ft::core {

namespace {

// The index stays small: the oldest uploads are forgotten first.
constexpr qsizetype kMaxEntries = 500;
constexpr qsizetype kMaxIndexBytes = qsizetype(4) * 1024 * 1024;

bool sameUpload(const UploadIndex::Entry &a, const UploadIndex::Entry &b)
{
    return a.resource == b.resource && a.sha256 == b.sha256 && a.filename == b.filename
        && a.purpose == b.purpose;
}

} // namespace

UploadIndex::UploadIndex(QString path)
    : m_path(std::move(path))
{ }

QList<UploadIndex::Entry> UploadIndex::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxIndexBytes)
        return {};
    js::Json root;
    if (js::parseText(file.readAll(), root, nullptr, kMaxIndexBytes) != js::ParseError::None
        || !root.is_array())
        return {};
    QList<Entry> out;
    for (const js::Json &e : root) {
        if (!e.is_object())
            continue;
        Entry entry{js::str(e, "resource"), js::str(e, "sha256"),  js::str(e, "filename"),
                    js::str(e, "purpose"),  js::int64(e, "bytes"), js::str(e, "file_id")};
        if (!entry.fileId.isEmpty() && !entry.sha256.isEmpty())
            out << entry;
    }
    return out;
}

std::optional<WriteError> UploadIndex::save(const QList<Entry> &entries) const
{
    js::Json root = js::Json::array();
    for (const Entry &e : entries)
        root.push_back(js::Json{{"resource", js::s(e.resource)},
                                {"sha256", js::s(e.sha256)},
                                {"filename", js::s(e.filename)},
                                {"purpose", js::s(e.purpose)},
                                {"bytes", e.bytes},
                                {"file_id", js::s(e.fileId)}});
    return AtomicFile::save(m_path, js::dump(root, 1));
}

std::optional<QString> UploadIndex::find(const QString &resource, const QString &sha256,
                                         const QString &filename, const QString &purpose) const
{
    const Entry wanted{resource, sha256, filename, purpose, 0, {}};
    for (const Entry &e : load()) {
        if (sameUpload(e, wanted))
            return e.fileId;
    }
    return std::nullopt;
}

std::optional<WriteError> UploadIndex::remember(const Entry &entry)
{
    QList<Entry> entries = load();
    entries.removeIf([&entry](const Entry &e) { return sameUpload(e, entry); });
    entries << entry;
    while (entries.size() > kMaxEntries)
        entries.removeFirst();
    return save(entries);
}

std::optional<WriteError> UploadIndex::forget(const QString &resource, const QString &fileId)
{
    QList<Entry> entries = load();
    const auto removed =
        entries.removeIf([&](const Entry &e) { return e.resource == resource && e.fileId == fileId; });
    if (removed == 0)
        return std::nullopt;
    return save(entries);
}

QString UploadIndex::sha256Of(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&device))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QString UploadIndex::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sha256Of(file);
}

} // namespace ft::core
