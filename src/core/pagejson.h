#pragma once

// JSON mapping of Page<T>: only for the layers that handle JSON (core, api, emulator).

#include "jsonutil.h"
#include "page.h"

namespace ft::core {

template<typename T>
Page<T> pageFromJson(const js::Json &v)
{
    Page<T> p;
    const js::Json *data = js::find(v, "data");
    if (!data)
        data = js::find(v, "value");
    if (data && data->is_array()) {
        for (const auto &item : *data) {
            if (item.is_object())
                p.data.append(T::fromJson(item));
        }
    }
    p.hasMore = js::optBool(v, "has_more").value_or(false);
    p.firstId = js::str(v, "first_id");
    p.lastId = js::str(v, "last_id");
    p.nextLink = js::str(v, "nextLink");
    if (p.lastId.isEmpty() && !p.data.isEmpty())
        p.lastId = p.data.constLast().id;
    if (p.firstId.isEmpty() && !p.data.isEmpty())
        p.firstId = p.data.constFirst().id;
    return p;
}

template<typename T>
js::Json pageToJson(const Page<T> &p)
{
    js::Json data = js::Json::array();
    for (const auto &item : p.data)
        data.push_back(item.toJson());
    js::Json o{{"object", "list"}, {"data", data}, {"has_more", p.hasMore}};
    if (!p.firstId.isEmpty())
        o["first_id"] = js::s(p.firstId);
    if (!p.lastId.isEmpty())
        o["last_id"] = js::s(p.lastId);
    return o;
}

} // namespace ft::core
