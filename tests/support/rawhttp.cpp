#include "rawhttp.h"

#include "core/jsonutil.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace ft::test {

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

nlohmann::ordered_json RawReply::json() const
{
    core::js::Json doc;
    core::js::parse(body, doc);
    return doc;
}

RawReply rawRequest(const QByteArray &verb, const QUrl &url, const RawHeaders &headers,
                    const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && request.rawHeader("Content-Type").isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RawReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.headers = reply->rawHeaderPairs();
        out.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && out.status == 0)
            out.error = reply->errorString();
    }
    delete reply;
    return out;
}

QList<RawReply> parseResponses(const QByteArray &data)
{
    QList<RawReply> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype end = data.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const QList<QByteArray> lines = data.mid(pos, end - pos).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
            break;
        RawReply r;
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

WireExchange wireExchange(quint16 port, const QByteArray &bytes, int expected, int waitMs)
{
    WireExchange ex;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return ex;
    socket.write(bytes);
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

QByteArray wireText(const QByteArray &method, const QByteArray &target, quint16 port,
                    const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\napi-key: raw-test-key\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

RawReply wireRequest(const QUrl &server, const QByteArray &method, const QByteArray &target,
                     const QByteArray &body, const RawHeaders &headers, int timeoutMs)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + server.host().toLatin1() + ':'
        + QByteArray::number(server.port()) + "\r\nConnection: close\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    const WireExchange ex = wireExchange(quint16(server.port()), request, 1, timeoutMs);
    if (ex.responses.isEmpty()) {
        RawReply none;
        none.error = ex.closedByServer ? QStringLiteral("closed without an answer")
                                       : QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return none;
    }
    return ex.responses.first();
}

} // namespace ft::test
