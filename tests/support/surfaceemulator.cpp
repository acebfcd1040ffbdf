#include "surfaceemulator.h"

#include "api/transport.h"
#include "core/jsonutil.h"

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

QString SurfaceAnswer::text() const
{
    return QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(raw.left(400)));
}

SurfaceEmulator::SurfaceEmulator() = default;

SurfaceEmulator::~SurfaceEmulator() = default;

bool SurfaceEmulator::start(const QString &dataDir, QString *why)
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

void SurfaceEmulator::kill()
{
    m_process.kill();
}

SurfaceAnswer SurfaceEmulator::send(Surface s, const QByteArray &verb, const QString &path,
                                    const QByteArray &body, const QByteArray &contentType,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
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
    SurfaceAnswer a;
    if (!QTest::qWaitFor([p] { return p->isFinished(); }, 20000))
        return a;
    a.status = p->status();
    a.raw = p->body();
    if (!js::parse(a.raw, a.body))
        a.body = js::Json();
    p->deleteLater();
    return a;
}

SurfaceAnswer SurfaceEmulator::get(Surface s, const QString &path)
{
    return send(s, "GET", path);
}

SurfaceAnswer SurfaceEmulator::postJson(Surface s, const QString &path, const nlohmann::ordered_json &body)
{
    return send(s, "POST", path, js::dump(body));
}

SurfaceAnswer SurfaceEmulator::postForm(Surface s, const QString &path, const QList<FormField> &fields)
{
    return send(s, "POST", path, multipartBody("fullDiskBoundary", fields),
                "multipart/form-data; boundary=fullDiskBoundary");
}

} // namespace ft::test
