#include "rawjson.h"

#include "jsonparse.h"

#include <nlohmann/json.hpp>

namespace ft::core {

namespace {
const nlohmann::ordered_json &nullJson()
{
    static const nlohmann::ordered_json value;
    return value;
}
} // namespace

RawJson::RawJson() = default;

RawJson::RawJson(nlohmann::ordered_json value)
{
    if (!value.is_null())
        m_value = std::make_shared<const nlohmann::ordered_json>(std::move(value));
}

bool RawJson::isNull() const
{
    return !m_value || m_value->is_null();
}

bool RawJson::isObject() const
{
    return m_value && m_value->is_object();
}

bool RawJson::isEmpty() const
{
    return isNull() || ((m_value->is_object() || m_value->is_array()) && m_value->empty());
}

const nlohmann::ordered_json &RawJson::value() const
{
    return m_value ? *m_value : nullJson();
}

QByteArray RawJson::toBytes(int indent) const
{
    const std::string text =
        value().dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

RawJson RawJson::parse(QByteArrayView text, bool *ok)
{
    nlohmann::ordered_json parsed;
    const bool parsedOk = js::parseText(text, parsed) == js::ParseError::None;
    if (ok)
        *ok = parsedOk;
    if (!parsedOk)
        return {};
    return RawJson(std::move(parsed));
}

} // namespace ft::core
