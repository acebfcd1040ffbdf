#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace ft::ui {

// Runs `work` on a worker thread (it reads whole files: hashing, splitting, checking) and then `done`
// with its result on the thread of `context`; nothing is called when `context` is gone by then.
template<typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *worker = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, context, [result, done = std::move(done)] {
        if (*result)
            done(std::move(**result));
    });
    worker->start();
}

} // namespace ft::ui
