#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace ft::test {

struct RawReply
{
    int status = 0; // 0: no answer (the connection failed or closed without one)
    QByteArray headers;
    QByteArray body;
};

// One HTTP/1.1 request written byte for byte on a fresh connection, the target exactly as given (no
// URL parsing, no normalisation of "%2F" or ".."): for what a client library would never send. Blocks
// until the server closes the connection or `timeoutMs` pass.
RawReply rawRequest(const QUrl &server, const QByteArray &method, const QByteArray &target,
                    const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    int timeoutMs = 15000);

} // namespace ft::test
