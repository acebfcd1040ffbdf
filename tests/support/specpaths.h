#pragma once

#include <QString>

#include <nlohmann/json.hpp>
#include <optional>

namespace ft::test {

// Which path template of a spec's `paths` a request addresses.
class SpecPaths final
{
public:
    // `path` may be a template itself, a concrete path or a whole URL: scheme, host and query are ignored,
    // `{x}` in a template matches any one segment and literal segments compare without case (ARM paths are
    // case-insensitive).
    static std::optional<QString> match(const nlohmann::ordered_json &paths, const QString &path);
};

} // namespace ft::test
