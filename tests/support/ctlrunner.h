#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>

#include <memory>

namespace ft::test {

struct CtlResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // stdout parsed as JSON (null when it is not JSON)
    nlohmann::ordered_json json() const;
};

// Runs the real ftctl binary against an endpoint, as a script would.
class CtlRunner
{
public:
    explicit CtlRunner(QUrl endpoint, QString kind = QStringLiteral("azure"));

    CtlResult run(const QStringList &arguments, int timeoutMs = 120000) const;
    // Started, not waited for: to kill it midway, as a crash would.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    // Extra environment for every run (XDG_DATA_HOME, to keep a run's app data apart).
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    QStringList armOptions() const;
    QUrl endpoint() const { return m_endpoint; }

private:
    QProcessEnvironment environment() const;

    QUrl m_endpoint;
    QString m_kind;
    QProcessEnvironment m_env;
};

} // namespace ft::test
