#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace ft::core {

// The outcome of a call: a value or an ApiError.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_v(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    // The error; an empty one when the call succeeded (so a message can always be built from it).
    const ApiError &error() const
    {
        static const ApiError none;
        return ok() ? none : std::get<1>(m_v);
    }

private:
    std::variant<T, ApiError> m_v;
};

struct Nothing
{
};

} // namespace ft::core
