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
#include <QTemporaryDir>

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
    m_simulator->start();
    return true;
}

void Emulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.append({h.first.toLower(), h.second});
    r.body = request.body();
    r.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);

    HttpReply reply = m_service->handle(r);
    const QByteArray requestId = randomHex(32).toLatin1();

    QHttpServerResponse response(reply.contentType, reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
    if (reply.contentType.isEmpty())
        response = QHttpServerResponse(QHttpServerResponse::StatusCode(reply.status));
    response.addHeader("x-request-id", requestId);
    response.addHeader("apim-request-id", requestId);
    response.addHeader("x-finetune-emulator", "Fine-Tune Studio emulator " FT_VERSION);
    for (const auto &h : reply.headers)
        response.addHeader(h.first, h.second);
    response.write(std::move(responder));

    if (m_options.logRequests) {
        // One line per request: no headers, no bodies, so no secrets.
        std::fprintf(stderr, "%s %s %d %lld bytes %lld ms\n", r.method.constData(), qPrintable(r.path),
                     reply.status, static_cast<long long>(reply.body.size()),
                     static_cast<long long>(timer.elapsed()));
        std::fflush(stderr);
    }
}

} // namespace ft::emu
