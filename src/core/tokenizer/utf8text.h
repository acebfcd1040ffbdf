#pragma once

// UTF-8 helpers of the tokenizer. Invalid input is repaired the way a WHATWG TextDecoder (JavaScript) or
// Python's bytes.decode("utf-8", errors="replace") does before tiktoken sees the text: every maximal
// subpart of an ill-formed sequence becomes U+FFFD (EF BF BD); valid sequences are kept as they are.

#include <QByteArray>
#include <QByteArrayView>

namespace ft::core::utf8text {

// The offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is.
qsizetype firstInvalid(QByteArrayView bytes);

// The text with every maximal ill-formed subpart replaced by U+FFFD, as TextDecoder would decode it.
QByteArray repaired(QByteArrayView bytes);

} // namespace ft::core::utf8text
