#include "multipart.h"

#include "httpexchange.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryFile>

namespace ft::emu {

namespace {
QByteArray paramOf(QByteArrayView header, QByteArrayView key)
{
    // key="value" or key=value, case-insensitive key
    const QByteArray lower = header.toByteArray().toLower();
    const QByteArray needle = key.toByteArray().toLower() + '=';
    qsizetype at = 0;
    for (;;) {
        at = lower.indexOf(needle, at);
        if (at < 0)
            return {};
        if (at == 0 || lower[at - 1] == ' ' || lower[at - 1] == ';' || lower[at - 1] == '\t')
            break;
        at += needle.size();
    }
    qsizetype start = at + needle.size();
    if (start < header.size() && header[start] == '"') {
        ++start;
        QByteArray out;
        for (qsizetype i = start; i < header.size(); ++i) {
            if (header[i] == '\\' && i + 1 < header.size()) {
                out += header[++i];
                continue;
            }
            if (header[i] == '"')
                break;
            out += header[i];
        }
        return out;
    }
    qsizetype end = start;
    while (end < header.size() && header[end] != ';' && header[end] != ' ')
        ++end;
    return header.sliced(start, end - start).toByteArray();
}

// Reads a body from a device in blocks, keeping what is not yet consumed.
class StreamReader
{
public:
    explicit StreamReader(QIODevice &device)
        : m_device(device)
    { }

    bool failed() const { return m_failed; }

    // Reads one more block; false at the end of the body.
    bool more()
    {
        if (m_pos > 0 && m_pos * 2 > m_buffer.size()) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const QByteArray block = m_device.read(kBlock);
        if (block.isEmpty()) {
            const auto *file = qobject_cast<QFileDevice *>(&m_device);
            m_failed = m_failed || (file && file->error() != QFileDevice::NoError);
            return false;
        }
        m_buffer += block;
        return true;
    }
    // Makes at least `n` bytes available when the body has them.
    bool fill(qsizetype n)
    {
        while (m_buffer.size() - m_pos < n) {
            if (!more())
                return false;
        }
        return true;
    }
    QByteArrayView available() const { return QByteArrayView(m_buffer).sliced(m_pos); }
    void consume(qsizetype n) { m_pos += n; }

    // Reads until `needle` (bounded by `limit` bytes); the needle is consumed, the text returned.
    std::optional<QByteArray> until(QByteArrayView needle, qsizetype limit)
    {
        for (;;) {
            const qsizetype at = available().indexOf(needle);
            if (at >= 0) {
                QByteArray out = available().first(at).toByteArray();
                consume(at + needle.size());
                return out;
            }
            if (available().size() > limit || !more())
                return std::nullopt;
        }
    }

    static constexpr qsizetype kBlock = 256 * 1024;

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

void readPartHeaders(const QByteArray &block, FormPart &part)
{
    for (const QByteArray &line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            part.name = QString::fromUtf8(paramOf(value, "name"));
            part.filename = QString::fromUtf8(paramOf(value, "filename"));
        } else if (name == "content-type") {
            part.contentType = value;
        }
    }
}

// Copies a part's content up to the next delimiter, in memory while it is small, then to a file.
bool readPartData(StreamReader &in, QByteArrayView next, FormPart &part, const QString &spoolDir,
                  qint64 memoryLimit, bool *storageFailed)
{
    auto put = [&](QByteArrayView bytes) {
        part.size += bytes.size();
        if (!part.file && part.data.size() + bytes.size() <= memoryLimit) {
            part.data.append(bytes);
            return true;
        }
        if (!part.file) {
            part.file = std::make_shared<QTemporaryFile>(spoolDir + QStringLiteral("/part-XXXXXX"));
            if (!part.file->open() || part.file->write(part.data) != part.data.size())
                return false;
            part.data = QByteArray();
        }
        return part.file->write(bytes.data(), bytes.size()) == bytes.size();
    };
    for (;;) {
        const QByteArrayView window = in.available();
        const qsizetype at = window.indexOf(next);
        if (at >= 0) {
            const bool ok = put(window.first(at));
            in.consume(at + next.size());
            if (ok && part.file && !part.file->flush())
                return *storageFailed = true, false;
            return ok || (*storageFailed = true, false);
        }
        // Everything but a possible beginning of the delimiter can go.
        const qsizetype keep = std::min<qsizetype>(window.size(), next.size() - 1);
        if (window.size() > keep) {
            if (!put(window.first(window.size() - keep)))
                return *storageFailed = true, false;
            in.consume(window.size() - keep);
        }
        if (!in.more())
            return false;
    }
}
} // namespace

QString FormPart::text() const
{
    return QString::fromUtf8(data);
}

std::optional<QList<FormPart>> parseMultipart(const HttpRequest &request, const QString &spoolDir,
                                              qint64 memoryLimit, bool *storageFailed)
{
    bool failedToStore = false;
    if (!storageFailed)
        storageFailed = &failedToStore;
    *storageFailed = false;
    const QByteArray contentType = request.header("content-type");
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = paramOf(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return std::nullopt;
    QFile file(request.bodyFile);
    QBuffer buffer;
    QIODevice *device = &buffer;
    if (!request.bodyFile.isEmpty()) {
        if (!file.open(QIODevice::ReadOnly))
            return *storageFailed = true, std::nullopt;
        device = &file;
    } else {
        buffer.setData(request.body);
        buffer.open(QIODevice::ReadOnly);
    }
    StreamReader in(*device);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray next = QByteArray("\r\n") + delimiter;
    // The preamble, up to the first delimiter (at the very start, or after a line break).
    if (!in.fill(delimiter.size()))
        return std::nullopt;
    if (!in.available().startsWith(delimiter)) {
        if (!in.until(next, 64 * 1024))
            return std::nullopt;
    } else {
        in.consume(delimiter.size());
    }
    QList<FormPart> parts;
    for (;;) {
        if (!in.fill(2))
            return std::nullopt;
        if (in.available().startsWith("--"))
            return parts; // the closing delimiter
        if (!in.available().startsWith("\r\n"))
            return std::nullopt;
        in.consume(2);
        const auto headers = in.until("\r\n\r\n", 16 * 1024);
        if (!headers || parts.size() >= 100)
            return std::nullopt;
        FormPart part;
        readPartHeaders(*headers, part);
        if (!readPartData(in, next, part, spoolDir, memoryLimit, storageFailed))
            return std::nullopt;
        parts.append(std::move(part));
    }
}

} // namespace ft::emu
