#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>

namespace ft::test {

struct RawReply
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray &name) const;
    nlohmann::ordered_json json() const; // null when the body is not JSON
};

// One HTTP request, answered while an event loop runs (tests only): to see the wire, status codes and
// error bodies exactly as a service sends them, without the client library in between.
RawReply rawRequest(const QByteArray &verb, const QUrl &url,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                    int timeoutMs = 20000);

} // namespace ft::test
