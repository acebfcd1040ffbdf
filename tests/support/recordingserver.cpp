#include "recordingserver.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace ft::test {

namespace {
qsizetype contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}
} // namespace

RecordingServer::RecordingServer(QByteArray status, QByteArray body)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->response = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this, shared = m_shared] {
            auto *server = new QTcpServer(m_context);
            if (!server->listen(QHostAddress::LocalHost, 0))
                return;
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [server, shared] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    auto buffer = std::make_shared<QByteArray>();
                    auto recorded = std::make_shared<bool>(false);
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                     [socket, buffer, recorded, shared] {
                                         *buffer += socket->readAll();
                                         const qsizetype end = buffer->indexOf("\r\n\r\n");
                                         if (end < 0)
                                             return;
                                         if (!*recorded) {
                                             *recorded = true;
                                             const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                                             QMutexLocker lock(&shared->mutex);
                                             shared->lines << QString::fromLatin1(line);
                                         }
                                         if (buffer->size() < end + 4 + contentLength(buffer->left(end)))
                                             return;
                                         socket->write(shared->response);
                                         socket->disconnectFromHost();
                                     });
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

RecordingServer::~RecordingServer()
{
    m_context->deleteLater(); // on its thread, which deletes it on the way out
    m_thread.quit();
    m_thread.wait();
}

QUrl RecordingServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QStringList RecordingServer::requestLines() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->lines;
}

void RecordingServer::clear()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->lines.clear();
}

} // namespace ft::test
