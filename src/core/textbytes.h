#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace ft::core::textbytes {

// Offset of the first byte that is not valid UTF-8 (overlong forms and surrogates included), or -1.
qsizetype invalidUtf8At(QByteArrayView s);

// 64-bit FNV-1a of the bytes: cheap, for spotting repeated lines, not for security.
quint64 fnv1a(QByteArrayView s);

} // namespace ft::core::textbytes
