#include "streambody.h"

#include <QRandomGenerator>

namespace ft::api {

StreamBody::StreamBody(QObject *parent)
    : QIODevice(parent)
{
    QIODevice::open(QIODevice::ReadOnly);
}

StreamBody::~StreamBody() = default;

void StreamBody::append(const QByteArray &bytes)
{
    Segment s;
    s.bytes = bytes;
    s.length = bytes.size();
    m_length += s.length;
    m_segments.push_back(std::move(s));
}

void StreamBody::append(QIODevice *device, qint64 length)
{
    Segment s;
    s.device.reset(device);
    s.length = length;
    m_length += length;
    m_segments.push_back(std::move(s));
}

qint64 StreamBody::bytesAvailable() const
{
    return (m_length - m_read) + QIODevice::bytesAvailable();
}

qint64 StreamBody::readData(char *data, qint64 maxSize)
{
    qint64 total = 0;
    while (total < maxSize && m_current < m_segments.size()) {
        Segment &s = m_segments[m_current];
        const qint64 want = std::min(maxSize - total, s.length - s.done);
        qint64 got = 0;
        if (want > 0) {
            if (s.device) {
                got = s.device->read(data + total, want);
                if (got < 0)
                    return total > 0 ? total : -1;
                if (got == 0)
                    return total > 0 ? total : -1; // the file ended early: fail rather than send short
            } else {
                std::memcpy(data + total, s.bytes.constData() + s.done, size_t(want));
                got = want;
            }
        }
        s.done += got;
        total += got;
        if (s.done >= s.length) {
            s.bytes.clear();
            s.device.reset();
            ++m_current;
        }
    }
    m_read += total;
    return total > 0 || m_current < m_segments.size() ? total : -1;
}

namespace {
QByteArray quoted(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', "").replace('\n', "");
    return out;
}
} // namespace

StreamBody *StreamBody::multipart(const QList<Field> &fields, const QByteArray &fileField,
                                  const QString &fileName, QIODevice *file, qint64 fileLength)
{
    const QByteArray boundary =
        "----FineTuneStudio" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    auto *body = new StreamBody;
    for (const Field &f : fields)
        body->append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + "\"\r\n\r\n"
                     + f.value + "\r\n");
    body->append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                 + "\"; filename=\"" + quoted(fileName)
                 + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body->append(file, fileLength);
    body->append("\r\n--" + boundary + "--\r\n");
    body->setContentType("multipart/form-data; boundary=" + boundary);
    return body;
}

} // namespace ft::api
