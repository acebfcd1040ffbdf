#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace ft::test {

RawReply rawRequest(const QUrl &server, const QByteArray &method, const QByteArray &target,
                    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                    int timeoutMs)
{
    RawReply reply;
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + server.host().toLatin1() + ':'
        + QByteArray::number(server.port()) + "\r\nConnection: close\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        // enough when the announced length has arrived (the server may keep the connection open)
        qsizetype length = -1;
        for (const QByteArray &line : data.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (length >= 0 && data.size() >= end + 4 + length)
            break;
    }
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (!data.startsWith("HTTP/1.") || end < 0)
        return reply;
    reply.status = data.mid(9, 3).toInt();
    reply.headers = data.left(end);
    reply.body = data.mid(end + 4);
    return reply;
}

} // namespace ft::test
