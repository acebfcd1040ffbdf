#include "utf8text.h"

#include <cstring>

namespace ft::core::utf8text {

namespace {

// Length of the well-formed sequence at p (1..4), or 0 when the bytes at p start a maximal ill-formed
// subpart; then *subpart is its length (the bytes to replace by one U+FFFD), per Unicode 3.9 / WHATWG.
int sequenceAt(const unsigned char *p, const unsigned char *end, int *subpart)
{
    const unsigned char b = *p;
    if (b < 0x80)
        return 1;
    int need = 0;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0)
            lower = 0xA0;
        else if (b == 0xED)
            upper = 0x9F; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0)
            lower = 0x90;
        else if (b == 0xF4)
            upper = 0x8F; // nothing above U+10FFFF
    } else {
        *subpart = 1;
        return 0;
    }
    const unsigned char *q = p + 1;
    for (int i = 0; i < need; ++i, ++q) {
        if (q >= end || *q < lower || *q > upper) {
            *subpart = int(q - p);
            return 0;
        }
        lower = 0x80;
        upper = 0xBF;
    }
    return need + 1;
}

} // namespace

qsizetype firstInvalid(QByteArrayView bytes)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = begin + bytes.size();
    const auto *p = begin;
    while (p < end) {
        // ASCII runs, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        // Three bytes (CJK, Hangul, kana, ...) and two, inline; the rest, and any error, by sequenceAt.
        if ((b & 0xF0) == 0xE0 && end - p >= 3 && p[1] >= (b == 0xE0 ? 0xA0 : 0x80)
            && p[1] <= (b == 0xED ? 0x9F : 0xBF) && (p[2] & 0xC0) == 0x80) {
            p += 3;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            p += 2;
            continue;
        }
        int subpart = 0;
        const int len = sequenceAt(p, end, &subpart);
        if (len == 0)
            return qsizetype(p - begin);
        p += len;
    }
    return -1;
}

QByteArray repaired(QByteArrayView bytes)
{
    static constexpr char replacement[] = "\xEF\xBF\xBD";
    QByteArray out;
    out.reserve(bytes.size() + 16);
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = begin + bytes.size();
    const auto *p = begin;
    while (p < end) {
        int subpart = 0;
        const int len = sequenceAt(p, end, &subpart);
        if (len > 0) {
            out.append(reinterpret_cast<const char *>(p), len);
            p += len;
        } else {
            out.append(replacement, 3);
            p += subpart;
        }
    }
    return out;
}

} // namespace ft::core::utf8text
