#pragma once

// Where byte-pair merges can never cross: a boundary between two code points of three or four UTF-8 bytes
// each (CJK, Hangul, kana, emoji, ...) that no token of the vocabulary spans.
//
// A merge joins two adjacent parts into one token, so a merge across a boundary makes a token that holds
// the bytes on both sides of it. When no token can, the parts on either side never merge with each other,
// the merges on one side never change a rank on the other, and the BPE of the piece is the BPE of the
// text before the boundary followed by that of the text after it (tiktoken's merge order within each side
// is unchanged). The BPE of a long CJK piece thus falls apart into that of short segments, mostly single
// characters, which repeat.
//
// A token spanning the boundary holds k >= 1 bytes of the text before it and l >= 1 after it; the window
// of the boundary is then its last min(k, 3) bytes before and first min(l, 3) after, which lie within
// the two code points. The table holds the windows of every token at every inner position that has a
// continuation byte before it and a lead byte of three or four bytes after it (what the bytes around such
// a boundary are); a boundary none of whose nine windows is in the table is one no token spans.

#include "ranktable.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ft::core {

class BoundaryTable final
{
public:
    BoundaryTable() = default;

    // The windows of the tokens of a loaded table.
    void build(const RankTable &ranks);

    // Whether a token may span the boundary at `at`, between a code point of three or four bytes that
    // ends there and one that starts there (at[-3, 3) are readable). False: no token does.
    Q_ALWAYS_INLINE bool mayCross(const unsigned char *at) const
    {
        const std::uint32_t before = std::uint32_t(at[-3]) << 16 | std::uint32_t(at[-2]) << 8 | at[-1];
        const std::uint32_t after = std::uint32_t(at[0]) << 16 | std::uint32_t(at[1]) << 8 | at[2];
        // Most windows are whole characters on both sides (the tokens of two or more characters); the
        // few others (tokens that start or end within a character) come by their shape, when one has the
        // two bytes around the boundary.
        if (contains(windowKey(3, 3, before, after)))
            return true;
        const std::uint32_t around = std::uint32_t(at[-1]) << 8 | at[0];
        if (!(m_partialAround[around >> 6] >> (around & 63) & 1))
            return false;
        for (const Shape &shape : m_shapes) {
            const std::uint32_t left = before & shape.leftMask;
            const std::uint32_t right = after >> shape.rightShift;
            if (shape.left.test(left) && shape.right.test(right)
                && contains(windowKey(shape.k, shape.l, left, right)))
                return true;
        }
        return false;
    }

    std::size_t size() const { return m_count; }
    // Heap memory held, in bytes.
    std::size_t memoryUsage() const;

private:
    // A set of up to 2^16 values, or all values.
    class Bits
    {
    public:
        void set(std::uint32_t v)
        {
            if (m_words.empty())
                m_words.assign(1024, 0);
            m_words[v >> 6] |= std::uint64_t(1) << (v & 63);
        }
        bool test(std::uint32_t v) const { return m_words.empty() || (m_words[v >> 6] >> (v & 63) & 1) != 0; }
        std::size_t memoryUsage() const { return m_words.capacity() * sizeof(std::uint64_t); }

    private:
        std::vector<std::uint64_t> m_words; // empty: all values
    };

    // The windows of k bytes before and l after, (k, l) != (3, 3), with the sides they have when shorter
    // than three bytes.
    struct Shape
    {
        std::uint32_t k;
        std::uint32_t l;
        std::uint32_t leftMask; // of the k bytes before
        std::uint32_t rightShift; // to the l bytes after
        Bits left; // all when k == 3
        Bits right; // all when l == 3
    };

    // k bytes before (the low ones of `before`), l after (the high ones of `after`); never 0.
    static std::uint64_t windowKey(std::uint32_t k, std::uint32_t l, std::uint32_t before,
                                   std::uint32_t after)
    {
        return std::uint64_t(k) << 56 | std::uint64_t(l) << 48 | std::uint64_t(before) << 24 | after;
    }
    static std::uint64_t slotOf(std::uint64_t key, int shift)
    {
        return (key * 0x9E3779B97F4A7C15ull) >> shift;
    }

    bool contains(std::uint64_t key) const
    {
        if (m_keys.empty())
            return false;
        for (std::uint64_t i = slotOf(key, m_shift);; i = (i + 1) & m_mask) {
            if (m_keys[i] == key)
                return true;
            if (m_keys[i] == 0)
                return false;
        }
    }
    void insert(std::uint64_t key);

    std::vector<std::uint64_t> m_keys; // open addressing, linear probing; 0 is empty
    std::uint64_t m_mask = 0;
    int m_shift = 64;
    std::size_t m_count = 0;
    std::vector<Shape> m_shapes; // those that some window has
    // The bytes just before and just after the boundary of each window that is not (3, 3), as a set
    // of 2^16 bits.
    std::vector<std::uint64_t> m_partialAround = std::vector<std::uint64_t>(1024, 0);
};

} // namespace ft::core
