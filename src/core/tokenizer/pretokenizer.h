#pragma once

// tiktoken's pre-tokenisation, by hand: splits UTF-8 text into the pieces that the regex `pat_str` of an
// encoding matches (resources/vocab/encodings.json, as npm tiktoken 1.0.22 has it), as a small state
// machine over code points and their general categories (QChar::category, brought to Unicode 16.0 by
// unicodecategories.h), with the regex's leftmost-first, backtracking semantics. No regex engine.
//
// cl100k_base, and Llama 3 (Meta's pat_str for Llama 3 to 3.3 is this very regex, byte for byte; so is the
// Split regex of their Hugging Face tokenizer.json), alternatives in order:
//   (?i:'s|'t|'re|'ve|'m|'ll|'d)
//   [^\r\n\p{L}\p{N}]?\p{L}+
//   \p{N}{1,3}
//    ?[^\s\p{L}\p{N}]+[\r\n]*
//   \s*[\r\n]+
//   \s+(?!\S)
//   \s+
// o200k_base, alternatives in order (Up = [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}], Lo = [\p{Ll}\p{Lm}\p{Lo}\p{M}],
// C = (?i:'s|'t|'re|'ve|'m|'ll|'d)):
//   [^\r\n\p{L}\p{N}]?Up*Lo+C?
//   [^\r\n\p{L}\p{N}]?Up+Lo*C?
//   \p{N}{1,3}
//    ?[^\s\p{L}\p{N}]+[\r\n/]*
//   \s*[\r\n]+
//   \s+(?!\S)
//   \s+
// \s is White_Space; the contractions take ASCII letters and U+017F for s (see contraction() in the .cpp).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ft::core {

class Pretokenizer final
{
public:
    enum class Pattern { Cl100k, O200k };

    explicit Pretokenizer(Pattern pattern);

    Pattern pattern() const { return m_pattern; }

    // The end of the piece that starts at `pos` (pos < text.size()). `text` must be well-formed UTF-8
    // (see utf8text.h); pieces always end on a code point boundary and are never empty.
    std::size_t next(std::string_view text, std::size_t pos) const;
    // The ends of the pieces from `pos` on (pos < text.size()), as next() gives them, up to `max` (>= 1)
    // of them in ends[]; returns how many.
    std::size_t next(std::string_view text, std::size_t pos, std::size_t *ends, std::size_t max) const;

private:
    Pattern m_pattern;
    const std::uint8_t *m_classes; // the classes of planes 0 to 3, shared, built once
};

} // namespace ft::core
