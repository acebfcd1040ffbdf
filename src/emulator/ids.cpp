#include "ids.h"

#include <QRandomGenerator>

namespace ft::emu {

QString randomHex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(digits[QRandomGenerator::global()->bounded(16)]);
    return out;
}

QString randomAlnum(int length)
{
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(chars[QRandomGenerator::global()->bounded(int(sizeof(chars) - 1))]);
    return out;
}

QString newId(const char *prefix, int hexLength)
{
    return QString::fromLatin1(prefix) + randomHex(hexLength);
}

} // namespace ft::emu
