#include "armoperation.h"

#include "pendingcall.h"
#include "transport.h"

#include "core/armoperationstatus.h"
#include "core/jsonutil.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace ft::api {

namespace js = core::js;

namespace {
// A GET of the operation's status or result, authorized for ARM.
PendingCall *sendArmGet(Transport &transport, const QUrl &url)
{
    Request r = Transport::get(url);
    r.arm = true;
    return transport.send(r);
}

// The call that has just finished, taken out of `slot` and deleted once its answer has been read.
PendingCall *takeFinished(QPointer<PendingCall> &slot)
{
    PendingCall *call = slot;
    slot = nullptr;
    call->deleteLater();
    return call;
}

// Retry-After in seconds or as an HTTP date, in ms; -1 when absent or unusable.
qint64 retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? qint64(seconds * 1000) : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    return when.isValid() ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)) : -1;
}

QString provisioningStateOf(const QByteArray &body)
{
    js::Json doc;
    if (!js::parse(body, doc) || !doc.is_object())
        return {};
    const js::Json *p = js::find(doc, "properties");
    return p && p->is_object() ? js::str(*p, "provisioningState") : QString();
}

bool isEnd(const QString &state, const char *which)
{
    return state.compare(QLatin1String(which), Qt::CaseInsensitive) == 0;
}

// A polling delay is at least this long, whatever the service says, so nothing spins.
constexpr int kMinIntervalMs = 100;
} // namespace

ArmOperation::ArmOperation(Transport &transport, Request initial, const QUrl &resourceUrl,
                           FinalState finalState, ArmPolling polling, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_initial(std::move(initial))
    , m_resourceUrl(resourceUrl)
    , m_finalState(finalState)
    , m_polling(std::move(polling))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_finalNext ? fetchFinal() : poll(); });
}

ArmOperation::~ArmOperation()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
}

void ArmOperation::start()
{
    m_clock.start();
    m_deleting = m_initial.verb == "DELETE";
    m_call = m_transport.send(m_initial);
    connect(m_call, &PendingCall::finished, this, &ArmOperation::onInitial);
}

void ArmOperation::abort()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->abort(); // its answer comes back as cancelled
        return;
    }
    m_timer.stop();
    failWith(core::ApiError::cancelled());
}

bool ArmOperation::pastDeadline() const
{
    return m_clock.elapsed() > m_polling.timeoutMs;
}

bool ArmOperation::sameOrigin(const QByteArray &value) const
{
    if (value.trimmed().isEmpty())
        return false;
    const QUrl url = m_initial.url.resolved(QUrl(QString::fromUtf8(value.trimmed())));
    return url.isValid() && url.scheme().compare(m_initial.url.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_initial.url.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == u"https" ? 443 : 80)
        == m_initial.url.port(m_initial.url.scheme() == u"https" ? 443 : 80);
}

void ArmOperation::report(const QString &state)
{
    if (state.isEmpty() || state == m_state)
        return;
    m_state = state;
    if (m_polling.progress)
        m_polling.progress(state);
}

void ArmOperation::onInitial()
{
    PendingCall *call = takeFinished(m_call);
    if (!call->ok())
        return failWith(call->error());
    const int status = call->status();
    const QString state = provisioningStateOf(call->body());
    report(!state.isEmpty() ? state : status == 202 ? QStringLiteral("Accepted") : QString());
    const QByteArray async = call->header("azure-asyncoperation");
    const QByteArray location = call->header("location");
    if (sameOrigin(location))
        m_locationUrl = m_initial.url.resolved(QUrl(QString::fromUtf8(location.trimmed())));
    if (!m_polling.wait) {
        if (call->body().isEmpty() && !m_deleting) {
            m_locationUrl = QUrl(); // a 202 says nothing of the resource: read the resource now
            return fetchFinal();
        }
        return succeed(status, call->body());
    }
    if (sameOrigin(async)) {
        m_mode = Mode::AsyncOperation;
        m_statusUrl = m_initial.url.resolved(QUrl(QString::fromUtf8(async.trimmed())));
    } else if (m_locationUrl.isValid()) {
        m_mode = Mode::Location;
        m_statusUrl = m_locationUrl;
    } else if (status == 201 || status == 202) {
        // Neither header: the resource's own provisioningState tells (and a deleted one is a 404).
        m_mode = Mode::Resource;
        m_statusUrl = m_resourceUrl;
        if (!m_deleting && (isEnd(state, "Succeeded") || state.isEmpty()))
            return succeed(status, call->body());
    } else {
        return succeed(status, call->body()); // done at once
    }
    schedule(call);
}

void ArmOperation::schedule(const PendingCall *answer)
{
    qint64 delay = answer ? retryAfterMs(answer->header("retry-after")) : -1;
    if (delay < 0)
        delay = m_polling.intervalMs;
    delay = std::clamp<qint64>(delay, kMinIntervalMs, std::max(kMinIntervalMs, m_polling.maxIntervalMs));
    // Never sleep past the deadline: the last poll happens at it.
    const qint64 left = m_polling.timeoutMs - m_clock.elapsed();
    m_timer.start(int(std::clamp<qint64>(std::min(delay, left), 0, delay)));
}

void ArmOperation::poll()
{
    if (pastDeadline())
        return failWith(
            core::ApiError::timeout(tr("The operation did not finish within %1 s (last state: %2).")
                                        .arg(m_polling.timeoutMs / 1000)
                                        .arg(m_state.isEmpty() ? tr("unknown") : m_state)));
    m_call = sendArmGet(m_transport, m_statusUrl);
    connect(m_call, &PendingCall::finished, this, &ArmOperation::onPoll);
}

void ArmOperation::onPoll()
{
    PendingCall *call = takeFinished(m_call);
    if (!call->ok()) {
        const core::ApiError &e = call->error();
        if (m_mode == Mode::Resource && m_deleting && e.httpStatus == 404)
            return succeed(204, {}); // gone: deleted
        if (e.kind == core::ApiError::Kind::Cancelled)
            return failWith(e);
        if (e.isTransient())
            return schedule(call); // the retries of the call are spent; poll again later
        if (m_mode == Mode::Location && e.kind == core::ApiError::Kind::Http && e.httpStatus < 500) {
            // An operation-result URL answers the operation's error when the operation failed.
            core::ApiError failed = core::ApiError::operation(QStringLiteral("Failed"), e.code, e.message);
            failed.httpStatus = e.httpStatus;
            failed.requestId = e.requestId;
            failed.details = e.details;
            return failWith(failed);
        }
        return failWith(e);
    }
    if (readStatus(*call))
        return;
    schedule(call);
}

bool ArmOperation::readStatus(const PendingCall &answer)
{
    switch (m_mode) {
    case Mode::AsyncOperation: {
        js::Json doc;
        if (!js::parse(answer.body(), doc) || !doc.is_object() || js::str(doc, "status").isEmpty()) {
            failWith(core::ApiError::malformed(tr("The operation status is not a JSON object with a status."),
                                               answer.status()));
            return true;
        }
        const core::ArmOperationStatus s = core::ArmOperationStatus::fromJson(doc);
        report(s.status);
        if (!s.isTerminal())
            return false;
        if (s.succeeded()) {
            fetchFinal();
            return true;
        }
        core::ApiError e = core::ApiError::operation(s.status, s.errorCode, s.errorMessage);
        e.param = s.errorTarget;
        e.details = s.errorDetails;
        failWith(e);
        return true;
    }
    case Mode::Location:
        if (answer.status() == 202)
            return false;
        if (answer.body().isEmpty() && !m_deleting) {
            m_locationUrl = QUrl(); // ended without the result: the resource itself has it
            fetchFinal();
            return true;
        }
        succeed(answer.status(), answer.body());
        return true;
    case Mode::Resource: {
        const QString state = provisioningStateOf(answer.body());
        report(state);
        if (m_deleting || !(isEnd(state, "Succeeded") || isEnd(state, "Failed") || isEnd(state, "Canceled")))
            return false;
        if (isEnd(state, "Succeeded"))
            succeed(answer.status(), answer.body());
        else
            failWith(core::ApiError::operation(state, {}, {}));
        return true;
    }
    }
    return false;
}

void ArmOperation::fetchFinal()
{
    m_finalNext = false;
    // A delete is over when its operation is; a Location still says so (204) or gives the result.
    QUrl url = m_resourceUrl;
    if (m_deleting || m_finalState == FinalState::Location) {
        if (!m_locationUrl.isValid()) {
            if (m_deleting)
                return succeed(204, {});
        } else {
            url = m_locationUrl;
        }
    }
    if (pastDeadline())
        return failWith(core::ApiError::timeout(tr("The operation did not finish in time.")));
    m_call = sendArmGet(m_transport, url);
    connect(m_call, &PendingCall::finished, this, &ArmOperation::onFinal);
}

void ArmOperation::onFinal()
{
    PendingCall *call = takeFinished(m_call);
    const bool fromLocation = m_locationUrl.isValid() && (m_deleting || m_finalState == FinalState::Location);
    if (!call->ok()) {
        if (call->error().isTransient() && !pastDeadline()) {
            m_finalNext = true; // read it again later
            return schedule(call);
        }
        return failWith(call->error());
    }
    if (fromLocation && call->status() == 202) {
        // The status resource was ahead of the result: follow the Location to its end.
        m_mode = Mode::Location;
        m_statusUrl = m_locationUrl;
        return schedule(call);
    }
    if (fromLocation && !m_deleting && call->body().isEmpty()) {
        m_locationUrl = QUrl(); // no body at the Location: the resource itself has it
        return fetchFinal();
    }
    succeed(call->status(), call->body());
}

void ArmOperation::succeed(int status, QByteArray body)
{
    if (m_finished)
        return;
    m_timer.stop();
    m_status = status;
    m_body = std::move(body);
    const QString state = provisioningStateOf(m_body);
    if (!state.isEmpty())
        report(state);
    m_finished = true;
    emit finished();
}

void ArmOperation::failWith(core::ApiError error)
{
    if (m_finished)
        return;
    m_timer.stop();
    m_failed = true;
    m_error = std::move(error);
    m_finished = true;
    emit finished();
}

} // namespace ft::api
