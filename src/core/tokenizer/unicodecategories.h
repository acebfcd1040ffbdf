#pragma once

// General categories as tiktoken sees them. npm tiktoken 1.0.22 matches its pre-tokenisation regex with
// Unicode 16.0 tables; QChar::category follows the Unicode version of the Qt in use (14.0 in Qt 6.4). The
// generated table in unicodecategories.cpp holds the Unicode 16.0 category of every code point whose
// category changed between Unicode 14.0 and 17.0, so the answer is Unicode 16.0's under any Qt whose
// tables are 14.0 to 17.0.

#include <QChar>

namespace ft::core::unicodecategories {

// The Unicode 16.0 general category of a code point.
QChar::Category category(char32_t cp);

} // namespace ft::core::unicodecategories
