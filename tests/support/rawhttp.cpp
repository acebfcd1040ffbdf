#include "rawhttp.h"

#include "core/jsonutil.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace ft::test {

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

nlohmann::ordered_json RawReply::json() const
{
    core::js::Json doc;
    core::js::parse(body, doc);
    return doc;
}

RawReply rawRequest(const QByteArray &verb, const QUrl &url,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                    int timeoutMs)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && request.rawHeader("Content-Type").isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RawReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.headers = reply->rawHeaderPairs();
        out.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && out.status == 0)
            out.error = reply->errorString();
    }
    delete reply;
    return out;
}

} // namespace ft::test
