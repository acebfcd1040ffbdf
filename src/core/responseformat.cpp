#include "responseformat.h"

namespace ft::core {

QString ResponseFormat::toText() const
{
    return isSet() ? QString::fromUtf8(value.toBytes(2)) : QString();
}

std::optional<ResponseFormat> ResponseFormat::fromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return ResponseFormat{};
    bool ok = false;
    RawJson parsed = RawJson::parse(text.toUtf8(), &ok);
    if (!ok || !parsed.isObject())
        return std::nullopt;
    return ResponseFormat{std::move(parsed)};
}

} // namespace ft::core
