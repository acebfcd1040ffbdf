#pragma once

// JSON helpers shared by the mapping code of core, api and emulator. Readers never throw: a field of
// the wrong type reads as absent, so an untrusted response becomes a typed value or a typed error.

#include "jsonparse.h"
#include "rawjson.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace ft::core::js {

using Json = nlohmann::ordered_json;

const Json *find(const Json &object, std::string_view key);
QString str(const Json &object, std::string_view key, const QString &fallback = {});
std::optional<QString> optStr(const Json &object, std::string_view key);
std::optional<qint64> optInt(const Json &object, std::string_view key);
std::optional<double> optNum(const Json &object, std::string_view key);
std::optional<bool> optBool(const Json &object, std::string_view key);
qint64 int64(const Json &object, std::string_view key, qint64 fallback = 0);
QStringList strList(const Json &object, std::string_view key);
QMap<QString, QString> strMap(const Json &object, std::string_view key);

QString toQ(const Json &value); // a string value, or empty
std::string s(const QString &text);
Json strOrNull(const QString &text);
template<typename T>
Json optOrNull(const std::optional<T> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

// Everything of `object` whose key is not in `known`, kept so it can be written back unchanged.
RawJson extras(const Json &object, std::initializer_list<std::string_view> known);
// Adds the preserved fields to `object` without overwriting fields it already has.
void mergeExtras(Json &object, const RawJson &extras);

// Parses text as JSON without throwing, through parseText and its limits; on failure returns false and
// says why.
bool parse(QByteArrayView text, Json &out, QString *error = nullptr);
QByteArray dump(const Json &value, int indent = -1);

} // namespace ft::core::js
