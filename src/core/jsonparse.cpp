#include "jsonparse.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ft::core::js {

int nestingDepth(QByteArrayView text, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

ParseError parseText(QByteArrayView text, nlohmann::ordered_json &out, QString *why, qsizetype maxBytes)
{
    out = nullptr;
    if (text.size() > maxBytes) {
        if (why)
            *why =
                QCoreApplication::translate("Json", "The JSON text is larger than %1 bytes.").arg(maxBytes);
        return ParseError::TooLarge;
    }
    if (nestingDepth(text, kMaxDepth) > kMaxDepth) {
        if (why)
            *why = QCoreApplication::translate(
                       "Json", "The JSON text nests arrays and objects deeper than %1 levels.")
                       .arg(kMaxDepth);
        return ParseError::TooDeep;
    }
    if (!why) { // the fast way, for the many lines of a dataset: no exception, no message
        out = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
        if (!out.is_discarded())
            return ParseError::None;
        out = nullptr;
        return ParseError::Syntax;
    }
    try {
        out = nlohmann::ordered_json::parse(text.begin(), text.end());
        return ParseError::None;
    } catch (const nlohmann::ordered_json::exception &e) {
        *why = QString::fromUtf8(e.what());
        out = nullptr;
        return ParseError::Syntax;
    }
}

} // namespace ft::core::js
