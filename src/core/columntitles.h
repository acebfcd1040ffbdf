#pragma once

#include <QCoreApplication>
#include <QVariant>

#include <cstddef>

namespace ft::core {

// A table model's horizontal header, from its column titles in column order, each marked with
// QT_TRANSLATE_NOOP in `context`: the title for the display role, nothing for anything else.
template<std::size_t N>
QVariant columnTitle(const char *context, const char *const (&titles)[N], int section,
                     Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(N))
        return {};
    return QCoreApplication::translate(context, titles[section]);
}

} // namespace ft::core
