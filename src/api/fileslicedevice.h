#pragma once

#include <QFile>
#include <QIODevice>

namespace ft::api {

// A read-only window [offset, offset + length) of a file on disk, read as it is sent: a part of a
// chunked upload never sits in memory whole.
class FileSliceDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSliceDevice)

public:
    FileSliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    QString fileError() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace ft::api
