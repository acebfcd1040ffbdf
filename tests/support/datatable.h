#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

#include <initializer_list>
#include <type_traits>
#include <utility>

namespace ft::test {

// Declares the columns of a data-driven test's table in one statement: its header row, each type
// beside the name of its column (a type without a name, or a name without a type, does not compile).
template<typename... Types, typename... Names>
void addColumns(const Names &...names)
{
    static_assert(sizeof...(Types) == sizeof...(Names), "one name per column type");
    (QTest::addColumn<Types>(names), ...);
}

// A one-column table of texts (QString or QByteArray): the column, then each row's name and its text
// in UTF-8 (nullptr for a null value).
template<typename Text>
void addTextRows(const char *column, std::initializer_list<std::pair<const char *, const char *>> rows)
{
    QTest::addColumn<Text>(column);
    for (const auto &row : rows) {
        if constexpr (std::is_same_v<Text, QString>)
            QTest::newRow(row.first) << QString::fromUtf8(row.second);
        else
            QTest::newRow(row.first) << QByteArray(row.second);
    }
}

} // namespace ft::test
