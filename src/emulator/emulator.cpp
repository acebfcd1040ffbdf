#include "emulator.h"

#include "httpexchange.h"
#include "ids.h"
#include "provisioning.h"
#include "service.h"
#include "simconfig.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "httpfront.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace ft::emu {

Emulator::Emulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.speed)
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

bool Emulator::start(QString *error)
{
    if (!QRegularExpression(m_options.failDeployments).isValid()) {
        if (error)
            *error = QStringLiteral("--fail-deployments is not a valid regular expression");
        return false;
    }
    QString dir = m_options.dataDir;
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        dir = m_tempDir->path();
    }
    m_store = std::make_unique<Store>(dir);
    if (!m_store->open(error))
        return false;
    const SimConfig config = SimConfig::builtin();
    m_simulator = new Simulator(*m_store, config, m_clock, this);
    m_provisioning = new Provisioning(*m_store, config, m_clock, this);
    m_service = new Service(
        *m_store, *m_simulator, *m_provisioning, m_clock,
        ServiceOptions{m_options.apiKey, m_options.armToken, m_options.failDeployments, m_options.import},
        this);
    if (!startFront(dir, error) || !setUpFaults(error))
        return false;
    m_simulator->start();
    m_provisioning->start();
    return true;
}

bool Emulator::startFront(const QString &dir, QString *error)
{
    // Bodies above a small size wait on disk, beside the store, so a large upload costs no memory and
    // its parts are moved into place without a copy.
    const QString spool = dir + QStringLiteral("/spool");
    QDir(spool).removeRecursively(); // what a killed run left behind
    HttpFront::Limits limits = m_options.http;
    const core::Catalog &catalog = core::Catalog::builtin();
    if (limits.maxBodyBytes == 0)
        limits.maxBodyBytes = std::max(catalog.maxFileBytes(), catalog.maxPartBytes()) + (1 << 20);
    m_front = new HttpFront(
        limits, spool,
        [this](HttpRequest &request, HttpFront::Respond respond) { handle(request, std::move(respond)); },
        this);
    if (m_options.logRequests)
        m_front->setLogger([](const QString &line) {
            std::fprintf(stderr, "%s\n", qPrintable(line));
            std::fflush(stderr);
        });
    if (!m_front->listen(m_options.port, error))
        return false;
    m_port = m_front->port();
    return true;
}

bool Emulator::setUpFaults(QString *error)
{
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
    return true;
}

void Emulator::handle(HttpRequest &r, std::function<void(HttpReply, bool)> respond)
{
    // Fault injection: pick the fault before handling, so a dropped answer can follow real work.
    enum class Fault { None, DropBefore, DropAfter, TooMany, Internal, Unavailable };
    Fault fault = Fault::None;
    const bool eligible = m_faultOnly.pattern().isEmpty()
        || m_faultOnly.match(QString::fromLatin1(r.method) + u' ' + r.path).hasMatch();
    if (eligible && m_options.faultRate > 0 && m_faults.generateDouble() < m_options.faultRate)
        fault = Fault(m_faultKinds.at(int(m_faults.bounded(quint32(m_faultKinds.size())))));
    if (fault == Fault::DropBefore) {
        HttpReply dropped = HttpReply::empty(0);
        dropped.logNote = " [fault: connection dropped before handling]";
        return respond(std::move(dropped), true);
    }
    HttpReply reply = fault == Fault::TooMany ? Service::faultReply(r, 429)
        : fault == Fault::Internal            ? Service::faultReply(r, 500)
        : fault == Fault::Unavailable         ? Service::faultReply(r, 503)
                                              : m_service->handle(r);
    if (fault == Fault::DropAfter) {
        reply.logNote = " [fault: handled, connection dropped before the answer]";
        return respond(std::move(reply), true);
    }
    if (fault != Fault::None)
        reply.logNote = " [fault injected]";
    const QByteArray requestId = randomHex(32).toLatin1();
    reply.setHeader("x-request-id", requestId);
    reply.setHeader("apim-request-id", requestId);
    reply.setHeader("x-finetune-emulator", "Fine-Tune Studio emulator " FT_VERSION);
    if (m_options.latencyMs <= 0)
        return respond(std::move(reply), false);
    QTimer::singleShot(m_options.latencyMs, this,
                       [reply = std::move(reply), respond = std::move(respond)]() mutable {
                           respond(std::move(reply), false);
                       });
}

} // namespace ft::emu
