#include "ctlrunner.h"

#include "core/jsonutil.h"

#include <QProcess>

namespace ft::test {

nlohmann::ordered_json CtlResult::json() const
{
    core::js::Json doc;
    core::js::parse(out, doc);
    return doc;
}

CtlRunner::CtlRunner(QUrl endpoint, QString kind)
    : m_endpoint(std::move(endpoint))
    , m_kind(std::move(kind))
{ }

QStringList CtlRunner::armOptions() const
{
    return {QStringLiteral("--arm-endpoint"),       m_endpoint.toString(),
            QStringLiteral("--arm-subscription"),   QStringLiteral("sub-test"),
            QStringLiteral("--arm-resource-group"), QStringLiteral("rg-test"),
            QStringLiteral("--arm-account"),        QStringLiteral("acct-test")};
}

QProcessEnvironment CtlRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AZURE_OPENAI_API_KEY"), QStringLiteral("test-key"));
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key"));
    env.insert(QStringLiteral("AZURE_ARM_TOKEN"), QStringLiteral("test-arm-token"));
    env.insert(m_env);
    return env;
}

std::unique_ptr<QProcess> CtlRunner::start(const QStringList &arguments) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->setProgram(QStringLiteral(FT_FTCTL_BIN));
    p->setArguments(
        QStringList{QStringLiteral("--endpoint"), m_endpoint.toString(), QStringLiteral("--kind"), m_kind}
        + arguments);
    p->start();
    return p;
}

CtlResult CtlRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProgram(QStringLiteral(FT_FTCTL_BIN));
    p.setArguments(
        QStringList{QStringLiteral("--endpoint"), m_endpoint.toString(), QStringLiteral("--kind"), m_kind}
        + arguments);
    p.start();
    CtlResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "ftctl timed out: " + arguments.join(u' ').toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace ft::test
