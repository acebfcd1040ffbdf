#include "piececache.h"

#include <algorithm>
#include <cstring>

namespace ft::core {

PieceCache &PieceCache::forThisThread()
{
    thread_local PieceCache cache;
    return cache;
}

PieceCache::PieceCache()
    : m_entries(kEntries)
    , m_segments(kSegmentEntries)
{ }

std::span<const std::uint32_t> PieceCache::find(const void *owner, std::uint64_t hash,
                                                std::string_view piece) const
{
    const Entry &e = m_entries[hash & (kEntries - 1)];
    if (e.owner != owner || e.hash != hash || e.length != piece.size()
        || std::memcmp(e.piece, piece.data(), piece.size()) != 0)
        return {};
    return {e.tokens, e.count};
}

void PieceCache::store(const void *owner, std::uint64_t hash, std::string_view piece,
                       std::span<const std::uint32_t> tokens)
{
    if (piece.size() > kMaxPiece || tokens.empty() || tokens.size() > kMaxTokens)
        return;
    Entry &e = m_entries[hash & (kEntries - 1)];
    e.owner = owner;
    e.hash = hash;
    e.length = std::uint8_t(piece.size());
    e.count = std::uint8_t(tokens.size());
    std::memcpy(e.piece, piece.data(), piece.size());
    std::copy(tokens.begin(), tokens.end(), e.tokens);
}

} // namespace ft::core
