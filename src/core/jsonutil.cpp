#include "jsonutil.h"

namespace ft::core::js {

const Json *find(const Json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString toQ(const Json &value)
{
    if (!value.is_string())
        return {};
    const auto &text = value.get_ref<const std::string &>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString str(const Json &object, std::string_view key, const QString &fallback)
{
    const Json *value = find(object, key);
    return value && value->is_string() ? toQ(*value) : fallback;
}

std::optional<QString> optStr(const Json &object, std::string_view key)
{
    const Json *value = find(object, key);
    if (!value || !value->is_string())
        return std::nullopt;
    return toQ(*value);
}

std::optional<qint64> optInt(const Json &object, std::string_view key)
{
    const Json *value = find(object, key);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<qint64>();
    if (value->is_number_float()) {
        const double d = value->get<double>();
        if (d >= -9.0e18 && d <= 9.0e18 && d == double(qint64(d)))
            return qint64(d);
    }
    return std::nullopt;
}

std::optional<double> optNum(const Json &object, std::string_view key)
{
    const Json *value = find(object, key);
    if (!value || !value->is_number())
        return std::nullopt;
    return value->get<double>();
}

std::optional<bool> optBool(const Json &object, std::string_view key)
{
    const Json *value = find(object, key);
    if (!value || !value->is_boolean())
        return std::nullopt;
    return value->get<bool>();
}

qint64 int64(const Json &object, std::string_view key, qint64 fallback)
{
    return optInt(object, key).value_or(fallback);
}

QStringList strList(const Json &object, std::string_view key)
{
    QStringList out;
    const Json *value = find(object, key);
    if (!value || !value->is_array())
        return out;
    for (const auto &item : *value) {
        if (item.is_string())
            out << toQ(item);
    }
    return out;
}

QMap<QString, QString> strMap(const Json &object, std::string_view key)
{
    QMap<QString, QString> out;
    const Json *value = find(object, key);
    if (!value || !value->is_object())
        return out;
    for (auto it = value->begin(); it != value->end(); ++it) {
        if (it.value().is_string())
            out.insert(QString::fromStdString(it.key()), toQ(it.value()));
    }
    return out;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

Json strOrNull(const QString &text)
{
    return text.isNull() ? Json(nullptr) : Json(text.toStdString());
}

RawJson extras(const Json &object, std::initializer_list<std::string_view> known)
{
    if (!object.is_object())
        return {};
    Json out = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool isKnown = false;
        for (const auto k : known) {
            if (it.key() == k) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            out[it.key()] = it.value();
    }
    if (out.empty())
        return {};
    return RawJson(std::move(out));
}

void mergeExtras(Json &object, const RawJson &extras)
{
    if (!extras.isObject() || !object.is_object())
        return;
    for (auto it = extras.value().begin(); it != extras.value().end(); ++it) {
        if (!object.contains(it.key()))
            object[it.key()] = it.value();
    }
}

bool parse(QByteArrayView text, Json &out, QString *error)
{
    return parseText(text, out, error) == ParseError::None;
}

QByteArray dump(const Json &value, int indent)
{
    const std::string text = value.dump(indent, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace ft::core::js
