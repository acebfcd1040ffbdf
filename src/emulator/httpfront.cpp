#include "httpfront.h"

#include "bodyspool.h"
#include "clock.h"
#include "headerscan.h"

#include "core/jsonutil.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrlQuery>

#include <cstdarg>
#include <cstdio>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ft::emu {

namespace js = core::js;
using Connection = ConnectionTable::Connection;

namespace {
MHD_Result collectArgument(void *cls, MHD_ValueKind, const char *key, size_t keySize, const char *value,
                           size_t valueSize)
{
    auto *items = static_cast<QList<QByteArray> *>(cls);
    QByteArray item(key, qsizetype(keySize));
    if (value)
        item += '=' + QByteArray(value, qsizetype(valueSize));
    items->append(item);
    return MHD_YES;
}

// libmicrohttpd would percent-decode the path before we see it; "a%2Fb" would then be two segments.
// Keep the request target as sent: the service decodes each segment on its own.
size_t keepEscaped(void *, MHD_Connection *, char *text)
{
    return std::strlen(text);
}

QByteArray errorBody(const QString &message)
{
    return js::dump(js::Json{{"error",
                              {{"message", js::s(message)},
                               {"type", "invalid_request_error"},
                               {"param", nullptr},
                               {"code", nullptr}}}});
}

// Nothing useful for a test to read and nothing a client controls reaches a terminal unescaped.
void logFromLibrary(void *, const char *format, va_list args)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, args);
    QByteArray text(line);
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    std::fprintf(stderr, "emulator http: %s\n", qPrintable(logSafe(text)));
}

// The answer's body: the file it names, streamed (a download), or its bytes. A file that cannot be
// opened turns the answer into a 500.
MHD_Response *responseFor(HttpReply &reply, qint64 *bytes)
{
    *bytes = reply.body.size();
    if (!reply.bodyFile.isEmpty()) {
        const int fd = ::open(QFile::encodeName(reply.bodyFile).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st
        {
        };
        if (fd >= 0 && ::fstat(fd, &st) == 0) {
            *bytes = st.st_size;
            return MHD_create_response_from_fd(size_t(st.st_size), fd); // owns fd now
        }
        if (fd >= 0)
            ::close(fd);
        reply.status = 500;
        reply.contentType = "application/json";
        reply.body = errorBody(QStringLiteral("The content could not be read."));
        *bytes = reply.body.size();
    }
    return MHD_create_response_from_buffer(size_t(reply.body.size()),
                                           const_cast<char *>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
}
} // namespace

// One request and its answer.
struct HttpFront::Exchange
{
    Exchange(const QString &spoolDir, qint64 memoryBodyBytes)
        : body(spoolDir, memoryBodyBytes)
    { }

    MHD_Connection *mhd = nullptr;
    Connection *connection = nullptr;
    HttpRequest request;
    BodySpool body;
    bool multipart = false;
    bool tooLarge = false;
    bool handled = false; // the handler was called
    bool suspended = false;
    bool replied = false;
    bool drop = false;
    HttpReply reply;
    qint64 startMs = 0;
    std::weak_ptr<Exchange> self;
};

// libmicrohttpd's C callbacks, each back into the HttpFront it was registered with.
struct HttpFrontCallbacks
{
    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url, const char *method,
                             const char *, const char *upload, size_t *uploadSize, void **context)
    {
        return MHD_Result(
            static_cast<HttpFront *>(cls)->request(connection, url, method, upload, uploadSize, context));
    }
    static void completed(void *cls, MHD_Connection *, void **context, MHD_RequestTerminationCode)
    {
        static_cast<HttpFront *>(cls)->completed(context);
    }
    static void connection(void *cls, MHD_Connection *connection, void **socketContext,
                           MHD_ConnectionNotificationCode code)
    {
        auto *front = static_cast<HttpFront *>(cls);
        if (code == MHD_CONNECTION_NOTIFY_STARTED)
            front->connectionStarted(connection, socketContext);
        else
            front->connectionClosed(socketContext);
    }
};

HttpFront::HttpFront(Limits limits, QString spoolDir, Handler handler, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_spoolDir(std::move(spoolDir))
    , m_handler(std::move(handler))
    , m_timer(new QTimer(this))
    , m_sweeper(new QTimer(this))
    , m_connections(limits.maxConnections, limits.idleTimeoutMs, limits.requestTimeoutMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpFront::pump);
    m_sweeper->setInterval(250);
    connect(m_sweeper, &QTimer::timeout, this, &HttpFront::sweep);
}

HttpFront::~HttpFront()
{
    if (!m_daemon)
        return;
    // Suspended connections must be resumed before the daemon stops; they close without an answer.
    for (Exchange *e : std::as_const(m_suspended)) {
        e->drop = true;
        e->replied = true;
        e->suspended = false;
        MHD_resume_connection(e->mhd);
    }
    m_suspended.clear();
    MHD_run(m_daemon);
    MHD_stop_daemon(m_daemon);
}

bool HttpFront::listen(quint16 port, QString *error)
{
    QDir().mkpath(m_spoolDir);
    // Leave room below the descriptor limit for the store's files: at the limit accept() would fail
    // over and over.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        getrlimit(RLIMIT_NOFILE, &files);
    }
    const unsigned reserve = 64;
    unsigned hardCap = unsigned(m_limits.maxConnections) + 32;
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < hardCap + reserve) {
        hardCap = files.rlim_cur > reserve + 16 ? unsigned(files.rlim_cur) - reserve : 16;
        m_limits.maxConnections = int(hardCap) > 48 ? int(hardCap) - 32 : int(hardCap) / 2;
        m_connections.setMaxConnections(m_limits.maxConnections);
    }
    if (!startDaemon(port, hardCap, error))
        return false;
    const MHD_DaemonInfo *epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    // Watched, never drained here: libmicrohttpd reads its own epoll set in MHD_run.
    auto *notifier = new QSocketNotifier(epoll->epoll_fd, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &HttpFront::pump);
    m_sweeper->start();
    pump();
    return true;
}

bool HttpFront::startDaemon(quint16 port, unsigned connectionLimit, QString *error)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const unsigned idleSeconds = unsigned((m_limits.idleTimeoutMs + 999) / 1000) + 1;
    m_daemon = MHD_start_daemon(
        MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG, port, nullptr, nullptr,
        &HttpFrontCallbacks::access, this, MHD_OPTION_EXTERNAL_LOGGER, &logFromLibrary, this,
        MHD_OPTION_SOCK_ADDR, &address, MHD_OPTION_CONNECTION_LIMIT, connectionLimit,
        MHD_OPTION_CONNECTION_TIMEOUT, idleSeconds, MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(128 * 1024),
        MHD_OPTION_NOTIFY_COMPLETED, &HttpFrontCallbacks::completed, this, MHD_OPTION_NOTIFY_CONNECTION,
        &HttpFrontCallbacks::connection, this, MHD_OPTION_UNESCAPE_CALLBACK, &keepEscaped, nullptr,
        MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_END);
    if (!m_daemon) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    const MHD_DaemonInfo *bound = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = bound ? bound->port : port;
    if (!MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD) || m_port == 0) {
        if (error)
            *error = QStringLiteral("the HTTP server did not start");
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
        return false;
    }
    return true;
}

void HttpFront::pump()
{
    if (!m_daemon)
        return;
    MHD_run(m_daemon);
    armTimer();
}

void HttpFront::armTimer()
{
    MHD_UNSIGNED_LONG_LONG ms = 0;
    if (MHD_get_timeout(m_daemon, &ms) == MHD_YES)
        m_timer->start(int(std::min<MHD_UNSIGNED_LONG_LONG>(ms, 60000)));
    else
        m_timer->stop();
}

int HttpFront::request(MHD_Connection *connection, const char *url, const char *method, const char *upload,
                       size_t *uploadSize, void **context)
{
    if (!*context)
        return begin(connection, url, method, context);
    auto &exchange = *static_cast<std::shared_ptr<Exchange> *>(*context);
    if (exchange->replied)
        return answer(*exchange);
    if (exchange->handled)
        return MHD_YES; // still waiting for the handler (resumed early by libmicrohttpd)
    if (*uploadSize > 0)
        return receive(*exchange, upload, uploadSize);
    return dispatch(*exchange);
}

int HttpFront::refuse(MHD_Connection *connection, int status, const QString &message, QByteArrayView what)
{
    const QByteArray body = errorBody(message);
    MHD_Response *response = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char *>(body.constData()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, "Content-Type", "application/json");
    // The rest of what the client sent cannot be trusted to start a new request.
    MHD_add_response_header(response, "Connection", "close");
    if (status == 503)
        MHD_add_response_header(response, "Retry-After", "1");
    const MHD_Result queued = MHD_queue_response(connection, unsigned(status), response);
    MHD_destroy_response(response);
    if (m_logger)
        // One multi-argument arg(): a "%1" inside the client's text is not substituted again.
        m_logger(QStringLiteral("%1 %2 refused: %3").arg(logSafe(what), QString::number(status), message));
    return queued;
}

int HttpFront::begin(MHD_Connection *connection, const char *url, const char *method, void **context)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    auto *owner = info ? static_cast<Connection *>(info->socket_context) : nullptr;
    HeaderScan scan = HeaderScan::of(connection);
    const QByteArray what = QByteArray(method) + ' ' + QByteArray(url);
    if (const auto refusal = scan.refusal(m_limits.maxHeaders, m_limits.maxHeaderBytes, m_port))
        return refuse(connection, refusal->status, refusal->message, what);
    if (owner && owner->refused)
        return refuse(connection, 503,
                      QStringLiteral("Too many connections are busy. Please retry in a moment."), what);
    const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Content-Length");
    if (length && m_limits.maxBodyBytes > 0 && QByteArray(length).toLongLong() > m_limits.maxBodyBytes)
        return refuse(connection, 413,
                      QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes),
                      what);

    auto exchange = std::make_shared<Exchange>(m_spoolDir, m_limits.memoryBodyBytes);
    exchange->mhd = connection;
    exchange->connection = owner;
    exchange->startMs = Clock::nowMs();
    exchange->self = exchange;
    HttpRequest &r = exchange->request;
    r.method = QByteArray(method);
    r.path = QString::fromLatin1(url);
    QList<QByteArray> arguments;
    MHD_get_connection_values_n(connection, MHD_GET_ARGUMENT_KIND, &collectArgument, &arguments);
    r.query.setQuery(QString::fromLatin1(arguments.join('&')));
    r.headers = std::move(scan.headers);
    exchange->multipart = r.header("content-type").trimmed().toLower().startsWith("multipart/");
    r.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    ConnectionTable::setState(owner, Connection::State::Receiving, Clock::nowMs());
    *context = new std::shared_ptr<Exchange>(std::move(exchange));
    return MHD_YES;
}

int HttpFront::receive(Exchange &exchange, const char *upload, size_t *uploadSize)
{
    const auto size = qint64(*uploadSize);
    *uploadSize = 0;
    if (m_limits.maxBodyBytes > 0 && exchange.body.received() + size > m_limits.maxBodyBytes) {
        // A chunked body that grows past the limit: stop reading it at all.
        exchange.tooLarge = true;
        return MHD_NO;
    }
    exchange.body.append(upload, size);
    return MHD_YES;
}

int HttpFront::dispatch(Exchange &exchange)
{
    QString problem;
    int status = 0;
    if (!exchange.body.finish(exchange.request, exchange.multipart, m_limits.maxInMemoryJsonBytes, &status,
                              &problem))
        return refuse(exchange.mhd, status, problem,
                      QByteArray(exchange.request.method + ' ' + exchange.request.path.toLatin1()));
    exchange.handled = true;
    ConnectionTable::setState(exchange.connection, Connection::State::Handling, Clock::nowMs());
    // The answer may come now or later; a later one finds the exchange through this weak pointer, and
    // nothing if the client has gone and the exchange with it.
    const std::weak_ptr<Exchange> weak = exchange.self;
    m_handler(exchange.request, [this, weak](HttpReply reply, bool drop) {
        const auto e = weak.lock();
        if (!e || e->replied)
            return;
        e->reply = std::move(reply);
        e->drop = drop;
        e->replied = true;
        if (e->suspended)
            resumeLater(*e);
    });
    if (exchange.replied)
        return answer(exchange);
    exchange.suspended = true;
    m_suspended.insert(&exchange);
    MHD_suspend_connection(exchange.mhd);
    return MHD_YES;
}

void HttpFront::resumeLater(Exchange &exchange)
{
    exchange.suspended = false;
    m_suspended.remove(&exchange);
    MHD_resume_connection(exchange.mhd);
    QMetaObject::invokeMethod(this, &HttpFront::pump, Qt::QueuedConnection);
}

void HttpFront::log(const Exchange &exchange, int status, qint64 bytes, const char *note)
{
    if (!m_logger)
        return;
    const HttpRequest &r = exchange.request;
    // One multi-argument arg(): a "%1" in the path is not substituted again.
    m_logger(QStringLiteral("%1 %2 %3 %4 bytes %5 ms%6")
                 .arg(logSafe(r.method), logSafe(r.path.toLatin1()), QString::number(status),
                      QString::number(bytes), QString::number(Clock::nowMs() - exchange.startMs),
                      QString::fromLatin1(note)));
}

int HttpFront::answer(Exchange &exchange)
{
    HttpReply &reply = exchange.reply;
    if (exchange.drop) {
        log(exchange, reply.status, 0,
            reply.logNote.isEmpty() ? " [connection dropped]" : reply.logNote.constData());
        return MHD_NO;
    }
    qint64 bytes = 0;
    MHD_Response *response = responseFor(reply, &bytes);
    if (!reply.contentType.isEmpty())
        MHD_add_response_header(response, "Content-Type", reply.contentType.constData());
    for (const auto &h : std::as_const(reply.headers)) {
        // A header value with a line break would split the answer; none of ours has one.
        if (h.second.contains('\r') || h.second.contains('\n'))
            continue;
        MHD_add_response_header(response, h.first.constData(), h.second.constData());
    }
    const MHD_Result queued = MHD_queue_response(exchange.mhd, unsigned(reply.status), response);
    MHD_destroy_response(response);
    ConnectionTable::setState(exchange.connection, Connection::State::Sending, Clock::nowMs());
    log(exchange, reply.status, bytes, reply.logNote.constData());
    return queued;
}

void HttpFront::completed(void **context)
{
    auto *holder = static_cast<std::shared_ptr<Exchange> *>(*context);
    *context = nullptr;
    if (!holder)
        return;
    Exchange &exchange = **holder;
    m_suspended.remove(&exchange);
    ConnectionTable::setState(exchange.connection, Connection::State::Idle, Clock::nowMs());
    delete holder; // removes a spooled body with it
}

void HttpFront::connectionStarted(MHD_Connection *connection, void **socketContext)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    *socketContext = m_connections.opened(info ? info->connect_fd : -1, Clock::nowMs());
}

void HttpFront::connectionClosed(void **socketContext)
{
    m_connections.closed(static_cast<Connection *>(*socketContext));
    *socketContext = nullptr;
}

void HttpFront::sweep()
{
    if (m_connections.sweep(Clock::nowMs()))
        pump();
}

} // namespace ft::emu
