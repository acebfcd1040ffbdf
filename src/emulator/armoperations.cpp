#include "armoperations.h"

#include "clock.h"
#include "handlerkit.h"
#include "router.h"
#include "store.h"

#include "core/jsonutil.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace ft::emu {

namespace js = core::js;

namespace {
// Ended operations are kept this long (real time), as ARM keeps them for a while and then forgets.
constexpr qint64 kKeepEndedMs = 24LL * 3600 * 1000;

// A random (version 4) UUID from the system's cryptographic generator: operation ids must not be
// guessable, since whoever knows one can read how the operation went.
QString unguessableId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

HttpReply armReply(int status, const QString &code, const QString &message)
{
    return errorReply(Surface::Arm, armError(status, code, message));
}
} // namespace

ArmOperations::ArmOperations(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
    const qint64 now = Clock::nowMs();
    QStringList old;
    for (const ArmOperationRecord *op : m_store.operations()) {
        if (op->hasEnded() && now - op->endedAtMs > kKeepEndedMs)
            old << op->id;
    }
    for (const QString &id : std::as_const(old)) {
        if (auto e = m_store.removeOperation(id))
            qWarning("emulator: %s", qPrintable(e->message())); // kept; tried again at the next start
    }
}

void ArmOperations::setHandler(const QString &resourceType, const Handler &handler)
{
    m_handlers.insert(resourceType.toLower(), handler);
}

const ArmOperationRecord *ArmOperations::start(ArmOperationRecord what,
                                               std::optional<core::WriteError> *failed)
{
    what.seq = m_store.nextSeq();
    what.id = unguessableId();
    what.startedAtMs = Clock::nowMs();
    what.endedAtMs = 0;
    what.status = QStringLiteral("InProgress");
    what.errorCode.clear();
    what.errorMessage.clear();
    if (auto e = m_store.saveOperation(what)) {
        if (failed)
            *failed = e;
        return nullptr;
    }
    return m_store.operation(what.id);
}

const ArmOperationRecord *ArmOperations::running(const QString &resourceKey, const QString &action)
{
    const QList<ArmOperationRecord *> all = m_store.operations();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if ((*it)->resourceKey == resourceKey && (*it)->action == action) {
            const ArmOperationRecord *op = settle((*it)->id);
            return op && !op->hasEnded() ? op : nullptr;
        }
    }
    return nullptr;
}

ArmOperationRecord *ArmOperations::settle(const QString &id)
{
    ArmOperationRecord *op = m_store.operation(id);
    if (!op || op->hasEnded())
        return op;
    const auto handler = m_handlers.constFind(op->resourceType.toLower());
    if (handler == m_handlers.constEnd() || !handler->probe)
        return op;
    const std::optional<Outcome> outcome = handler->probe(*op);
    if (!outcome)
        return op;
    ArmOperationRecord ended = *op;
    ended.status = outcome->status;
    ended.errorCode = outcome->errorCode;
    ended.errorMessage = outcome->errorMessage;
    ended.endedAtMs = std::max(Clock::nowMs(), op->startedAtMs + 1);
    // Not saved (a full disk): it still reads as in progress, and the next look settles it again.
    if (auto e = m_store.saveOperation(ended))
        qWarning("emulator: %s", qPrintable(e->message()));
    return m_store.operation(id);
}

int ArmOperations::retryAfterSeconds(const ArmOperationRecord &op) const
{
    const auto handler = m_handlers.constFind(op.resourceType.toLower());
    double simSeconds = 1;
    if (handler != m_handlers.constEnd() && handler->remainingSeconds)
        simSeconds = handler->remainingSeconds(op);
    // Whole seconds, as ARM sends them: at least 1, and never so long that a demo seems stuck.
    return std::clamp(int(std::ceil(m_clock.realSeconds(simSeconds))), 1, 10);
}

QString ArmOperations::url(const HttpRequest &request, const ArmOperationRecord &op, const char *kind) const
{
    return QStringLiteral("%1/subscriptions/%2/providers/%3/locations/%4/%5/%6?api-version=%7")
        .arg(request.baseUrl, op.subscription, op.provider, op.location, QString::fromLatin1(kind), op.id,
             request.queryValue(QStringLiteral("api-version")));
}

void ArmOperations::addHeaders(HttpReply &reply, const HttpRequest &request, const ArmOperationRecord &op,
                               bool withLocation)
{
    reply.setHeader("Azure-AsyncOperation", url(request, op, "operationStatuses").toUtf8());
    if (withLocation)
        reply.setHeader("Location", url(request, op, "operationResults").toUtf8());
    reply.setHeader("Retry-After", QByteArray::number(retryAfterSeconds(op)));
    reply.setHeader("x-ms-async-operation-timeout", "PT1H");
}

void ArmOperations::addRoutes(Router &router)
{
    // Any method: the operation's own path answers the others with 405.
    for (const bool statuses : {true, false}) {
        const char *path = statuses
            ? "subscriptions/{sub}/providers/{provider}/locations/{location}/operationStatuses/{id}"
            : "subscriptions/{sub}/providers/{provider}/locations/{location}/operationResults/{id}";
        router.on(
            {Surface::Arm}, {}, path,
            [this, statuses](const HttpRequest &r, const RouteArgs &a) { return answer(r, a, statuses); },
            Qt::CaseInsensitive);
    }
}

HttpReply ArmOperations::answer(const HttpRequest &r, const RouteArgs &a, bool statuses)
{
    if (r.method != "GET")
        return armReply(405, QStringLiteral("MethodNotAllowed"),
                        QStringLiteral("The requested method %1 is not allowed on an operation.")
                            .arg(QString::fromLatin1(r.method)));
    const QString id = a["id"];
    const ArmOperationRecord *op = settle(id);
    // Another subscription's, provider's or location's operation is as unknown as a made-up id.
    if (!op || !same(op->subscription, a["sub"]) || !same(op->provider, a["provider"])
        || !same(op->location, a["location"]))
        return armReply(404, QStringLiteral("OperationNotFound"),
                        QStringLiteral("The operation '%1' could not be found.").arg(id));
    return statuses ? statusReply(r, *op) : resultReply(r, *op);
}

HttpReply ArmOperations::statusReply(const HttpRequest &, const ArmOperationRecord &op)
{
    js::Json body{{"id",
                   js::s(QStringLiteral("/subscriptions/%1/providers/%2/locations/%3/operationStatuses/%4")
                             .arg(op.subscription, op.provider, op.location, op.id))},
                  {"name", js::s(op.id)},
                  {"resourceId", js::s(op.resourceId)},
                  {"status", js::s(op.status)},
                  {"startTime", js::s(isoTime(op.startedAtMs))}};
    if (op.hasEnded())
        body["endTime"] = js::s(isoTime(op.endedAtMs));
    if (op.status == u"Failed" || op.status == u"Canceled")
        body["error"] = js::Json{{"code", js::s(op.errorCode)},
                                 {"message", js::s(op.errorMessage)},
                                 {"details", js::Json::array()}};
    HttpReply reply = HttpReply::json(200, body);
    if (!op.hasEnded())
        reply.setHeader("Retry-After", QByteArray::number(retryAfterSeconds(op)));
    return reply;
}

HttpReply ArmOperations::resultReply(const HttpRequest &r, const ArmOperationRecord &op)
{
    if (!op.hasEnded()) {
        HttpReply reply = HttpReply::empty(202);
        reply.setHeader("Location", url(r, op, "operationResults").toUtf8());
        reply.setHeader("Retry-After", QByteArray::number(retryAfterSeconds(op)));
        return reply;
    }
    if (op.status != u"Succeeded")
        return armReply(400, op.errorCode.isEmpty() ? QStringLiteral("OperationFailed") : op.errorCode,
                        op.errorMessage.isEmpty() ? QStringLiteral("The operation ended %1.").arg(op.status)
                                                  : op.errorMessage);
    if (op.action == u"delete")
        return HttpReply::empty(204);
    const auto handler = m_handlers.constFind(op.resourceType.toLower());
    if (handler != m_handlers.constEnd() && handler->resource) {
        if (const auto resource = handler->resource(op))
            return HttpReply::json(200, *resource);
    }
    return HttpReply::empty(204);
}

} // namespace ft::emu
