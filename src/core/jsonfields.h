#pragma once

// A record's JSON fields stated once, as a table of {key, member}: the same table reads the record,
// writes it back (in the table's order) and tells which keys are its own, so the three cannot drift
// apart. A field of the wrong type reads as absent, as everywhere in js.

#include "jsonutil.h"

#include <QList>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <variant>

namespace ft::core::js {

// How a field is written back.
enum class Write {
    Always, // an empty text as "", an unset optional as null
    IfSet, // left out when empty, unset or null
    NullIfEmpty, // an empty text as null
};

// A field that is not one value: `read` gets the field's value when the document has the key (no
// `read`: the record reads it by hand); what `write` returns is written (with Write::IfSet, only when
// it is not null).
template<typename R>
struct Custom
{
    void (*read)(const Json &value, R &record);
    Json (*write)(const R &record);
};

template<typename R>
struct Field
{
    using Member =
        std::variant<QString R::*, qint64 R::*, int R::*, double R::*, bool R::*, std::optional<qint64> R::*,
                     std::optional<double> R::*, QStringList R::*, RawJson R::*, Custom<R>>;

    std::string_view key;
    Member member;
    Write write = Write::Always;
};

namespace detail {

// Reads one field; an absent field, or one of the wrong type, leaves the member as it was, except an
// optional, which it unsets.
template<typename R>
void readField(const Json &v, R &r, const Field<R> &f)
{
    std::visit(
        [&](const auto &m) {
            using M = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<M, Custom<R>>) {
                const Json *value = m.read ? find(v, f.key) : nullptr;
                if (value)
                    m.read(*value, r);
            } else {
                auto &out = r.*m;
                using T = std::decay_t<decltype(out)>;
                if constexpr (std::is_same_v<T, QString>)
                    out = str(v, f.key, out);
                else if constexpr (std::is_same_v<T, qint64>)
                    out = int64(v, f.key, out);
                else if constexpr (std::is_same_v<T, int>)
                    out = int(int64(v, f.key, out));
                else if constexpr (std::is_same_v<T, double>)
                    out = optNum(v, f.key).value_or(out);
                else if constexpr (std::is_same_v<T, bool>)
                    out = optBool(v, f.key).value_or(out);
                else if constexpr (std::is_same_v<T, std::optional<qint64>>)
                    out = optInt(v, f.key);
                else if constexpr (std::is_same_v<T, std::optional<double>>)
                    out = optNum(v, f.key);
                else if constexpr (std::is_same_v<T, QStringList>)
                    out = strList(v, f.key);
                else if (const Json *value = find(v, f.key)) // RawJson
                    out = RawJson(*value);
            }
        },
        f.member);
}

// The JSON of one field, or null when Write::IfSet leaves it out.
template<typename R>
Json fieldJson(const R &r, const Field<R> &f, bool *skip)
{
    return std::visit(
        [&](const auto &m) -> Json {
            using M = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<M, Custom<R>>) {
                Json out = m.write(r);
                *skip = f.write == Write::IfSet && out.is_null();
                return out;
            } else {
                const auto &value = r.*m;
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, QString>) {
                    *skip = f.write == Write::IfSet && value.isEmpty();
                    return f.write == Write::NullIfEmpty && value.isEmpty() ? Json(nullptr) : Json(s(value));
                } else if constexpr (std::is_same_v<
                                         T,
                                         std::optional<qint64>> || std::is_same_v<T, std::optional<double>>) {
                    *skip = f.write == Write::IfSet && !value;
                    return optOrNull(value);
                } else if constexpr (std::is_same_v<T, QStringList>) {
                    *skip = f.write == Write::IfSet && value.isEmpty();
                    Json out = Json::array();
                    for (const QString &item : value)
                        out.push_back(s(item));
                    return out;
                } else if constexpr (std::is_same_v<T, RawJson>) {
                    *skip = f.write == Write::IfSet && value.isNull();
                    return value.value();
                } else {
                    return Json(value);
                }
            }
        },
        f.member);
}

} // namespace detail

template<typename R, std::size_t N>
void readFields(const Json &v, R &r, const Field<R> (&fields)[N])
{
    for (const Field<R> &f : fields)
        detail::readField(v, r, f);
}

template<typename R, std::size_t N>
void writeFields(Json &o, const R &r, const Field<R> (&fields)[N])
{
    for (const Field<R> &f : fields) {
        bool skip = false;
        Json value = detail::fieldJson(r, f, &skip);
        if (!skip)
            o[std::string(f.key)] = std::move(value);
    }
}

// The table's record as a new object.
template<typename R, std::size_t N>
Json fieldsJson(const R &r, const Field<R> (&fields)[N])
{
    Json o = Json::object();
    writeFields(o, r, fields);
    return o;
}

// A record read from `v` by the table, its other members as a default record has them.
template<typename R, std::size_t N>
R fromFields(const Json &v, const Field<R> (&fields)[N])
{
    R r;
    readFields(v, r, fields);
    return r;
}

// Everything of `v` that is neither a field of the table nor one of `alsoKnown` (fields read by hand),
// kept so it can be written back unchanged.
template<typename R, std::size_t N>
RawJson extrasBesides(const Json &v, const Field<R> (&fields)[N],
                      std::initializer_list<std::string_view> alsoKnown = {})
{
    if (!v.is_object())
        return {};
    Json out = v;
    for (const Field<R> &f : fields)
        out.erase(std::string(f.key));
    for (const std::string_view key : alsoKnown)
        out.erase(std::string(key));
    if (out.empty())
        return {};
    return RawJson(std::move(out));
}

// For a record that keeps the fields it does not know in `extra`, to write them back unchanged.
template<typename R, std::size_t N>
R fromFieldsKeepingExtras(const Json &v, const Field<R> (&fields)[N])
{
    R r = fromFields(v, fields);
    r.extra = extrasBesides(v, fields);
    return r;
}

template<typename R, std::size_t N>
Json fieldsJsonWithExtras(const R &r, const Field<R> (&fields)[N])
{
    Json o = fieldsJson(r, fields);
    mergeExtras(o, r.extra);
    return o;
}

// The items of the array `value` through `read`; none when it is not an array.
template<typename T, typename Read>
QList<T> listOf(const Json &value, Read read)
{
    QList<T> out;
    if (value.is_array()) {
        for (const Json &item : value)
            out.append(read(item));
    }
    return out;
}

// The items of `list` through `write`, as an array.
template<typename T, typename Write>
Json arrayOf(const QList<T> &list, Write write)
{
    Json out = Json::array();
    for (const T &item : list)
        out.push_back(write(item));
    return out;
}

} // namespace ft::core::js
