#include "pendingcall.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSaveFile>

namespace ft::api {

PendingCall::PendingCall(QNetworkReply *reply, qint64 maxBody, const QString &downloadPath, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_maxBody(maxBody)
{
    connect(reply, &QNetworkReply::uploadProgress, this, &PendingCall::uploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &PendingCall::downloadProgress);
    connect(reply, &QNetworkReply::readyRead, this, &PendingCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &PendingCall::onFinished);
    if (!downloadPath.isEmpty()) {
        m_download = std::make_unique<QSaveFile>(downloadPath);
        if (!m_download->open(QIODevice::WriteOnly)) {
            const QString why = m_download->errorString();
            m_download.reset();
            fail(core::ApiError::local(tr("Cannot write %1: %2").arg(downloadPath, why)));
            reply->abort();
        }
    }
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

void PendingCall::abort()
{
    if (m_finished || !m_reply)
        return;
    m_aborted = true;
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
    if (!m_reply || m_failed)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (m_download && status >= 200 && status < 300) {
        if (m_download->write(chunk) != chunk.size()) {
            fail(core::ApiError::local(tr("Cannot write the download: %1").arg(m_download->errorString())));
            m_reply->abort();
        }
        return;
    }
    m_body += chunk;
    if (m_body.size() > m_maxBody) {
        fail(core::ApiError::malformed(
            tr("The response is larger than %1 MB; it was refused.").arg(m_maxBody / (1024 * 1024)), status));
        m_body.clear();
        m_reply->abort();
    }
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
    else if (netError != QNetworkReply::NoError && m_status == 0)
        fail(core::ApiError::network(m_reply->errorString()));
    else if (netError != QNetworkReply::NoError && m_status < 400)
        fail(core::ApiError::network(m_reply->errorString()));

    if (m_download) {
        if (m_failed)
            m_download->cancelWriting();
        else if (!m_download->commit())
            fail(core::ApiError::local(tr("Cannot save the download: %1").arg(m_download->errorString())));
    }
    m_finished = true;
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

} // namespace ft::api
