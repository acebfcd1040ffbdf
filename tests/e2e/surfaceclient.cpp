#include "surfaceclient.h"

#include "emulatorconnection.h"

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

bool SurfaceClient::start(const QString &dataDir, QString *why)
{
    if (!m_process.start(EmulatorProcess::quietArguments(dataDir, 20), why))
        return false;
    for (api::ServiceKind kind :
         {api::ServiceKind::OpenAI, api::ServiceKind::AzureV1, api::ServiceKind::AzureClassic}) {
        m_transports.push_back(std::make_unique<api::Transport>(
            emulatorConnection(m_process.url(), kind, QStringLiteral("key"),
                               armTarget(QStringLiteral("sub"), QStringLiteral("rg"), QStringLiteral("acct"),
                                         QStringLiteral("token")))));
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

Answer SurfaceClient::postForm(Surface s, const QString &path, const QList<FormField> &fields)
{
    return send(s, "POST", path, multipartBody("fullDiskBoundary", fields),
                "multipart/form-data; boundary=fullDiskBoundary");
}

} // namespace ft::test
