#pragma once

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ft::core::js {

// Limits of every JSON text the programs read (requests, responses, JSONL lines, settings, data files,
// drafts, the cache): far above any real document (the contract's deepest shapes nest about a dozen
// levels) and far below what would exhaust a stack when a document is copied or written out.
inline constexpr int kMaxDepth = 256;
inline constexpr qsizetype kMaxBytes = 64LL * 1024 * 1024;

enum class ParseError { None, Syntax, TooDeep, TooLarge };

// The one entry for JSON text. Refuses text larger than `maxBytes` and text that nests arrays and
// objects deeper than kMaxDepth before the parser sees it; never throws. On failure `out` is null and
// `why` (when given) says what was wrong, in words for a user.
ParseError parseText(QByteArrayView text, nlohmann::ordered_json &out, QString *why = nullptr,
                     qsizetype maxBytes = kMaxBytes);

// How deep `text` nests arrays and objects, by one linear pass that follows strings and their escapes
// (brackets inside strings do not count). Stops at the first level deeper than `limit` and returns it.
int nestingDepth(QByteArrayView text, int limit = kMaxDepth);

} // namespace ft::core::js
