#pragma once

#include "connection.h"
#include "pendingcall.h"
#include "request.h"

#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QHttpMultiPart;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace ft::api {

template<typename T>
using Callback = std::function<void(core::Result<T>)>;

// Hands `result` to `done` and empties it first, so that `done` runs once at most (it may start the next
// operation of the object that held it).
template<typename T>
void deliverOnce(Callback<T> &done, core::Result<T> result)
{
    if (!done)
        return;
    Callback<T> once = std::move(done);
    done = nullptr;
    once(std::move(result));
}

// Sends requests for one connection: builds them (URL, auth, headers), caps response sizes, and turns
// every failure into a core::ApiError. Asynchronous only: nothing here waits.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    using Request = api::Request;

    explicit Transport(Connection connection, QObject *parent = nullptr);
    ~Transport() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(Connection connection) { m_connection = std::move(connection); }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    PendingCall *send(Request request);

    // Request → typed result: `parse` maps a successful body (already checked to be JSON) to T.
    template<typename T, typename Parse>
    PendingCall *call(Request request, QObject *context, Parse parse, Callback<T> done)
    {
        PendingCall *pending = send(std::move(request));
        QObject::connect(pending, &PendingCall::finished, context ? context : pending,
                         [pending, parse = std::move(parse), done = std::move(done)] {
                             pending->deleteLater();
                             if (!pending->ok()) {
                                 done(pending->error());
                                 return;
                             }
                             done(parse(*pending));
                         });
        return pending;
    }

    // Convenience for a JSON object mapped by T::fromJson.
    template<typename T>
    PendingCall *callObject(Request request, QObject *context, Callback<T> done);

    // Delivers an error on the next turn of the event loop (for calls refused before sending).
    template<typename T>
    static void failLater(QObject *context, core::ApiError error, Callback<T> done)
    {
        QMetaObject::invokeMethod(
            context, [error = std::move(error), done = std::move(done)] { done(error); },
            Qt::QueuedConnection);
    }

    static Request get(const QUrl &url);
    static Request jsonRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body);
    // The same for a URL that may not have been built (Connection::route): such a request is refused
    // with the URL's error, asynchronously, before anything is sent.
    static Request get(const core::Result<QUrl> &url);
    static Request jsonRequest(const QByteArray &verb, const core::Result<QUrl> &url, const QByteArray &body);

private:
    friend class PendingCall;
    QNetworkReply *start(const Request &request, QString *error);

    Connection m_connection;
    RetryPolicy m_retry;
    QNetworkAccessManager *m_network;
};

} // namespace ft::api
