#include "emulator.h"

#include "httpexchange.h"
#include "ids.h"
#include "service.h"
#include "simconfig.h"
#include "simulator.h"
#include "store.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace ft::emu {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}
} // namespace

Emulator::Emulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Emulator::~Emulator() = default;

QUrl Emulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString Emulator::dataDir() const
{
    return m_store ? m_store->directory() : QString();
}

Simulator &Emulator::simulator()
{
    return *m_simulator;
}

bool Emulator::start(QString *error)
{
    QString dir = m_options.dataDir;
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        dir = m_tempDir->path();
    }
    m_store = std::make_unique<Store>(dir);
    if (!m_store->open(error))
        return false;
    m_simulator = new Simulator(*m_store, SimConfig::builtin(), m_options.speed, this);
    m_service =
        new Service(*m_store, *m_simulator, ServiceOptions{m_options.apiKey, m_options.armToken}, this);
    m_server = new QHttpServer(this);
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    m_port = m_server->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_faults.seed(m_options.faultSeed != 0 ? m_options.faultSeed : QRandomGenerator::global()->generate());
    static const QStringList kinds{QStringLiteral("drop-before"), QStringLiteral("drop-after"),
                                   QStringLiteral("429"), QStringLiteral("500"), QStringLiteral("503")};
    for (const QString &k : m_options.faultKinds.isEmpty() ? kinds : m_options.faultKinds) {
        const qsizetype at = kinds.indexOf(k.trimmed());
        if (at < 0) {
            if (error)
                *error = QStringLiteral("unknown fault kind \"%1\" (drop-before, drop-after, 429, 500, 503)")
                             .arg(k);
            return false;
        }
        m_faultKinds << int(at) + 1;
    }
    if (!m_options.faultOnly.isEmpty()) {
        m_faultOnly.setPattern(m_options.faultOnly);
        if (!m_faultOnly.isValid()) {
            if (error)
                *error = QStringLiteral("--fault-only is not a valid regular expression: %1")
                             .arg(m_faultOnly.errorString());
            return false;
        }
    }
    m_simulator->start();
    return true;
}

void Emulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded); // Service decodes it segment by segment
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.append({h.first.toLower(), h.second});
    r.body = request.body();
    r.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);

    // Fault injection: pick the fault before handling, so a dropped answer can follow real work.
    enum class Fault { None, DropBefore, DropAfter, TooMany, Internal, Unavailable };
    Fault fault = Fault::None;
    const bool eligible = m_faultOnly.pattern().isEmpty()
        || m_faultOnly.match(QString::fromLatin1(r.method) + u' ' + r.path).hasMatch();
    if (eligible && m_options.faultRate > 0 && m_faults.generateDouble() < m_options.faultRate)
        fault = Fault(m_faultKinds.at(int(m_faults.bounded(quint32(m_faultKinds.size())))));
    auto log = [this, &r, &timer](int status, qint64 bytes, const char *note) {
        if (!m_options.logRequests)
            return;
        // One line per request: no headers, no bodies, so no secrets.
        std::fprintf(stderr, "%s %s %d %lld bytes %lld ms%s\n", r.method.constData(), qPrintable(r.path),
                     status, static_cast<long long>(bytes), static_cast<long long>(timer.elapsed()), note);
        std::fflush(stderr);
    };
    auto drop = [&responder] {
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
    };
    if (fault == Fault::DropBefore) {
        drop();
        return log(0, 0, " [fault: connection dropped before handling]");
    }
    HttpReply reply = fault == Fault::TooMany ? Service::faultReply(r, 429)
        : fault == Fault::Internal            ? Service::faultReply(r, 500)
        : fault == Fault::Unavailable         ? Service::faultReply(r, 503)
                                              : m_service->handle(r);
    if (fault == Fault::DropAfter) {
        drop();
        return log(reply.status, 0, " [fault: handled, connection dropped before the answer]");
    }
    const QByteArray requestId = randomHex(32).toLatin1();
    auto response = std::make_shared<QHttpServerResponse>(reply.contentType, reply.body,
                                                          QHttpServerResponse::StatusCode(reply.status));
    if (reply.contentType.isEmpty())
        response = std::make_shared<QHttpServerResponse>(QHttpServerResponse::StatusCode(reply.status));
    response->addHeader("x-request-id", requestId);
    response->addHeader("apim-request-id", requestId);
    response->addHeader("x-finetune-emulator", "Fine-Tune Studio emulator " FT_VERSION);
    for (const auto &h : reply.headers)
        response->addHeader(h.first, h.second);
    log(reply.status, reply.body.size(), fault == Fault::None ? "" : " [fault injected]");
    if (m_options.latencyMs <= 0) {
        response->write(std::move(responder));
        return;
    }
    // Latency: answer later, unless the client has gone meanwhile.
    QPointer<QTcpSocket> socket = responder.socket();
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_options.latencyMs, this, [socket, later, response] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            response->write(std::move(*later));
    });
}

} // namespace ft::emu
