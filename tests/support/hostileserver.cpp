#include "hostileserver.h"

#include <QTcpSocket>

#include <memory>

namespace ft::test {

HostileServer::HostileServer(Answer answer, bool onConnect)
    : m_answer(std::move(answer))
    , m_onConnect(onConnect)
{
    listen(QHostAddress::LocalHost);
    QObject::connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            ++connections;
            if (m_onConnect) {
                m_answer(s, {});
                continue;
            }
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                *buffer += s->readAll();
                if (buffer->contains("\r\n\r\n") && !s->property("answered").toBool()) {
                    s->setProperty("answered", true);
                    m_answer(s, *buffer);
                }
            });
        }
    });
}

QUrl HostileServer::url(const QString &scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(serverPort()));
}

QByteArray httpAnswer(const QByteArray &status, const QByteArray &body, const QByteArray &contentType)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void answerWith(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->disconnectFromHost();
}

} // namespace ft::test
