#pragma once

#include "transport.h"

#include "core/page.h"

#include <QSet>

#include <memory>

namespace ft::api {

// Follows `has_more` / `after` until the list is whole (or `maxItems` are in), then delivers one Page
// holding every item. `fetch(after, callback)` asks for one page. A list that does not end — the same
// cursor again, or more than `maxPages` pages — is an error, not a loop: a service (or something posing
// as one) must not hold the caller forever or fill it with copies.
template<typename T>
using PageFetch = std::function<PendingCall *(const QString &after, Callback<core::Page<T>>)>;

namespace pager {
core::ApiError cursorStuck(int pages);
core::ApiError tooManyPages(int pages);
} // namespace pager

template<typename T>
void fetchAll(PageFetch<T> fetch, Callback<core::Page<T>> done, int maxItems = 100000, int maxPages = 1000)
{
    struct State
    {
        PageFetch<T> fetch;
        Callback<core::Page<T>> done;
        core::Page<T> all;
        int maxItems;
        int maxPages;
        int pages = 0;
        QSet<QString> cursors; // every `after` sent so far
        std::function<void(const QString &)> next;

        void deliver(core::Result<core::Page<T>> result)
        {
            auto callback = std::move(done);
            next = nullptr; // breaks the cycle
            callback(std::move(result));
        }
    };
    auto state =
        std::make_shared<State>(State{std::move(fetch), std::move(done), {}, maxItems, maxPages, 0, {}, {}});
    std::weak_ptr<State> weak = state;
    state->next = [weak](const QString &after) {
        auto s = weak.lock();
        if (!s)
            return;
        s->cursors.insert(after);
        ++s->pages;
        s->fetch(after, [s](core::Result<core::Page<T>> page) {
            if (!page)
                return s->deliver(page.error());
            const core::Page<T> &p = page.value();
            s->all.data += p.data;
            const bool more = p.hasMore && !p.data.isEmpty() && s->all.data.size() < s->maxItems;
            if (more) {
                if (p.lastId.isEmpty() || s->cursors.contains(p.lastId))
                    return s->deliver(pager::cursorStuck(s->pages));
                if (s->pages >= s->maxPages)
                    return s->deliver(pager::tooManyPages(s->pages));
                s->next(p.lastId);
                return;
            }
            s->all.hasMore = p.hasMore;
            if (!s->all.data.isEmpty()) {
                s->all.firstId = s->all.data.constFirst().id;
                s->all.lastId = s->all.data.constLast().id;
            }
            s->deliver(std::move(s->all));
        });
    };
    state->next(QString());
}

} // namespace ft::api
