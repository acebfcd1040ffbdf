#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkReply;
class QSaveFile;

namespace ft::api {

// One request in flight. Emits progress while data moves and finished() once; then either ok() with
// the status and body, or error(). A widget may hold it to show progress or to abort; it never sees
// the QNetworkReply behind it.
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

    void abort();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class Transport;
    PendingCall(QNetworkReply *reply, qint64 maxBody, const QString &downloadPath, QObject *parent);
    void onReadyRead();
    void onFinished();
    void fail(core::ApiError error);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBody;
    std::unique_ptr<QSaveFile> m_download;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    core::ApiError m_error;
    int m_status = 0;
    bool m_finished = false;
    bool m_failed = false;
    bool m_aborted = false;
};

} // namespace ft::api
