#pragma once

// The mergeable ranks of one tiktoken encoding: byte string -> rank, and rank -> byte string. All token
// bytes live in one arena; lookups go through an open-addressing hash table over string_views, so the
// hot path never allocates. A .tiktoken file has one line per token: base64(bytes) SPACE rank.
//
// Lookups of up to eight bytes (nearly all of those the BPE merges make) are inline: the bytes are read
// into one word, hashed with one multiplication and compared within the slot, without touching the
// arena. Pairs of bytes have a direct table, single bytes another; longer lookups first ask a Bloom
// filter of the long tokens.

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstring>
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
    static Key key(std::string_view bytes)
    {
        const std::size_t n = bytes.size();
        if (n <= 8) {
            const std::uint64_t w = shortWord(bytes.data(), n);
            return {shortHash(w, n), w};
        }
        return longKey(bytes);
    }

    RankTable();

    // Parses a .tiktoken file; false (and why, in *error) on a malformed line, a token longer than
    // kMaxTokenLength, a duplicate token or a duplicate or missing rank.
    bool load(QByteArrayView tiktokenFile, QString *error = nullptr);

    // The rank of the token with exactly these bytes, or kNoRank.
    std::uint32_t rank(std::string_view bytes) const
    {
        const std::size_t n = bytes.size();
        if (n <= 8) {
            if (n == 0 || m_slots.empty())
                return kNoRank;
            const std::uint64_t w = shortWord(bytes.data(), n);
            return find(shortHash(w, n), w, n);
        }
        return rank(bytes, longKey(bytes));
    }
    std::uint32_t rank(std::string_view bytes, const Key &key) const
    {
        const std::size_t n = bytes.size();
        if (n <= 8)
            return n == 0 || m_slots.empty() ? kNoRank : find(key.hash, key.prefix, n);
        return rankLong(bytes, key);
    }
    // rank() of 1 to 8 bytes given as shortWord() gives them, in a loaded table.
    std::uint32_t rankOfWord(std::uint64_t word, std::size_t length) const
    {
        return find(shortHash(word, length), word, length);
    }

    // rank() of two bytes, of one byte.
    std::uint32_t pairRank(unsigned char first, unsigned char second) const
    {
        return m_pairRanks[std::size_t(first) << 8 | second];
    }
    std::uint32_t byteRank(unsigned char byte) const { return m_byteRanks[byte]; }

    // The bytes of a rank (empty for a rank out of range).
    std::string_view bytes(std::uint32_t rank) const;
    std::uint32_t size() const { return std::uint32_t(m_offsets.empty() ? 0 : m_offsets.size() - 1); }
    // Heap memory held, in bytes.
    std::size_t memoryUsage() const;

    // The 1 to 8 bytes at p, little-endian, zero-padded; reads no byte outside [p, p + n).
    static std::uint64_t shortWord(const char *p, std::size_t n)
    {
        if (n >= 4) {
            std::uint32_t lo;
            std::uint32_t hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            return lo | (std::uint64_t(hi) << ((n - 4) * 8)); // the overlap ORs equal bytes
        }
        if (n == 0)
            return 0;
        return std::uint64_t(static_cast<unsigned char>(p[0]))
            | (std::uint64_t(static_cast<unsigned char>(p[n / 2])) << ((n / 2) * 8))
            | (std::uint64_t(static_cast<unsigned char>(p[n - 1])) << ((n - 1) * 8));
    }

private:
    // 16 bytes; a token of up to eight bytes is compared within its slot, without touching the arena.
    struct Slot
    {
        std::uint64_t prefix = 0; // the first eight bytes of the token, zero-padded
        std::uint32_t rank = 0;
        std::uint32_t meta = 0; // high 24 bits of the hash << 8 | length; 0 marks an empty slot
    };

    static std::uint32_t meta(std::uint64_t hash, std::size_t length)
    {
        return std::uint32_t(hash >> 40) << 8 | std::uint32_t(length);
    }
    static std::uint64_t shortHash(std::uint64_t word, std::size_t length)
    {
        // One 64 x 64 -> 128-bit multiplication, folded (as wyhash's mum).
#if defined(__SIZEOF_INT128__)
        const unsigned __int128 m =
            static_cast<unsigned __int128>(word ^ 0x9E3779B97F4A7C15ull) * (0xD6E8FEB86659FD93ull ^ length);
        return std::uint64_t(m) ^ std::uint64_t(m >> 64);
#else
        std::uint64_t h = (word ^ 0x9E3779B97F4A7C15ull) * (0xD6E8FEB86659FD93ull ^ length);
        h ^= h >> 32;
        h *= 0xff51afd7ed558ccdull;
        return h ^ (h >> 29);
#endif
    }
    static Key longKey(std::string_view bytes);
    static std::uint64_t filterBit(std::uint64_t hash, int which)
    {
        return hash >> (which == 0 ? 20 : 40);
    }
    std::uint32_t rankLong(std::string_view bytes, const Key &key) const;

    // A token of `length` (1 to 8) bytes whose word is `word`.
    std::uint32_t find(std::uint64_t hash, std::uint64_t word, std::size_t length) const
    {
        const std::uint32_t want = meta(hash, length);
        const Slot *table = m_slots.data();
        for (std::uint64_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = table[i];
            if (slot.meta == want && slot.prefix == word)
                return slot.rank;
            if (slot.meta == 0)
                return kNoRank;
        }
    }

    std::string m_arena; // the token bytes, by rank
    std::vector<std::uint32_t> m_offsets; // rank -> offset in m_arena; one more entry closes the last
    std::vector<Slot> m_slots; // power-of-two sized, linear probing
    std::uint64_t m_mask = 0;
    // A Bloom filter of the tokens of more than eight bytes (two bits each): most lookups of long byte
    // strings are of pieces that are no token, and it spares them the slots and the arena.
    std::vector<std::uint64_t> m_longFilter;
    std::uint64_t m_longFilterMask = 0; // bits - 1
    std::vector<std::uint32_t> m_pairRanks = std::vector<std::uint32_t>(65536, kNoRank); // rank of 2 bytes
    std::uint32_t m_byteRanks[256] = {}; // rank of 1 byte; kNoRank until loaded
};

} // namespace ft::core
