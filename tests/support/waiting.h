#pragma once

#include "core/result.h"

#include <QTest>

#include <optional>

namespace ft::test {

// Runs an asynchronous client call and spins the event loop until its callback delivers the result.
// `start` receives the callback to hand to the client.
template<typename T, typename Start>
core::Result<T> await(Start start, int timeoutMs = 20000)
{
    std::optional<core::Result<T>> out;
    start([&out](core::Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return core::ApiError::timeout(QStringLiteral("the test waited too long for a callback"));
    return std::move(*out);
}

} // namespace ft::test
