#include "rawhttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>

namespace ft::test {

QByteArray RawResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QList<RawResponse> parseResponses(const QByteArray &data)
{
    QList<RawResponse> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype end = data.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const QList<QByteArray> lines = data.mid(pos, end - pos).split('\n');
        RawResponse r;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
            break;
        r.status = statusLine.at(1).toInt();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            r.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        const qsizetype bodyStart = end + 4;
        if (bodyStart + length > data.size())
            break;
        r.body = data.mid(bodyStart, length);
        out.append(r);
        pos = bodyStart + length;
    }
    return out;
}

RawExchange rawExchange(quint16 port, const QByteArray &request, int expected, int waitMs)
{
    RawExchange ex;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return ex;
    socket.write(request);
    socket.flush();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(50);
        if (socket.waitForReadyRead(50))
            ex.received += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            ex.received += socket.readAll();
            ex.closedByServer = true;
            break;
        }
        if (expected > 0 && parseResponses(ex.received).size() >= expected)
            break;
    }
    ex.responses = parseResponses(ex.received);
    return ex;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &target, quint16 port,
                      const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\napi-key: raw-test-key\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

qint64 processStatusKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 processCpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime, stime
}

} // namespace ft::test
