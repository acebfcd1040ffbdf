#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace ft::emu {

// A cursor page over a list already in the order to show: the items after the one with id `after`,
// at most `limit` of them.
template<typename T>
struct Slice
{
    QList<T> items;
    bool hasMore = false;
};

template<typename T, typename IdOf>
Slice<T> slicePage(const QList<T> &all, const QString &after, int limit, IdOf idOf)
{
    Slice<T> out;
    qsizetype start = 0;
    if (!after.isEmpty()) {
        start = all.size(); // an unknown cursor gives an empty page
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (idOf(all[i]) == after) {
                start = i + 1;
                break;
            }
        }
    }
    const qsizetype end = std::min<qsizetype>(all.size(), start + limit);
    for (qsizetype i = start; i < end; ++i)
        out.items.append(all[i]);
    out.hasMore = end < all.size();
    return out;
}

} // namespace ft::emu
