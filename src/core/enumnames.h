#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace ft::core {

// An enum's words stated once, as a table of {value, word}: the word of a value and the value of a word
// both read the same table, so the two directions cannot drift apart.
template<typename E>
struct EnumName
{
    E value;
    const char *name;
};

// The table's word for `value`; nullptr when the table has none.
template<typename E, std::size_t N>
constexpr const char *findName(const EnumName<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return nullptr;
}

// The word for `value`, or an empty string when the table has none.
template<typename E, std::size_t N>
QString nameOf(const EnumName<E> (&table)[N], E value)
{
    const char *name = findName(table, value);
    return name ? QString::fromLatin1(name) : QString();
}

// The same for a table of user-visible words, each marked with QT_TRANSLATE_NOOP in `context`.
template<typename E, std::size_t N>
QString translatedNameOf(const char *context, const EnumName<E> (&table)[N], E value)
{
    const char *name = findName(table, value);
    return name ? QCoreApplication::translate(context, name) : QString();
}

// The value whose word is `name` (compared exactly), or nothing.
template<typename E, std::size_t N>
std::optional<E> valueOf(const EnumName<E> (&table)[N], QStringView name)
{
    for (const auto &entry : table) {
        if (QLatin1String(entry.name) == name)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace ft::core
