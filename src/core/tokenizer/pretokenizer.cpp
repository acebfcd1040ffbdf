#include "pretokenizer.h"

#include "unicodecategories.h"

#include <cstdint>
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
    explicit Text(std::string_view text)
        : m_s(reinterpret_cast<const unsigned char *>(text.data()))
        , m_n(text.size())
        , m_classes(tabulatedClasses())
    { }

    std::size_t size() const { return m_n; }
    unsigned char byte(std::size_t i) const { return m_s[i]; }

    CodePoint at(std::size_t i) const
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
        return {cp < kTabulated ? m_classes[cp] : computeClass(cp), 4, cp};
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

    // (?i:'s|'t|'re|'ve|'m|'ll|'d) at i: the end of the match, or i. ASCII letters only. A Unicode (?i)
    // may also let U+017F (long s) stand for s; no token of either vocabulary spans the boundary that
    // would move, so the ids are the same either way (fuzzed against tiktoken).
    std::size_t contraction(std::size_t i) const
    {
        if (i + 1 >= m_n || m_s[i] != '\'')
            return i;
        const unsigned char a = m_s[i + 1] | 0x20;
        if (a == 's' || a == 't' || a == 'm' || a == 'd')
            return i + 2;
        if (i + 2 >= m_n)
            return i;
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

private:
    const unsigned char *m_s;
    std::size_t m_n;
    const std::uint8_t *m_classes;
};

std::size_t nextCl100k(const Text &t, std::size_t pos)
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
    // \p{N}{1,3}
    if (c0.cls & kNumber)
        return t.digits(pos, c0);
    // ` ?[^\s\p{L}\p{N}]+[\r\n]*`
    if (const std::size_t end = t.punctuation(pos, c0, false))
        return end;
    if (c0.cls & kSpace)
        return t.whiteSpace(pos);
    return pos + c0.len; // not reached: every code point is one of the above
}

std::size_t nextO200k(const Text &t, std::size_t pos)
{
    const CodePoint c0 = t.at(pos);
    const bool canPrefix = !(c0.cls & kNotPrefix);
    const std::size_t n = t.size();

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
    // \p{N}{1,3}
    if (c0.cls & kNumber)
        return t.digits(pos, c0);
    // ` ?[^\s\p{L}\p{N}]+[\r\n/]*`
    if (const std::size_t end = t.punctuation(pos, c0, true))
        return end;
    if (c0.cls & kSpace)
        return t.whiteSpace(pos);
    return pos + c0.len; // not reached: every code point is one of the above
}

} // namespace

Pretokenizer::Pretokenizer(Pattern pattern)
    : m_pattern(pattern)
{
    tabulatedClasses(); // builds the shared class table once, here rather than in the first call
}

std::size_t Pretokenizer::next(std::string_view text, std::size_t pos) const
{
    const Text t(text);
    return m_pattern == Pattern::O200k ? nextO200k(t, pos) : nextCl100k(t, pos);
}

} // namespace ft::core
