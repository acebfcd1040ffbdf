#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <memory>

namespace ft::api {

// A request body that can be read once, front to back: byte strings and devices (a file, a slice of
// one) one after the other. It cannot rewind, on purpose: Qt's HTTP stack silently sends a request
// again when a connection drops while it waits for the answer — for a create, that would make two.
// With a one-shot body that resend fails instead, and the retry policy (which looks before it
// creates again) decides. Also builds multipart/form-data bodies that stream their file part.
class StreamBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamBody)

public:
    explicit StreamBody(QObject *parent = nullptr);
    ~StreamBody() override;

    void append(const QByteArray &bytes);
    void append(QIODevice *device, qint64 length); // takes ownership; must be open for reading
    qint64 length() const { return m_length; }
    QByteArray contentType() const { return m_contentType; }
    void setContentType(const QByteArray &type) { m_contentType = type; }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

    // multipart/form-data: text fields, then one streamed file field.
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };
    static StreamBody *multipart(const QList<Field> &fields, const QByteArray &fileField,
                                 const QString &fileName, QIODevice *file, qint64 fileLength);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Segment
    {
        QByteArray bytes;
        std::unique_ptr<QIODevice> device;
        qint64 length = 0;
        qint64 done = 0;
    };
    std::vector<Segment> m_segments;
    size_t m_current = 0;
    qint64 m_length = 0;
    qint64 m_read = 0;
    QByteArray m_contentType;
};

} // namespace ft::api
