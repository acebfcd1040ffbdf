#include "pretokenizer.h"

#include "unicodecategories.h"

#include <QtGlobal>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace ft::core {

namespace {

// The classes the two patterns look at, one bit each.
enum : std::uint8_t {
    kUpper = 1, // Lu, Lt
    kLower = 2, // Ll
    kOtherLetter = 4, // Lm, Lo
    kMark = 8, // Mn, Mc, Me
    kNumber = 16, // Nd, Nl, No
    kSpace = 32, // White_Space, what \s matches
    kNewline = 64, // \r, \n
};
constexpr std::uint8_t kLetter = kUpper | kLower | kOtherLetter; // \p{L}
constexpr std::uint8_t kUpperish = kUpper | kOtherLetter | kMark; // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
constexpr std::uint8_t kLowerish = kLower | kOtherLetter | kMark; // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
constexpr std::uint8_t kNotPrefix = kNewline | kLetter | kNumber; // [^\r\n\p{L}\p{N}] is none of these
constexpr std::uint8_t kNotPunctuation = kSpace | kLetter | kNumber; // [^\s\p{L}\p{N}] is none of these

bool isWhiteSpace(char32_t cp)
{
    // The Unicode White_Space property (what \s means in tiktoken's regex engine); stable since Unicode 6.3.
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
}

std::uint8_t computeClass(char32_t cp)
{
    std::uint8_t cls = 0;
    switch (unicodecategories::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        cls = kUpper;
        break;
    case QChar::Letter_Lowercase:
        cls = kLower;
        break;
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        cls = kOtherLetter;
        break;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        cls = kMark;
        break;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        cls = kNumber;
        break;
    default:
        break;
    }
    if (isWhiteSpace(cp))
        cls |= kSpace;
    if (cp == '\r' || cp == '\n')
        cls |= kNewline;
    return cls;
}

// Classes of planes 0 to 3, where nearly all text is, computed once (256 KiB); the rest on the fly.
constexpr char32_t kTabulated = 0x40000;

// Built on the first construction of a Pretokenizer (thread-safe); next() reads it through a member, so
// the hot path checks no guard.
const std::uint8_t *tabulatedClasses()
{
    static const std::vector<std::uint8_t> table = [] {
        std::vector<std::uint8_t> t(kTabulated);
        for (char32_t cp = 0; cp < kTabulated; ++cp)
            t[cp] = computeClass(cp);
        return t;
    }();
    return table.data();
}

// ASCII bytes, for the fast paths: most text is ASCII.
enum : std::uint8_t {
    kAsciiUpper = 1, // [A-Z]
    kAsciiLower = 2, // [a-z]
    kAsciiDigit = 4, // [0-9]
    kAsciiPunctuation = 8, // what [^\s\p{L}\p{N}] matches among ASCII code points
    kAsciiSpace = 16, // what \s matches among ASCII code points: \t \n \v \f \r and space
    kAsciiPrefix = 32, // what [^\r\n\p{L}\p{N}] matches among ASCII code points
};
constexpr std::uint8_t kAsciiLetter = kAsciiUpper | kAsciiLower;

constexpr std::array<std::uint8_t, 256> asciiTable()
{
    std::array<std::uint8_t, 256> t{}; // 0 for the bytes of code points beyond ASCII
    for (int b = 0; b < 0x80; ++b) {
        if (b >= 'A' && b <= 'Z')
            t[b] = kAsciiUpper;
        else if (b >= 'a' && b <= 'z')
            t[b] = kAsciiLower;
        else if (b >= '0' && b <= '9')
            t[b] = kAsciiDigit;
        else if ((b >= 0x09 && b <= 0x0D) || b == ' ')
            t[b] = kAsciiSpace;
        else
            t[b] = kAsciiPunctuation;
        if (!(t[b] & (kAsciiLetter | kAsciiDigit)) && b != '\r' && b != '\n')
            t[b] |= kAsciiPrefix;
    }
    return t;
}

constexpr std::array<std::uint8_t, 256> kAscii = asciiTable();

struct CodePoint
{
    std::uint8_t cls;
    std::uint8_t len;
    char32_t cp;
};

// A view of well-formed UTF-8 with the classes of its code points.
class Text final
{
public:
    Text(std::string_view text, const std::uint8_t *classes)
        : m_s(reinterpret_cast<const unsigned char *>(text.data()))
        , m_n(text.size())
        , m_classes(classes)
    { }

    std::size_t size() const { return m_n; }
    const unsigned char *data() const { return m_s; }
    unsigned char byte(std::size_t i) const { return m_s[i]; }

    Q_ALWAYS_INLINE CodePoint at(std::size_t i) const
    {
        const unsigned char b = m_s[i];
        if (b < 0x80)
            return {m_classes[b], 1, b};
        if (b < 0xE0) {
            const char32_t cp = (char32_t(b & 0x1F) << 6) | (m_s[i + 1] & 0x3F);
            return {m_classes[cp], 2, cp};
        }
        if (b < 0xF0) {
            const char32_t cp =
                (char32_t(b & 0x0F) << 12) | (char32_t(m_s[i + 1] & 0x3F) << 6) | (m_s[i + 2] & 0x3F);
            return {m_classes[cp], 3, cp};
        }
        const char32_t cp = (char32_t(b & 0x07) << 18) | (char32_t(m_s[i + 1] & 0x3F) << 12)
            | (char32_t(m_s[i + 2] & 0x3F) << 6) | (m_s[i + 3] & 0x3F);
        return {Q_LIKELY(cp < kTabulated) ? m_classes[cp] : computeClass(cp), 4, cp};
    }

    // The end of the longest run from i of code points whose class has a bit of `mask`.
    std::size_t skipWhile(std::size_t i, std::uint8_t mask) const
    {
        while (i < m_n) {
            const CodePoint c = at(i);
            if (!(c.cls & mask))
                break;
            i += c.len;
        }
        return i;
    }

    // (?i:'s|'t|'re|'ve|'m|'ll|'d) at i: the end of the match, or i. The (?i) is Unicode's simple case
    // folding, under which the only letter beyond ASCII that matches one of these is U+017F (long s,
    // C5 BF) for s: " I'\u017F" is one piece, and " I'" a token of o200k_base.
    std::size_t contraction(std::size_t i) const
    {
        if (i + 1 >= m_n || m_s[i] != '\'')
            return i;
        const unsigned char a = m_s[i + 1] | 0x20;
        if (a == 's' || a == 't' || a == 'm' || a == 'd')
            return i + 2;
        if (i + 2 >= m_n)
            return i;
        if (m_s[i + 1] == 0xC5 && m_s[i + 2] == 0xBF)
            return i + 3;
        const unsigned char b = m_s[i + 2] | 0x20;
        if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
            return i + 3;
        return i;
    }

    // ` ?[^\s\p{L}\p{N}]+` then any of `tail` (CR, LF and, for o200k, '/'): the end, or 0 for no match.
    std::size_t punctuation(std::size_t pos, const CodePoint &c0, bool slashToo) const
    {
        std::size_t i = pos;
        if (c0.cp == ' ' && pos + 1 < m_n && !(at(pos + 1).cls & kNotPunctuation))
            i = pos + 1;
        else if (c0.cls & kNotPunctuation)
            return 0;
        while (i < m_n) {
            const CodePoint c = at(i);
            if (c.cls & kNotPunctuation)
                break;
            i += c.len;
        }
        while (i < m_n && (m_s[i] == '\r' || m_s[i] == '\n' || (slashToo && m_s[i] == '/')))
            ++i;
        return i;
    }

    // \s*[\r\n]+|\s+(?!\S)|\s+ at pos, where a white space starts.
    std::size_t whiteSpace(std::size_t pos) const
    {
        std::size_t i = pos;
        std::size_t lastStart = pos;
        std::size_t afterLastNewline = 0;
        while (i < m_n) {
            const CodePoint c = at(i);
            if (!(c.cls & kSpace))
                break;
            lastStart = i;
            i += c.len;
            if (c.cls & kNewline)
                afterLastNewline = i;
        }
        if (afterLastNewline != 0) // \s*[\r\n]+ backtracks to the last line break of the run
            return afterLastNewline;
        if (i == m_n || lastStart == pos) // \s+(?!\S) at the end, or a lone \s+
            return i;
        return lastStart; // \s+(?!\S) leaves the last white space to the next piece
    }

    // \p{N}{1,3} at pos, where a number starts.
    std::size_t digits(std::size_t pos, const CodePoint &c0) const
    {
        std::size_t i = pos + c0.len;
        for (int k = 0; k < 2 && i < m_n; ++k) {
            const CodePoint c = at(i);
            if (!(c.cls & kNumber))
                break;
            i += c.len;
        }
        return i;
    }

    // What is left at pos once a pattern's letter alternatives have not matched: \p{N}{1,3}, then
    // punctuation (see punctuation()), then white space.
    std::size_t numberPunctuationOrSpace(std::size_t pos, const CodePoint &c0, bool slashToo) const
    {
        if (c0.cls & kNumber)
            return digits(pos, c0);
        if (const std::size_t end = punctuation(pos, c0, slashToo))
            return end;
        if (c0.cls & kSpace)
            return whiteSpace(pos);
        return pos + c0.len; // not reached: every code point is one of the above
    }

private:
    const unsigned char *m_s;
    std::size_t m_n;
    const std::uint8_t *m_classes;
};

// The general cases, code point by code point, for what the ASCII fast path (asciiPiece) leaves.
Q_NEVER_INLINE std::size_t generalCl100k(const Text &t, std::size_t pos)
{
    const CodePoint c0 = t.at(pos);
    // (?i:'s|'t|'re|'ve|'m|'ll|'d)
    if (c0.cp == '\'') {
        const std::size_t end = t.contraction(pos);
        if (end != pos)
            return end;
    }
    // [^\r\n\p{L}\p{N}]?\p{L}+
    if (c0.cls & kLetter)
        return t.skipWhile(pos + c0.len, kLetter);
    if (!(c0.cls & kNotPrefix) && pos + c0.len < t.size() && (t.at(pos + c0.len).cls & kLetter))
        return t.skipWhile(pos + c0.len, kLetter);
    // \p{N}{1,3}, then ` ?[^\s\p{L}\p{N}]+[\r\n]*`, then white space
    return t.numberPunctuationOrSpace(pos, c0, false);
}

Q_NEVER_INLINE std::size_t generalO200k(const Text &t, std::size_t pos)
{
    const std::size_t n = t.size();
    const CodePoint c0 = t.at(pos);
    const bool canPrefix = !(c0.cls & kNotPrefix);

    // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|...)?
    // The prefix is tried first (greedy ?), then without it. The upper-ish run is greedy: it gives back
    // code points until a lower-ish one can start the lower-ish run.
    for (int pass = canPrefix ? 0 : 1; pass < 2; ++pass) {
        std::size_t i = pass == 0 ? pos + c0.len : pos;
        std::size_t afterLastLowerish = 0; // end of the last code point of the run that is also lower-ish
        while (i < n) {
            const CodePoint c = t.at(i);
            if (!(c.cls & kUpperish))
                break;
            i += c.len;
            if (c.cls & kLowerish)
                afterLastLowerish = i;
        }
        if (i < n) {
            const CodePoint c = t.at(i);
            if (c.cls & kLowerish) // only Ll can follow the upper-ish run here
                return t.contraction(t.skipWhile(i + c.len, kLowerish));
        }
        // Else the lower-ish run is the last code point of the run that can be one; what follows it is
        // Lu/Lt or not a letter.
        if (afterLastLowerish != 0)
            return t.contraction(afterLastLowerish);
    }
    // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|...)?
    for (int pass = canPrefix ? 0 : 1; pass < 2; ++pass) {
        const std::size_t start = pass == 0 ? pos + c0.len : pos;
        const std::size_t i = t.skipWhile(start, kUpperish);
        if (i != start)
            return t.contraction(t.skipWhile(i, kLowerish));
    }
    // \p{N}{1,3}, then ` ?[^\s\p{L}\p{N}]+[\r\n/]*`, then white space
    return t.numberPunctuationOrSpace(pos, c0, true);
}

// The end of the run of [a-z] from i on (of [A-Za-z] when `upperToo`), eight bytes at a time.
template<bool upperToo>
Q_ALWAYS_INLINE std::size_t lowerRun(const Text &t, std::size_t i)
{
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    const std::size_t n = t.size();
    while (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, t.data() + i, 8);
        if constexpr (upperToo)
            w |= 0x2020202020202020ull; // A-Z to a-z; no other byte becomes one of a-z
        // Bytes of 0x61 to 0x7A: adding 0x1F sets their top bit, adding 0x05 does not. A byte above 0x7F
        // may carry into the next, but only past the first byte that is not a-z.
        const std::uint64_t lower = (w + 0x1F1F1F1F1F1F1F1Full) & ~(w + 0x0505050505050505ull) & ~w & kHigh;
        if (lower != kHigh)
            return i + std::size_t(std::countr_zero(~lower & kHigh) >> 3);
        i += 8;
    }
    const std::uint8_t mask = upperToo ? kAsciiLetter : std::uint8_t(kAsciiLower);
    while (i < n && (kAscii[t.byte(i)] & mask))
        ++i;
    return i;
}

// The piece at pos when the ASCII there decides it (nearly always in ASCII text), else 0. An optional
// prefix and [A-Za-z]+ (o200k: [A-Z]*[a-z]* and a contraction), what the letter alternatives match when
// an ASCII code point or the end follows; \p{N}{1,3}; ` ?[^\s\p{L}\p{N}]+` and its tail; runs of white
// space. A code point beyond ASCII where it could change the piece leaves it to the general case, and so
// does a quote in cl100k_base (a contraction comes first there).
template<Pretokenizer::Pattern kPattern>
Q_ALWAYS_INLINE std::size_t asciiPiece(const Text &t, std::size_t pos)
{
    constexpr bool kO200k = kPattern == Pretokenizer::Pattern::O200k;
    const std::size_t n = t.size();
    const unsigned char b0 = t.byte(pos);
    const std::uint8_t k0 = kAscii[b0];
    if (k0 == 0 || (!kO200k && b0 == '\''))
        return 0;
    std::size_t i = n;
    if (k0 & kAsciiLetter) {
        i = pos;
    } else if (pos + 1 == n) {
        return n; // one ASCII code point, not a letter, alone at the end
    } else {
        const unsigned char b1 = t.byte(pos + 1);
        const std::uint8_t k1 = kAscii[b1];
        if (k1 == 0)
            return 0;
        if ((k0 & kAsciiPrefix) && (k1 & kAsciiLetter)) {
            i = pos + 1;
        } else if (k0 & kAsciiDigit) {
            // \p{N}{1,3}
            i = pos + 1;
            for (int k = 0; k < 2 && i < n; ++k, ++i) {
                const unsigned char b = t.byte(i);
                if (!(kAscii[b] & kAsciiDigit))
                    return b < 0x80 ? i : 0;
            }
            return i;
        } else if ((k0 & kAsciiPunctuation) || (b0 == ' ' && (k1 & kAsciiPunctuation))) {
            // ` ?[^\s\p{L}\p{N}]+[\r\n]*` (o200k: `[\r\n/]*`)
            i = (k0 & kAsciiPunctuation) ? pos + 1 : pos + 2;
            while (i < n && (kAscii[t.byte(i)] & kAsciiPunctuation))
                ++i;
            if (i < n && t.byte(i) >= 0x80)
                return 0;
            while (i < n && (t.byte(i) == '\r' || t.byte(i) == '\n' || (kO200k && t.byte(i) == '/')))
                ++i;
            return i;
        } else {
            // \s*[\r\n]+|\s+(?!\S)|\s+, as Text::whiteSpace
            i = pos;
            std::size_t lastStart = pos;
            std::size_t afterLastNewline = 0;
            while (i < n) {
                const unsigned char b = t.byte(i);
                if (!(kAscii[b] & kAsciiSpace)) {
                    if (b >= 0x80)
                        return 0;
                    break;
                }
                lastStart = i;
                ++i;
                if (b == '\r' || b == '\n')
                    afterLastNewline = i;
            }
            if (afterLastNewline != 0)
                return afterLastNewline;
            if (i == n || lastStart == pos)
                return i;
            return lastStart;
        }
    }
    // Letters from i.
    if constexpr (kO200k) {
        while (i < n && (kAscii[t.byte(i)] & kAsciiUpper))
            ++i;
        i = lowerRun<false>(t, i);
        if (i < n && t.byte(i) >= 0x80)
            return 0;
        return t.contraction(i);
    } else {
        i = lowerRun<true>(t, i);
        if (i < n && t.byte(i) >= 0x80)
            return 0;
        return i;
    }
}

// Pieces from pos on, up to max of them.
template<Pretokenizer::Pattern kPattern>
std::size_t nextPieces(const Text &t, std::size_t pos, std::size_t *ends, std::size_t max)
{
    std::size_t count = 0;
    do {
        std::size_t end = asciiPiece<kPattern>(t, pos);
        if (end == 0)
            end = kPattern == Pretokenizer::Pattern::O200k ? generalO200k(t, pos) : generalCl100k(t, pos);
        ends[count++] = end;
        pos = end;
    } while (count < max && pos < t.size());
    return count;
}

} // namespace

Pretokenizer::Pretokenizer(Pattern pattern)
    : m_pattern(pattern)
    , m_classes(tabulatedClasses())
{ }

std::size_t Pretokenizer::next(std::string_view text, std::size_t pos, std::size_t *ends,
                               std::size_t max) const
{
    const Text t(text, m_classes);
    return m_pattern == Pattern::O200k ? nextPieces<Pattern::O200k>(t, pos, ends, max)
                                       : nextPieces<Pattern::Cl100k>(t, pos, ends, max);
}

std::size_t Pretokenizer::next(std::string_view text, std::size_t pos) const
{
    std::size_t end;
    next(text, pos, &end, 1);
    return end;
}

} // namespace ft::core
