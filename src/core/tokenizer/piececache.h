#pragma once

// A small per-thread memo of pieces whose BPE gave more than one token: text repeats its words, and the
// merge loop is the costly part of encoding. Direct-mapped by the piece's hash; a newer piece evicts.
// Beside it, one of the segments of up to eight bytes that pieces of CJK text fall apart into (see
// boundarytable.h), mostly single characters, keyed by their bytes.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace ft::core {

class PieceCache final
{
public:
    static constexpr std::size_t kMaxPiece = 30; // longer pieces are not kept
    static constexpr std::size_t kMaxTokens = 8; // nor pieces of more tokens
    static constexpr std::size_t kEntries = 4096; // ~320 KiB per thread that encodes
    static constexpr std::size_t kMaxSegmentTokens = 4; // segments of more tokens are not kept
    static constexpr std::size_t kSegmentEntries = 4096; // 160 KiB

    // The cache of the calling thread, made on its first use.
    static PieceCache &forThisThread();

    PieceCache();

    // The tokens that `owner` stored for this piece, or an empty span.
    std::span<const std::uint32_t> find(const void *owner, std::uint64_t hash, std::string_view piece) const;
    void store(const void *owner, std::uint64_t hash, std::string_view piece,
               std::span<const std::uint32_t> tokens);

    // The same for a segment of 1 to 8 bytes given as RankTable::shortWord() gives them.
    std::span<const std::uint32_t> findSegment(const void *owner, std::uint64_t word,
                                               std::size_t length) const
    {
        const SegmentEntry &e = m_segments[segmentSlot(word, length)];
        if (e.owner != owner || e.word != word || e.length != length)
            return {};
        return {e.tokens, e.count};
    }
    void storeSegment(const void *owner, std::uint64_t word, std::size_t length,
                      std::span<const std::uint32_t> tokens)
    {
        if (tokens.empty() || tokens.size() > kMaxSegmentTokens)
            return;
        SegmentEntry &e = m_segments[segmentSlot(word, length)];
        e.owner = owner;
        e.word = word;
        e.length = std::uint32_t(length);
        e.count = std::uint32_t(tokens.size());
        for (std::size_t i = 0; i < tokens.size(); ++i)
            e.tokens[i] = tokens[i];
    }

private:
    struct SegmentEntry
    {
        const void *owner = nullptr;
        std::uint64_t word = 0;
        std::uint32_t length = 0;
        std::uint32_t count = 0;
        std::uint32_t tokens[kMaxSegmentTokens] = {};
    };

    static std::size_t segmentSlot(std::uint64_t word, std::size_t length)
    {
        return std::size_t(((word ^ length) * 0x9E3779B97F4A7C15ull) >> 52) & (kSegmentEntries - 1);
    }

    struct Entry
    {
        const void *owner = nullptr;
        std::uint64_t hash = 0;
        std::uint8_t length = 0;
        std::uint8_t count = 0;
        char piece[kMaxPiece] = {};
        std::uint32_t tokens[kMaxTokens] = {};
    };

    std::vector<Entry> m_entries;
    std::vector<SegmentEntry> m_segments;
};

} // namespace ft::core
