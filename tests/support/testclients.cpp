#include "testclients.h"

#include "api/client.h"

namespace ft::test {

TestClients::TestClients() = default;

TestClients::~TestClients() = default;

api::RetryPolicy TestClients::fastPolicy()
{
    api::RetryPolicy p;
    p.maxRetries = 4;
    p.initialDelayMs = 20;
    p.maxDelayMs = 100;
    p.idleTimeoutMs = 5000;
    return p;
}

QString TestClients::retryLogProblem(const QStringList &lines, int atLeast)
{
    const qsizetype retries = lines.filter(QStringLiteral("ft.api.retry")).size();
    if (retries < atLeast)
        return QStringLiteral("%1 retries logged, fewer than %2").arg(retries).arg(atLeast);
    for (const QString &line : lines) {
        if (line.contains(QString::fromLatin1(kKey)))
            return QStringLiteral("the key in the log: ") + line;
    }
    return {};
}

api::Client &TestClients::client(const QUrl &endpoint, const api::RetryPolicy &policy)
{
    api::Connection c;
    c.kind = api::ServiceKind::OpenAI;
    c.endpoint = endpoint;
    c.secret = QString::fromLatin1(kKey);
    m_clients.push_back(std::make_unique<api::Client>(c));
    m_clients.back()->transport().setRetryPolicy(policy);
    return *m_clients.back();
}

} // namespace ft::test
