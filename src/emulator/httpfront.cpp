#include "httpfront.h"

#include "core/jsonutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrlQuery>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ft::emu {

namespace js = core::js;

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What the first look at a request's headers found.
struct HeaderScan
{
    int count = 0;
    qint64 bytes = 0;
    int contentLengths = 0;
    int transferEncodings = 0;
    int hosts = 0;
    QByteArray transferEncoding;
    QByteArray host;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
};

MHD_Result scanHeader(void *cls, MHD_ValueKind, const char *key, size_t keySize, const char *value,
                      size_t valueSize)
{
    auto *scan = static_cast<HeaderScan *>(cls);
    ++scan->count;
    scan->bytes += qint64(keySize + valueSize + 4);
    const QByteArray name = QByteArray(key, qsizetype(keySize)).toLower();
    const QByteArray text = value ? QByteArray(value, qsizetype(valueSize)) : QByteArray();
    if (name == "content-length")
        ++scan->contentLengths;
    else if (name == "transfer-encoding") {
        ++scan->transferEncodings;
        scan->transferEncoding = text.trimmed().toLower();
    } else if (name == "host") {
        ++scan->hosts;
        scan->host = text.trimmed();
    }
    if (scan->headers.size() <= 1000)
        scan->headers.append({name, text});
    return MHD_YES;
}

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
void logFromLibrary(void *cls, const char *format, va_list args)
{
    auto *front = static_cast<HttpFront *>(cls);
    Q_UNUSED(front);
    char line[512];
    std::vsnprintf(line, sizeof line, format, args);
    QByteArray text(line);
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    std::fprintf(stderr, "emulator http: %s\n", qPrintable(HttpFront::printable(text)));
}
} // namespace

// One TCP connection: what it is doing and since when (for the deadlines and the cap).
struct HttpFront::Connection
{
    enum class State { Idle, Receiving, Handling, Sending };
    int fd = -1;
    State state = State::Idle;
    qint64 since = 0;
    bool refused = false; // arrived when every connection was busy: gets a 503
    bool closing = false;
};

// One request and its answer.
struct HttpFront::Exchange
{
    MHD_Connection *mhd = nullptr;
    Connection *connection = nullptr;
    HttpRequest request;
    std::unique_ptr<QTemporaryFile> spool;
    qint64 received = 0;
    bool multipart = false;
    bool tooLarge = false;
    bool writeFailed = false;
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

QString HttpFront::printable(QByteArrayView text)
{
    return logSafe(text);
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
    }

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const unsigned idleSeconds = unsigned((m_limits.idleTimeoutMs + 999) / 1000) + 1;
    m_daemon = MHD_start_daemon(
        MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG, port, nullptr, nullptr,
        &HttpFrontCallbacks::access, this, MHD_OPTION_EXTERNAL_LOGGER, &logFromLibrary, this,
        MHD_OPTION_SOCK_ADDR, &address, MHD_OPTION_CONNECTION_LIMIT, hardCap, MHD_OPTION_CONNECTION_TIMEOUT,
        idleSeconds, MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(128 * 1024), MHD_OPTION_NOTIFY_COMPLETED,
        &HttpFrontCallbacks::completed, this, MHD_OPTION_NOTIFY_CONNECTION, &HttpFrontCallbacks::connection,
        this, MHD_OPTION_UNESCAPE_CALLBACK, &keepEscaped, nullptr, MHD_OPTION_STRICT_FOR_CLIENT, 1,
        MHD_OPTION_END);
    if (!m_daemon) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    const MHD_DaemonInfo *bound = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = bound ? bound->port : port;
    const MHD_DaemonInfo *epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    if (!epoll || m_port == 0) {
        if (error)
            *error = QStringLiteral("the HTTP server did not start");
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
        return false;
    }
    // Watched, never drained here: libmicrohttpd reads its own epoll set in MHD_run.
    m_notifier = new QSocketNotifier(epoll->epoll_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HttpFront::pump);
    m_sweeper->start();
    pump();
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

bool HttpFront::hostAllowed(QByteArrayView host) const
{
    // 127.0.0.1, localhost, [::1] and names under .localhost (RFC 6761: always loopback), with this
    // server's port or none. A name from anywhere else means a page that rebound its DNS to us.
    QByteArray name = host.toByteArray().toLower();
    QByteArray port;
    bool hasPort = false;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = name.mid(close + 1);
        name = name.left(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return false;
            hasPort = true;
            port = rest.mid(1);
        }
    } else if (const qsizetype colon = name.lastIndexOf(':'); colon >= 0) {
        hasPort = true;
        port = name.mid(colon + 1);
        name = name.left(colon);
    }
    if (hasPort) {
        bool ok = false;
        if (port.toUInt(&ok) != m_port || !ok)
            return false;
    }
    if (name == "127.0.0.1" || name == "localhost" || name == "[::1]")
        return true;
    if (!name.endsWith(".localhost") || name.size() > 253)
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
    }
    return !name.contains("..") && !name.startsWith('.');
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
        m_logger(QStringLiteral("%1 %2 refused: %3").arg(printable(what), QString::number(status), message));
    return queued;
}

int HttpFront::begin(MHD_Connection *connection, const char *url, const char *method, void **context)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    auto *owner = info ? static_cast<Connection *>(info->socket_context) : nullptr;
    HeaderScan scan;
    MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &scanHeader, &scan);
    const QByteArray what = QByteArray(method) + ' ' + QByteArray(url);
    auto refuse = [this, connection, &what](int status, const QString &message) {
        return this->refuse(connection, status, message, what);
    };
    if (scan.count > m_limits.maxHeaders || scan.bytes > m_limits.maxHeaderBytes)
        return refuse(
            431,
            QStringLiteral("The request has %1 header fields of %2 bytes; the limits are %3 and %4.")
                .arg(scan.count)
                .arg(scan.bytes)
                .arg(m_limits.maxHeaders)
                .arg(m_limits.maxHeaderBytes));
    if (scan.contentLengths > 1)
        return refuse(400, QStringLiteral("The request has more than one Content-Length."));
    if (scan.transferEncodings > 0 && scan.contentLengths > 0)
        return refuse(400, QStringLiteral("The request has both Transfer-Encoding and Content-Length."));
    if (scan.transferEncodings > 1 || (scan.transferEncodings == 1 && scan.transferEncoding != "chunked"))
        return refuse(501, QStringLiteral("Only the chunked transfer coding is supported."));
    if (scan.hosts != 1)
        return refuse(400, QStringLiteral("The request must have exactly one Host header."));
    if (!hostAllowed(scan.host))
        return refuse(421,
                      QStringLiteral("This server answers only to its own loopback address (Host %1).")
                          .arg(printable(scan.host)));
    if (owner && owner->refused)
        return refuse(503, QStringLiteral("Too many connections are busy. Please retry in a moment."));
    const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Content-Length");
    if (length && m_limits.maxBodyBytes > 0 && QByteArray(length).toLongLong() > m_limits.maxBodyBytes)
        return refuse(413,
                      QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));

    auto exchange = std::make_shared<Exchange>();
    exchange->mhd = connection;
    exchange->connection = owner;
    exchange->startMs = nowMs();
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
    if (owner) {
        owner->state = Connection::State::Receiving;
        owner->since = nowMs();
    }
    *context = new std::shared_ptr<Exchange>(std::move(exchange));
    return MHD_YES;
}

int HttpFront::receive(Exchange &exchange, const char *upload, size_t *uploadSize)
{
    const auto size = qint64(*uploadSize);
    *uploadSize = 0;
    exchange.received += size;
    if (m_limits.maxBodyBytes > 0 && exchange.received > m_limits.maxBodyBytes) {
        // A chunked body that grows past the limit: stop reading it at all.
        exchange.tooLarge = true;
        return MHD_NO;
    }
    if (exchange.writeFailed)
        return MHD_YES;
    QByteArray &body = exchange.request.body;
    if (!exchange.spool && body.size() + size <= m_limits.memoryBodyBytes) {
        body.append(upload, qsizetype(size));
        return MHD_YES;
    }
    if (!exchange.spool) {
        exchange.spool = std::make_unique<QTemporaryFile>(m_spoolDir + QStringLiteral("/body-XXXXXX"));
        if (!exchange.spool->open() || exchange.spool->write(body) != body.size()) {
            exchange.writeFailed = true;
            return MHD_YES;
        }
        body = QByteArray();
    }
    if (exchange.spool->write(upload, size) != size)
        exchange.writeFailed = true;
    return MHD_YES;
}

bool HttpFront::finishBody(Exchange &exchange, QString *problem, int *status)
{
    HttpRequest &r = exchange.request;
    r.bodySize = exchange.received;
    if (!exchange.spool && !exchange.writeFailed)
        return true;
    if (exchange.writeFailed || !exchange.spool->flush()) {
        *status = 507;
        *problem = QStringLiteral("The request body could not be stored: there is no space left.");
        return false;
    }
    if (exchange.multipart) {
        r.bodyFile = exchange.spool->fileName();
        return true;
    }
    // Anything but a multipart upload is parsed in memory, so it is read back, up to a bound.
    if (exchange.received > m_limits.maxInMemoryJsonBytes) {
        *status = 413;
        *problem =
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxInMemoryJsonBytes);
        return false;
    }
    exchange.spool->seek(0);
    r.body = exchange.spool->readAll();
    exchange.spool.reset();
    return true;
}

int HttpFront::dispatch(Exchange &exchange)
{
    QString problem;
    int status = 0;
    if (!finishBody(exchange, &problem, &status))
        return refuse(exchange.mhd, status, problem,
                      QByteArray(exchange.request.method + ' ' + exchange.request.path.toLatin1()));
    exchange.handled = true;
    if (exchange.connection) {
        exchange.connection->state = Connection::State::Handling;
        exchange.connection->since = nowMs();
    }
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

int HttpFront::answer(Exchange &exchange)
{
    const HttpRequest &r = exchange.request;
    HttpReply &reply = exchange.reply;
    const qint64 ms = nowMs() - exchange.startMs;
    auto log = [&](int status, qint64 bytes, const char *note) {
        if (m_logger)
            // One multi-argument arg(): a "%1" in the path is not substituted again.
            m_logger(QStringLiteral("%1 %2 %3 %4 bytes %5 ms%6")
                         .arg(printable(r.method), printable(r.path.toLatin1()), QString::number(status),
                              QString::number(bytes), QString::number(ms), QString::fromLatin1(note)));
    };
    if (exchange.drop) {
        log(reply.status, 0, reply.logNote.isEmpty() ? " [connection dropped]" : reply.logNote.constData());
        return MHD_NO;
    }
    MHD_Response *response = nullptr;
    qint64 bytes = reply.body.size();
    if (!reply.bodyFile.isEmpty()) {
        const int fd = ::open(QFile::encodeName(reply.bodyFile).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st
        {
        };
        if (fd >= 0 && ::fstat(fd, &st) == 0) {
            bytes = st.st_size;
            response = MHD_create_response_from_fd(size_t(st.st_size), fd); // owns fd now
        } else if (fd >= 0) {
            ::close(fd);
        }
        if (!response) {
            reply.status = 500;
            reply.contentType = "application/json";
            reply.body = errorBody(QStringLiteral("The content could not be read."));
            bytes = reply.body.size();
        }
    }
    if (!response)
        response = MHD_create_response_from_buffer(
            size_t(reply.body.size()), const_cast<char *>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
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
    if (exchange.connection) {
        exchange.connection->state = Connection::State::Sending;
        exchange.connection->since = nowMs();
    }
    log(reply.status, bytes, reply.logNote.constData());
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
    if (Connection *c = exchange.connection) {
        c->state = Connection::State::Idle;
        c->since = nowMs();
    }
    delete holder; // removes a spooled body with it
}

void HttpFront::connectionStarted(MHD_Connection *connection, void **socketContext)
{
    auto *c = new Connection;
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    c->fd = info ? info->connect_fd : -1;
    c->since = nowMs();
    *socketContext = c;
    m_connections.insert(c);
    if (m_connections.size() > m_limits.maxConnections)
        makeRoom(c);
}

void HttpFront::connectionClosed(void **socketContext)
{
    auto *c = static_cast<Connection *>(*socketContext);
    *socketContext = nullptr;
    if (!c)
        return;
    m_connections.remove(c);
    delete c;
}

void HttpFront::makeRoom(Connection *arriving)
{
    // The connection idle the longest makes room, as a server reuses its keep-alive connections; when
    // every other connection is busy, the newcomer is told so (503) instead.
    Connection *victim = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        if (c == arriving || c->closing || c->state != Connection::State::Idle)
            continue;
        if (!victim || c->since < victim->since)
            victim = c;
    }
    if (!victim) {
        arriving->refused = true;
        return;
    }
    victim->closing = true;
    if (victim->fd >= 0)
        ::shutdown(victim->fd, SHUT_RDWR); // libmicrohttpd sees the end and closes it
}

void HttpFront::sweep()
{
    if (m_connections.isEmpty())
        return;
    const qint64 now = nowMs();
    bool closed = false;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->closing || c->fd < 0)
            continue;
        qint64 limit = 0;
        switch (c->state) {
        case Connection::State::Idle:
            limit = m_limits.idleTimeoutMs;
            break;
        case Connection::State::Receiving:
        case Connection::State::Sending:
            limit = m_limits.requestTimeoutMs;
            break;
        case Connection::State::Handling:
            continue; // our own answer is on its way
        }
        if (now - c->since > limit) {
            c->closing = true;
            ::shutdown(c->fd, SHUT_RDWR);
            closed = true;
        }
    }
    if (closed)
        pump();
}

} // namespace ft::emu
