#pragma once

#include "core/result.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace ft::test {

// Runs an asynchronous client call and runs an event loop until its callback delivers the result
// (tests only: the app itself never waits like this). `start` receives the callback to hand over.
template<typename T, typename Start>
core::Result<T> await(Start start, int timeoutMs = 20000)
{
    std::optional<core::Result<T>> out;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&out, &loop](core::Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    if (!out)
        return core::ApiError::timeout(QStringLiteral("the test waited too long for a callback"));
    return std::move(*out);
}

} // namespace ft::test
