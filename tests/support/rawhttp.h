#pragma once

// HTTP for tests that must see the wire as a service sends it, or send what no client library would.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>

namespace ft::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

struct RawReply
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    RawHeaders headers;
    QString error;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    nlohmann::ordered_json json() const; // null when the body is not JSON
};

// One request through QNetworkAccessManager, answered while an event loop runs: status codes and
// error bodies exactly as sent, without the client library in between.
RawReply rawRequest(const QByteArray &verb, const QUrl &url, const RawHeaders &headers = {},
                    const QByteArray &body = {}, int timeoutMs = 20000);

// One HTTP/1.1 request written byte for byte on a fresh connection (Connection: close), the target
// exactly as given: no URL parsing, no normalisation of "%2F" or "..".
RawReply wireRequest(const QUrl &server, const QByteArray &method, const QByteArray &target,
                     const QByteArray &body = {}, const RawHeaders &headers = {}, int timeoutMs = 15000);

// Text of a request to 127.0.0.1:port with a test key (Content-Length added for bodies and for POST,
// PUT, PATCH), to be written as is.
QByteArray wireText(const QByteArray &method, const QByteArray &target, quint16 port,
                    const QByteArray &extraHeaders = {}, const QByteArray &body = {});

// What came back on one connection after some bytes were written.
struct WireExchange
{
    QByteArray received;
    bool closedByServer = false;
    QList<RawReply> responses; // every complete response in `received`, in order
};

// Writes `bytes` to 127.0.0.1:port and reads until the server closes the connection, `expected`
// responses are complete (0: wait for the close), or `waitMs` pass.
WireExchange wireExchange(quint16 port, const QByteArray &bytes, int expected = 1, int waitMs = 5000);

// Splits what a server sent into responses (Content-Length framed; an incomplete rest is left out).
QList<RawReply> parseResponses(const QByteArray &data);

} // namespace ft::test
