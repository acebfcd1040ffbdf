#include "surfaceclient.h"

#include <QTest>
#include <QUrlQuery>

namespace ft::test {

namespace js = core::js;

const char *surfaceName(Surface s)
{
    switch (s) {
    case Surface::OpenAI:
        return "openai";
    case Surface::AzureV1:
        return "azure-v1";
    case Surface::Classic:
        return "azure-classic";
    case Surface::Arm:
        return "arm";
    }
    return "";
}

QString Answer::text() const
{
    return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(raw.left(400)));
}

QByteArray multipart(const QByteArray &boundary, const QList<Field> &fields)
{
    QByteArray out;
    for (const Field &f : fields) {
        out += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + '"';
        if (!f.filename.isEmpty())
            out += "; filename=\"" + f.filename + "\"\r\nContent-Type: application/octet-stream";
        out += "\r\n\r\n" + f.content + "\r\n";
    }
    return out + "--" + boundary + "--\r\n";
}

bool SurfaceClient::start(const QString &dataDir, QString *why)
{
    if (!m_process.start({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--speed"),
                          QStringLiteral("20"), QStringLiteral("--quiet")},
                         why))
        return false;
    for (api::ServiceKind kind :
         {api::ServiceKind::OpenAI, api::ServiceKind::AzureV1, api::ServiceKind::AzureClassic}) {
        api::Connection c;
        c.kind = kind;
        c.endpoint = m_process.url();
        c.secret = QStringLiteral("key");
        c.arm.endpoint = m_process.url();
        c.arm.subscription = QStringLiteral("sub");
        c.arm.resourceGroup = QStringLiteral("rg");
        c.arm.account = QStringLiteral("acct");
        c.arm.token = QStringLiteral("token");
        m_transports.push_back(std::make_unique<api::Transport>(c));
    }
    return true;
}

Answer SurfaceClient::send(Surface s, const QByteArray &verb, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    api::Transport &t = *m_transports[s == Surface::OpenAI ? 0 : s == Surface::Classic ? 2 : 1];
    const QString route = path.section(u'?', 0, 0);
    const QUrlQuery query(path.section(u'?', 1));
    const QUrl url =
        s == Surface::Arm ? t.connection().armUrl(route).value() : t.connection().url(route, query);
    api::Transport::Request r = api::Transport::jsonRequest(verb, url, body);
    r.contentType = body.isEmpty() ? QByteArray() : contentType;
    r.arm = s == Surface::Arm;
    r.retry = api::Request::Retry::Never;
    r.headers = headers;
    api::PendingCall *p = t.send(r);
    Answer a;
    if (!QTest::qWaitFor([p] { return p->isFinished(); }, 20000))
        return a;
    a.status = p->status();
    a.raw = p->body();
    if (!js::parse(a.raw, a.body))
        a.body = js::Json();
    p->deleteLater();
    return a;
}

Answer SurfaceClient::postJson(Surface s, const QString &path, const js::Json &body)
{
    return send(s, "POST", path, js::dump(body));
}

Answer SurfaceClient::postForm(Surface s, const QString &path, const QList<Field> &fields)
{
    return send(s, "POST", path, multipart("fullDiskBoundary", fields),
                "multipart/form-data; boundary=fullDiskBoundary");
}

} // namespace ft::test
