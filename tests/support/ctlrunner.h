#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>

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
    QStringList armOptions() const;
    QUrl endpoint() const { return m_endpoint; }

private:
    QUrl m_endpoint;
    QString m_kind;
};

} // namespace ft::test
