#include "pendingcall.h"

#include "transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <cmath>

namespace ft::api {

Q_LOGGING_CATEGORY(lcRetry, "ft.api.retry", QtInfoMsg)

namespace {
// How long the service asks to wait: retry-after-ms (Azure), else Retry-After in seconds or as an HTTP
// date; -1 when it says nothing usable.
int retryAfterMs(const QByteArray &ms, const QByteArray &after)
{
    bool ok = false;
    const double m = ms.trimmed().toDouble(&ok);
    if (ok && m >= 0)
        return int(m);
    const double seconds = after.trimmed().toDouble(&ok);
    if (ok && seconds >= 0)
        return int(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(after.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return -1;
}
} // namespace

PendingCall::PendingCall(Transport *transport, Request request)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PendingCall::attempt);
    m_clock.start();
    const int deadline =
        m_request.deadlineMs > 0 ? m_request.deadlineMs : m_transport->retryPolicy().callDeadlineMs;
    if (deadline > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &PendingCall::onDeadline);
        m_deadline.start(deadline);
    }
}

void PendingCall::onDeadline()
{
    if (m_finished)
        return;
    const double seconds = double(m_deadline.interval()) / 1000.0;
    m_failed = false; // whatever an earlier attempt said, the time is what ends the call
    fail(core::ApiError::timeout(tr("The call did not finish within %1 seconds.").arg(seconds)));
    // Not retried: the time for the whole call is up.
    m_aborted = true;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort(); // onFinished keeps the error above
        return;
    }
    m_retryTimer.stop();
    finish();
}

PendingCall::~PendingCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray PendingCall::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void PendingCall::attempt()
{
    ++m_attempts;
    m_body.clear();
    m_headers.clear();
    m_status = 0;
    m_failed = false;
    m_error = {};
    m_tooLarge = false;
    m_tlsFailed = false;
    if (m_request.refused) {
        // Nothing is sent: the request could not be built (an id that is not one path segment).
        fail(*m_request.refused);
        if (m_request.device)
            m_request.device->deleteLater();
        m_request.device = nullptr;
        QMetaObject::invokeMethod(this, &PendingCall::finish, Qt::QueuedConnection);
        return;
    }
    if (!m_request.downloadTo.isEmpty()) {
        m_download = std::make_unique<core::AtomicFile>(m_request.downloadTo);
        if (const auto failed = m_download->open()) {
            m_download.reset();
            fail(core::ApiError::local(failed->message()));
            QMetaObject::invokeMethod(this, &PendingCall::finish, Qt::QueuedConnection);
            return;
        }
    }
    QString why;
    QNetworkReply *reply = m_transport->start(m_request, &why);
    m_request.device = nullptr; // a one-shot body belongs to the reply now
    if (!reply) {
        fail(core::ApiError::local(why.isEmpty() ? tr("The request body could not be prepared.") : why));
        QMetaObject::invokeMethod(this, &PendingCall::finish, Qt::QueuedConnection);
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &PendingCall::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &PendingCall::downloadProgress);
    connect(reply, &QNetworkReply::readyRead, this, &PendingCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PendingCall::onFinished);
}

void PendingCall::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_retryTimer.isActive() || m_looking) {
        // Between attempts: the last attempt's error gives way to the cancellation.
        m_retryTimer.stop();
        m_failed = false;
        fail(core::ApiError::cancelled());
        finish();
        return;
    }
    if (m_reply)
        m_reply->abort();
}

void PendingCall::fail(core::ApiError error)
{
    if (!m_failed) {
        m_failed = true;
        m_error = std::move(error);
    }
}

void PendingCall::onReadyRead()
{
    if (!m_reply || m_failed || !m_reply->isOpen())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (m_download && status >= 200 && status < 300) {
        if (const auto failed = m_download->write(chunk)) {
            fail(core::ApiError::local(failed->message()));
            m_reply->abort();
        }
        return;
    }
    m_body += chunk;
    if (m_body.size() > m_request.maxBody) {
        m_tooLarge = true;
        fail(core::ApiError::malformed(
            tr("The response is larger than %1 MB; it was refused.").arg(m_request.maxBody / (1024 * 1024)),
            status));
        m_body.clear();
        m_reply->abort();
    }
}

bool PendingCall::mayRetry(const core::ApiError &error) const
{
    using Retry = Request::Retry;
    if (m_aborted || m_tooLarge || m_tlsFailed || !error.isTransient() || m_request.device)
        return false;
    const RetryPolicy &policy = m_transport->retryPolicy();
    if (m_attempts > policy.maxRetries || m_clock.elapsed() > policy.totalBudgetMs)
        return false;
    switch (m_request.retry) {
    case Retry::Never:
        return false;
    case Retry::Always:
        return true;
    case Retry::ByVerb:
        break;
    }
    const QByteArray &v = m_request.verb;
    return v == "GET" || v == "HEAD" || v == "PUT" || v == "DELETE" || v == "OPTIONS";
}

int PendingCall::retryDelayMs() const
{
    const RetryPolicy &policy = m_transport->retryPolicy();
    const int asked = retryAfterMs(header("retry-after-ms"), header("retry-after"));
    if (asked >= 0 && asked <= policy.maxRetryAfterMs)
        return asked;
    const double base =
        std::min<double>(policy.maxDelayMs, policy.initialDelayMs * std::pow(2.0, m_attempts - 1));
    return int(base * (1.0 - 0.25 * QRandomGenerator::global()->generateDouble()));
}

void PendingCall::onFinished()
{
    if (!m_reply || m_finished)
        return;
    onReadyRead();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = m_reply->rawHeaderPairs();
    const QNetworkReply::NetworkError netError = m_reply->error();
    QString requestId = QString::fromLatin1(header("x-request-id"));
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(header("apim-request-id"));

    if (m_aborted)
        fail(core::ApiError::cancelled());
    else if (m_status >= 400)
        fail(core::ApiError::fromHttp(m_status, m_body, requestId));
    else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
        fail(core::ApiError::timeout(tr("The service did not answer in time.")));
    else if (netError == QNetworkReply::SslHandshakeFailedError) {
        // Never ignored and never retried: the certificate or the protocol is wrong, not the network.
        m_tlsFailed = true;
        fail(core::ApiError::network(tr("A secure connection to %1 could not be established: %2")
                                         .arg(m_request.url.host(), m_reply->errorString())));
    } else if (netError != QNetworkReply::NoError)
        fail(core::ApiError::network(m_reply->errorString()));

    // A DELETE repeated after a lost answer that finds nothing: the first one did it.
    if (m_failed && m_status == 404 && m_ambiguous && m_request.verb == "DELETE"
        && !m_request.goneAfterRetryBody.isNull()) {
        m_failed = false;
        m_error = {};
        m_status = 200;
        m_body = m_request.goneAfterRetryBody;
    }

    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_failed && mayRetry(m_error)) {
        // Refused connections and unknown hosts never reached the service; everything else may have.
        const bool neverSent = netError == QNetworkReply::ConnectionRefusedError
            || netError == QNetworkReply::HostNotFoundError || m_status == 429 || m_status == 408;
        m_ambiguous = m_ambiguous || !neverSent;
        if (m_download)
            m_download->cancel();
        const QString why =
            m_error.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(m_error.httpStatus) : m_error.message;
        if (!neverSent && m_request.findAfterAmbiguous) {
            // The lost attempt may have made the thing: look before sending it again.
            m_looking = true;
            m_request.findAfterAmbiguous(this, [this, why](std::optional<QByteArray> found) {
                m_looking = false;
                if (m_finished)
                    return;
                if (found) {
                    qCInfo(lcRetry).noquote()
                        << QStringLiteral("%1 %2: the lost attempt had succeeded")
                               .arg(QString::fromLatin1(m_request.verb), m_request.url.path());
                    m_failed = false;
                    m_error = {};
                    m_status = 200;
                    m_body = *found;
                    return finish();
                }
                if (m_aborted) {
                    m_failed = false;
                    fail(core::ApiError::cancelled());
                    return finish();
                }
                scheduleRetry(why);
            });
            return;
        }
        scheduleRetry(why);
        return;
    }
    if (m_download) {
        if (m_failed)
            m_download->cancel();
        else if (const auto failed = m_download->commit())
            fail(core::ApiError::local(failed->message()));
    }
    finish();
}

void PendingCall::scheduleRetry(const QString &why)
{
    const int delay = retryDelayMs();
    // The path only: no query, no headers, so no secrets.
    qCInfo(lcRetry).noquote() << QStringLiteral("retrying %1 %2 (attempt %3 of %4) in %5 ms: %6")
                                     .arg(QString::fromLatin1(m_request.verb), m_request.url.path())
                                     .arg(m_attempts + 1)
                                     .arg(m_transport->retryPolicy().maxRetries + 1)
                                     .arg(delay)
                                     .arg(why);
    emit retrying(m_attempts + 1, delay, why);
    m_retryTimer.start(delay);
}

void PendingCall::finish()
{
    if (m_finished)
        return;
    if (m_failed) {
        m_error.attempts = m_attempts;
        m_error.mayHaveApplied = m_ambiguous || m_error.isAmbiguous();
    }
    m_finished = true;
    emit finished();
}

} // namespace ft::api
