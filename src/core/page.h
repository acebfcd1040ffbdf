#pragma once

#include <QList>
#include <QString>

namespace ft::core {

// One page of a list: `{object: "list", data, has_more, first_id?, last_id?}`, or ARM's
// `{value, nextLink?}`. The whole-list helpers of the client concatenate pages into one of these.
template<typename T>
struct Page
{
    QList<T> data;
    bool hasMore = false;
    QString firstId;
    QString lastId;
    QString nextLink; // ARM

    QString cursor() const { return lastId.isEmpty() && !data.isEmpty() ? QString() : lastId; }
};

} // namespace ft::core
