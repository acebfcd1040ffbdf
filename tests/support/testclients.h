#pragma once

#include "api/request.h"

#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace ft::api {
class Client;
}

namespace ft::test {

// Clients of the OpenAI surface for tests of the client's transport: each with the same distinctive key, so
// that a leak anywhere is found by a plain search, and by default a retry policy fast enough for tests.
// Each client lives as long as this object.
class TestClients final
{
public:
    static constexpr const char *kKey = "tst-retry-secret-key-5e1c9a";

    TestClients();
    ~TestClients();
    TestClients(const TestClients &) = delete;
    TestClients &operator=(const TestClients &) = delete;

    static api::RetryPolicy fastPolicy();
    // What is wrong with the log of a test's calls: fewer than `atLeast` lines of ft.api.retry, or a line
    // that holds the key. Empty when nothing is.
    static QString retryLogProblem(const QStringList &lines, int atLeast);
    api::Client &client(const QUrl &endpoint, const api::RetryPolicy &policy = fastPolicy());

private:
    std::vector<std::unique_ptr<api::Client>> m_clients;
};

} // namespace ft::test
