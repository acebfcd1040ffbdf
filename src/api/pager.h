#pragma once

#include "transport.h"

#include "core/page.h"

#include <memory>

namespace ft::api {

// Follows `has_more` / `after` until the list is whole (or `maxItems` are in), then delivers one Page
// holding every item. `fetch(after, callback)` asks for one page.
template<typename T>
using PageFetch = std::function<PendingCall *(const QString &after, Callback<core::Page<T>>)>;

template<typename T>
void fetchAll(PageFetch<T> fetch, Callback<core::Page<T>> done, int maxItems = 100000)
{
    struct State
    {
        PageFetch<T> fetch;
        Callback<core::Page<T>> done;
        core::Page<T> all;
        int maxItems;
        std::function<void(const QString &)> next;
    };
    auto state = std::make_shared<State>(State{std::move(fetch), std::move(done), {}, maxItems, {}});
    std::weak_ptr<State> weak = state;
    state->next = [weak](const QString &after) {
        auto s = weak.lock();
        if (!s)
            return;
        s->fetch(after, [s](core::Result<core::Page<T>> page) {
            if (!page) {
                auto done = std::move(s->done);
                s->next = nullptr; // breaks the cycle
                done(page.error());
                return;
            }
            const core::Page<T> &p = page.value();
            s->all.data += p.data;
            const bool more = p.hasMore && !p.data.isEmpty() && s->all.data.size() < s->maxItems;
            if (more) {
                s->next(p.lastId);
                return;
            }
            s->all.hasMore = p.hasMore;
            if (!s->all.data.isEmpty()) {
                s->all.firstId = s->all.data.constFirst().id;
                s->all.lastId = s->all.data.constLast().id;
            }
            auto done = std::move(s->done);
            auto all = std::move(s->all);
            s->next = nullptr;
            done(std::move(all));
        });
    };
    state->next(QString());
}

} // namespace ft::api
