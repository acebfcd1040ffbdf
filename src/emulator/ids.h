#pragma once

#include <QString>

namespace ft::emu {

// Random identifiers in the services' formats.
QString randomHex(int length);
QString randomAlnum(int length);
QString newId(const char *prefix, int hexLength = 32); // prefix + hex, e.g. "file-" + 32 hex

} // namespace ft::emu
