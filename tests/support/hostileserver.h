#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace ft::test {

// A TCP server on 127.0.0.1 that speaks as badly as a test tells it to. `answer` gets each request's bytes
// (once its headers have arrived) and the socket; with `onConnect`, it answers before anything is read.
// `connections` counts every connection accepted, so a test can prove none was made.
class HostileServer final : public QTcpServer
{
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit HostileServer(Answer answer, bool onConnect = false);

    QUrl url(const QString &scheme = QStringLiteral("http")) const;

    int connections = 0;

private:
    Answer m_answer;
    bool m_onConnect;
};

// A whole HTTP/1.1 answer that closes the connection.
QByteArray httpAnswer(const QByteArray &status, const QByteArray &body,
                      const QByteArray &contentType = "application/json");
// Writes `bytes` and closes the connection once they are sent.
void answerWith(QTcpSocket *socket, const QByteArray &bytes);

} // namespace ft::test
