#pragma once

#include "request.h"

#include "core/apierror.h"
#include "core/atomicfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkReply;

namespace ft::api {
class Transport;
}

namespace ft::api {

// One call, over one or more attempts. Emits progress while data moves and finished() once; then
// either ok() with the status and body, or error(). Failed attempts that are worth repeating are sent
// again after a backoff (Transport's RetryPolicy), each retry logged without secrets. A widget may
// hold it to show progress or to abort (which also stops a pending retry); it never sees the
// QNetworkReply behind it.
class PendingCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingCall)

public:
    ~PendingCall() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_failed; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    const core::ApiError &error() const { return m_error; }
    int attempts() const { return m_attempts; }

    void abort();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void retrying(int attempt, int delayMs, const QString &why);
    void finished();

private:
    friend class Transport;
    PendingCall(Transport *transport, Request request);
    void attempt();
    void onReadyRead();
    void onFinished();
    void fail(core::ApiError error);
    bool mayRetry(const core::ApiError &error) const;
    int retryDelayMs() const;
    void scheduleRetry(const QString &why);
    void finish();
    void onDeadline();

    Transport *m_transport;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<core::AtomicFile> m_download;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    core::ApiError m_error;
    QTimer m_retryTimer;
    QTimer m_deadline; // the whole call (RetryPolicy::callDeadlineMs)
    QElapsedTimer m_clock;
    int m_status = 0;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_failed = false;
    bool m_aborted = false;
    bool m_ambiguous = false; // an earlier attempt may have been applied
    bool m_looking = false; // findAfterAmbiguous is running
    bool m_tooLarge = false;
    bool m_tlsFailed = false;
};

} // namespace ft::api
