#include "transport.h"

#include "streambody.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ft::api {

Transport::Transport(Connection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

Transport::~Transport() = default;

Transport::Request Transport::get(const QUrl &url)
{
    Request r;
    r.url = url;
    return r;
}

Transport::Request Transport::jsonRequest(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    Request r;
    r.verb = verb;
    r.url = url;
    r.body = body;
    r.contentType = "application/json";
    return r;
}

Transport::Request Transport::get(const core::Result<QUrl> &url)
{
    Request r;
    if (url)
        r.url = url.value();
    else
        r.refused = url.error();
    return r;
}

Transport::Request Transport::jsonRequest(const QByteArray &verb, const core::Result<QUrl> &url,
                                          const QByteArray &body)
{
    Request r = get(url);
    r.verb = verb;
    r.body = body;
    r.contentType = "application/json";
    return r;
}

PendingCall *Transport::send(Request request)
{
    auto *pending = new PendingCall(this, std::move(request));
    pending->attempt();
    return pending;
}

QNetworkReply *Transport::start(const Request &request, QString *error)
{
    // Never send a key in clear text to another machine, whatever the caller built.
    if (const QString problem = Connection::insecureProblem(request.url); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    QNetworkRequest nr(request.url);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("User-Agent", "FineTuneStudio/" FT_VERSION);
    nr.setTransferTimeout(request.timeoutMs > 0 ? request.timeoutMs : m_retry.idleTimeoutMs);
    // A key must not follow a redirect to another host (the services answer without redirects).
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &h : request.headers)
        nr.setRawHeader(h.first, h.second);
    if (request.arm)
        m_connection.authorizeArm(nr);
    else
        m_connection.authorize(nr);

    QNetworkReply *reply = nullptr;
    // Bodies go as one-shot streams (see StreamBody): Qt must not resend them on its own.
    StreamBody *stream = nullptr;
    if (request.stream) {
        stream = request.stream(error);
        if (!stream)
            return nullptr;
    } else if (!request.device && (!request.body.isEmpty() || request.verb == "DELETE")) {
        // A DELETE too: Qt would otherwise repeat it by itself after a dropped connection, and a
        // repeat that finds nothing must be told apart from a first attempt that finds nothing.
        stream = new StreamBody;
        stream->append(request.body);
    }
    if (stream) {
        if (request.stream)
            nr.setHeader(QNetworkRequest::ContentTypeHeader, stream->contentType());
        nr.setHeader(QNetworkRequest::ContentLengthHeader, stream->length());
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(nr, request.verb, stream);
        stream->setParent(reply);
    } else if (request.device) {
        reply = m_network->sendCustomRequest(nr, request.verb, request.device);
        request.device->setParent(reply);
    } else if (request.verb == "GET") {
        reply = m_network->get(nr);
    } else if (request.verb == "DELETE" && request.body.isEmpty()) {
        reply = m_network->deleteResource(nr);
    } else {
        reply = m_network->sendCustomRequest(nr, request.verb, request.body);
    }
    return reply;
}

} // namespace ft::api
