#pragma once

#include "connectiontable.h"
#include "httpexchange.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QTimer;
struct MHD_Connection;
struct MHD_Daemon;

namespace ft::emu {

// The emulator's HTTP/1.1 server: libmicrohttpd driven from this thread's Qt event loop (its epoll
// descriptor watched by a QSocketNotifier), so handlers run on the thread that owns the store and the
// simulator, without locks.
//
// libmicrohttpd does the framing (strict Content-Length, chunked bodies, pipelining in order,
// Connection: close, 100-continue, its own header memory limit answered with 431). On top of it this
// class refuses what it lets through but a real front end would not (HeaderScan), keeps bodies above a
// small size in a file (BodySpool), and bounds connections (ConnectionTable). Here: the daemon and its
// loop, and each request's way from its headers to its answer.
class HttpFront final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFront)

public:
    struct Limits
    {
        int maxConnections = 200;
        int idleTimeoutMs = 120000; // between requests, and to send a request's headers
        int requestTimeoutMs = 600000; // to send a request's body, and to read the answer
        int maxHeaders = 100;
        int maxHeaderBytes = 64 * 1024;
        qint64 memoryBodyBytes = qint64(256) * 1024; // larger bodies go to a file in spoolDir
        qint64 maxBodyBytes = 0; // 0: no limit beyond what the handler says
        qint64 maxInMemoryJsonBytes = 64LL * 1024 * 1024; // a non-multipart body is read back up to this
    };

    // Answers one request: call `respond` once, now or later (on this thread). `drop` closes the
    // connection without an answer (fault injection).
    using Respond = std::function<void(HttpReply reply, bool drop)>;
    using Handler = std::function<void(HttpRequest &request, Respond respond)>;
    // One line per finished request, for the log; every field already made safe for a terminal.
    using Logger = std::function<void(const QString &line)>;

    HttpFront(Limits limits, QString spoolDir, Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    void setLogger(Logger logger) { m_logger = std::move(logger); }

    struct Exchange;

private:
    friend struct HttpFrontCallbacks; // libmicrohttpd's C callbacks

    bool startDaemon(quint16 port, unsigned connectionLimit, QString *error);
    int request(MHD_Connection *connection, const char *url, const char *method, const char *upload,
                size_t *uploadSize, void **context);
    int begin(MHD_Connection *connection, const char *url, const char *method, void **context);
    int receive(Exchange &exchange, const char *upload, size_t *uploadSize);
    int dispatch(Exchange &exchange);
    int answer(Exchange &exchange);
    int refuse(MHD_Connection *connection, int status, const QString &message, QByteArrayView what);
    void log(const Exchange &exchange, int status, qint64 bytes, const char *note);
    void completed(void **context);
    void connectionStarted(MHD_Connection *connection, void **socketContext);
    void connectionClosed(void **socketContext);
    void resumeLater(Exchange &exchange);
    void sweep();
    void pump();
    void armTimer();

    Limits m_limits;
    QString m_spoolDir;
    Handler m_handler;
    Logger m_logger;
    MHD_Daemon *m_daemon = nullptr;
    QTimer *m_timer = nullptr; // libmicrohttpd's own timeouts
    QTimer *m_sweeper = nullptr; // our deadlines
    quint16 m_port = 0;
    ConnectionTable m_connections;
    QSet<Exchange *> m_suspended; // waiting for their handler's answer
};

} // namespace ft::emu
