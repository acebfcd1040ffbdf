#include "fileslicedevice.h"

namespace ft::api {

FileSliceDevice::FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{ }

bool FileSliceDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly))
        return false;
    if (m_offset + m_length > m_file.size())
        return false;
    return QIODevice::open(mode) && m_file.seek(m_offset);
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    return QIODevice::seek(pos) && m_file.seek(m_offset + pos);
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_offset + m_length - m_file.pos(); // the file's position is the device's own
    if (left <= 0)
        return -1;
    return m_file.read(data, std::min(left, maxSize));
}

} // namespace ft::api
