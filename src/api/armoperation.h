#pragma once

#include "request.h"

#include "core/apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace ft::api {

class PendingCall;
class Transport;

// How a long-running ARM operation is followed.
struct ArmPolling
{
    // Told the state as it changes: the provisioningState of the first answer, then each new status
    // of the operation (InProgress, ...).
    std::function<void(const QString &state)> progress;
    int intervalMs = 2000; // between polls when the service sends no Retry-After
    int maxIntervalMs = 60000; // a longer Retry-After is cut to this
    qint64 timeoutMs = 3600000; // the whole operation; then it ends with a timeout error
    bool wait = true; // false: the first answer ends it
};

// One long-running ARM operation followed to its end, as the official Azure SDKs do: sends the request
// (PUT, PATCH or DELETE), then polls `Azure-AsyncOperation` (preferred; an operation-status resource
// that says InProgress until Succeeded, Failed or Canceled) or else `Location` (202 until the end),
// honouring Retry-After, within a total deadline; a 201/202 with neither is followed through the
// resource's own provisioningState. Then it reads the final state: the resource itself for a PUT
// (final-state-via original-uri), the Location answer for a DELETE or PATCH (final-state-via location).
// Polling URLs are only followed to the origin of the request: the ARM token goes nowhere else.
class ArmOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmOperation)

public:
    enum class FinalState { OriginalUri, Location };

    // `resourceUrl`: the resource the operation acts on (GET there reads it).
    ArmOperation(Transport &transport, Request initial, const QUrl &resourceUrl, FinalState finalState,
                 ArmPolling polling, QObject *parent = nullptr);
    ~ArmOperation() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_failed; }
    // The final answer: status and body (the resource, or empty for a delete).
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    // Why it failed; Kind::Operation when the operation itself ended Failed or Canceled.
    const core::ApiError &error() const { return m_error; }
    QString lastState() const { return m_state; }

signals:
    void finished();

private:
    enum class Mode { AsyncOperation, Location, Resource };

    void onInitial();
    void schedule(const PendingCall *answer);
    void poll();
    void onPoll();
    bool readStatus(const PendingCall &answer); // false when the operation goes on
    void fetchFinal();
    void onFinal();
    void report(const QString &state);
    bool sameOrigin(const QByteArray &url) const;
    void succeed(int status, QByteArray body);
    void failWith(core::ApiError error);
    bool pastDeadline() const;

    Transport &m_transport;
    Request m_initial;
    QUrl m_resourceUrl;
    FinalState m_finalState;
    ArmPolling m_polling;
    Mode m_mode = Mode::AsyncOperation;
    QUrl m_statusUrl; // what is polled
    QUrl m_locationUrl; // Location of the first answer, if any
    bool m_deleting = false;
    bool m_finalNext = false; // the timer reads the final state (else it polls)
    QPointer<PendingCall> m_call;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QString m_state;
    int m_status = 0;
    QByteArray m_body;
    core::ApiError m_error;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace ft::api
