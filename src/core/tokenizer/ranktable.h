#pragma once

// The mergeable ranks of one tiktoken encoding: byte string -> rank, and rank -> byte string. All token
// bytes live in one arena; lookups go through an open-addressing hash table over string_views, so the
// hot path never allocates. A .tiktoken file has one line per token: base64(bytes) SPACE rank.

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ft::core {

class RankTable final
{
public:
    static constexpr std::uint32_t kNoRank = 0xFFFFFFFFu;
    static constexpr std::size_t kMaxTokenLength = 255;

    // A byte string prepared for lookups: its hash and its first eight bytes (zero-padded).
    struct Key
    {
        std::uint64_t hash;
        std::uint64_t prefix;
    };
    static Key key(std::string_view bytes);

    RankTable() = default;

    // Parses a .tiktoken file; false (and why, in *error) on a malformed line, a token longer than
    // kMaxTokenLength, a duplicate token or a duplicate or missing rank.
    bool load(QByteArrayView tiktokenFile, QString *error = nullptr);

    // The rank of the token with exactly these bytes, or kNoRank.
    std::uint32_t rank(std::string_view bytes) const { return rank(bytes, key(bytes)); }
    std::uint32_t rank(std::string_view bytes, const Key &key) const;
    // The bytes of a rank (empty for a rank out of range).
    std::string_view bytes(std::uint32_t rank) const;
    std::uint32_t size() const { return std::uint32_t(m_offsets.empty() ? 0 : m_offsets.size() - 1); }
    // Heap memory held, in bytes.
    std::size_t memoryUsage() const;

private:
    // 16 bytes; a token of up to eight bytes is compared within its slot, without touching the arena.
    struct Slot
    {
        std::uint64_t prefix = 0; // the first eight bytes of the token, zero-padded
        std::uint32_t rank = 0; // rank + 1; 0 marks an empty slot
        std::uint32_t meta = 0; // high 24 bits of the hash << 8 | length
    };

    static std::uint32_t meta(const Key &key, std::size_t length)
    {
        return std::uint32_t(key.hash >> 40) << 8 | std::uint32_t(length);
    }

    std::string m_arena; // the token bytes, by rank
    std::vector<std::uint32_t> m_offsets; // rank -> offset in m_arena; one more entry closes the last
    std::vector<Slot> m_slots; // power-of-two sized, linear probing
    std::uint64_t m_mask = 0;
};

} // namespace ft::core
