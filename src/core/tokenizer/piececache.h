#pragma once

// A small per-thread memo of pieces whose BPE gave more than one token: text repeats its words, and the
// merge loop is the costly part of encoding. Direct-mapped by the piece's hash; a newer piece evicts.

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

    // The cache of the calling thread, made on its first use.
    static PieceCache &forThisThread();

    PieceCache();

    // The tokens that `owner` stored for this piece, or an empty span.
    std::span<const std::uint32_t> find(const void *owner, std::uint64_t hash, std::string_view piece) const;
    void store(const void *owner, std::uint64_t hash, std::string_view piece,
               std::span<const std::uint32_t> tokens);

private:
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
};

} // namespace ft::core
