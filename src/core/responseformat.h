#pragma once

#include "rawjson.h"

#include <QString>

#include <optional>

namespace ft::core {

// The optional response_format of a reinforcement job: a JSON object (`{"type": "json_schema", ...}`)
// the app passes on to the service as the user wrote it.
struct ResponseFormat
{
    RawJson value; // an object; null: none

    bool isSet() const { return !value.isNull(); }
    QString toText() const; // indented; empty when none
    // Empty text is none; anything else must be a JSON object (nullopt when it is not).
    static std::optional<ResponseFormat> fromText(const QString &text);
};

} // namespace ft::core
