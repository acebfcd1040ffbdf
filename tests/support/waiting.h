#pragma once

#include "core/result.h"

#include <QElapsedTimer>
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

// Runs the event loop until `done()` holds or the time is up; true when it held. Unlike
// QTest::qWaitFor it never sleeps, so network I/O on this thread runs at full speed.
template<typename Pred>
bool waitUntil(Pred done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Runs the event loop for a while (layouts, charts and replies settle).
inline void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace ft::test
