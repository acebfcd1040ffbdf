#pragma once

// Raw HTTP/1.1 over a socket, for tests that must send what no well-behaved client would.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ft::test {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
};

// What came back on one connection after `request` was written.
struct RawExchange
{
    QByteArray received;
    bool closedByServer = false; // the server closed the connection (or reset it)
    QList<RawResponse> responses; // every complete response in `received`, in order
};

// Writes `request` to 127.0.0.1:port and reads until the server closes the connection, `expected`
// responses are complete, or `waitMs` pass.
RawExchange rawExchange(quint16 port, const QByteArray &request, int expected = 1, int waitMs = 5000);

// Splits what a server sent into responses (Content-Length framed; the rest is left out).
QList<RawResponse> parseResponses(const QByteArray &data);

// A request with a Host header for the port and the test key, e.g. rawRequest("GET", "/v1/files", port).
QByteArray rawRequest(const QByteArray &method, const QByteArray &target, quint16 port,
                      const QByteArray &extraHeaders = {}, const QByteArray &body = {});

// Peak and current resident memory of a process, in KiB (from /proc/PID/status); -1 when unknown.
qint64 processStatusKb(qint64 pid, const char *field);
// CPU time a process used so far, in clock ticks (utime + stime of /proc/PID/stat); -1 when unknown.
qint64 processCpuTicks(qint64 pid);

} // namespace ft::test
