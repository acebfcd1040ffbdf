#include "multipart.h"

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
} // namespace

std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType, QByteArrayView body)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = paramOf(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;

    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    for (;;) {
        pos += delimiter.size();
        if (body.sliced(pos).startsWith("--"))
            return parts; // closing delimiter
        if (body.sliced(pos).startsWith("\r\n"))
            pos += 2;
        else
            return std::nullopt;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return std::nullopt;
        FormPart part;
        const QByteArrayView headerBlock = body.sliced(pos, headerEnd - pos);
        qsizetype lineStart = 0;
        while (lineStart <= headerBlock.size()) {
            qsizetype lineEnd = headerBlock.indexOf("\r\n", lineStart);
            if (lineEnd < 0)
                lineEnd = headerBlock.size();
            const QByteArrayView line = headerBlock.sliced(lineStart, lineEnd - lineStart);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
                const QByteArrayView value = line.sliced(colon + 1).trimmed();
                if (name == "content-disposition") {
                    part.name = QString::fromUtf8(paramOf(value, "name"));
                    part.filename = QString::fromUtf8(paramOf(value, "filename"));
                } else if (name == "content-type") {
                    part.contentType = value.toByteArray();
                }
            }
            lineStart = lineEnd + 2;
        }
        const qsizetype dataStart = headerEnd + 4;
        const QByteArray next = "\r\n" + delimiter;
        const qsizetype dataEnd = body.indexOf(next, dataStart);
        if (dataEnd < 0)
            return std::nullopt;
        part.data = body.sliced(dataStart, dataEnd - dataStart);
        parts.append(part);
        pos = dataEnd + 2;
    }
}

} // namespace ft::emu
