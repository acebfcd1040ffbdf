#include "ranktable.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <limits>

namespace ft::core {

namespace {

constexpr std::array<std::int8_t, 256> base64Table()
{
    std::array<std::int8_t, 256> t{};
    for (auto &v : t)
        v = -1;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = std::int8_t(i);
    return t;
}

constexpr std::array<std::int8_t, 256> kBase64 = base64Table();

// Decodes standard, padded base64 and appends the bytes to out; false when it is not base64.
bool appendBase64(std::string_view text, std::string &out)
{
    if (text.empty() || text.size() % 4 != 0)
        return false;
    std::size_t pad = 0;
    while (pad < 2 && text[text.size() - 1 - pad] == '=')
        ++pad;
    const std::size_t chars = text.size() - pad;
    std::uint32_t acc = 0;
    int bits = 0;
    for (std::size_t i = 0; i < chars; ++i) {
        const int v = kBase64[static_cast<unsigned char>(text[i])];
        if (v < 0)
            return false;
        acc = (acc << 6) | std::uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(char((acc >> bits) & 0xFF));
        }
    }
    return true;
}

inline std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

QString lineError(qsizetype line, const char *what)
{
    return QStringLiteral("line %1: %2").arg(line).arg(QLatin1String(what));
}

} // namespace

RankTable::RankTable()
{
    std::fill(std::begin(m_byteRanks), std::end(m_byteRanks), kNoRank);
}

RankTable::Key RankTable::longKey(std::string_view bytes)
{
    // More than eight bytes: the first eight, then each further eight (the last ones overlapping).
    const char *p = bytes.data();
    const std::size_t n = bytes.size();
    std::uint64_t prefix;
    std::memcpy(&prefix, p, 8);
    std::uint64_t h =
        (0x9E3779B97F4A7C15ull ^ (std::uint64_t(n) * 0xff51afd7ed558ccdull) ^ prefix) * 0xc4ceb9fe1a85ec53ull;
    for (std::size_t i = 8; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        h = (h ^ (h >> 29) ^ word) * 0xc4ceb9fe1a85ec53ull;
    }
    if (n % 8 != 0) {
        std::uint64_t word;
        std::memcpy(&word, p + n - 8, 8); // the last eight bytes, overlapping what came before
        h = (h ^ (h >> 29) ^ word) * 0xc4ceb9fe1a85ec53ull;
    }
    return {mix(h), prefix};
}

bool RankTable::load(QByteArrayView file, QString *error)
{
    const auto clear = [this] {
        m_arena.clear();
        m_offsets.clear();
        m_slots.clear();
        m_mask = 0;
        m_longFilter.clear();
        m_longFilterMask = 0;
        std::fill(m_pairRanks.begin(), m_pairRanks.end(), kNoRank);
        std::fill(std::begin(m_byteRanks), std::end(m_byteRanks), kNoRank);
    };
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        clear();
        return false;
    };
    clear();

    struct Entry
    {
        std::uint32_t rank;
        std::uint32_t offset;
        std::uint32_t length;
    };
    std::vector<Entry> entries;
    entries.reserve(std::size_t(file.size() / 12));
    std::string bytes;
    bytes.reserve(std::size_t(file.size() / 2));

    const std::string_view text(file.data(), std::size_t(file.size()));
    std::size_t pos = 0;
    qsizetype lineNo = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos)
            return fail(lineError(lineNo, "no space between token and rank"));
        const std::string_view rankText = line.substr(space + 1);
        if (rankText.empty() || rankText.size() > 9)
            return fail(lineError(lineNo, "bad rank"));
        std::uint32_t rank = 0;
        for (const char c : rankText) {
            if (c < '0' || c > '9')
                return fail(lineError(lineNo, "bad rank"));
            rank = rank * 10 + std::uint32_t(c - '0');
        }
        const std::size_t offset = bytes.size();
        if (!appendBase64(line.substr(0, space), bytes))
            return fail(lineError(lineNo, "bad base64"));
        if (bytes.size() == offset)
            return fail(lineError(lineNo, "empty token"));
        if (bytes.size() - offset > kMaxTokenLength)
            return fail(lineError(lineNo, "token too long"));
        entries.push_back({rank, std::uint32_t(offset), std::uint32_t(bytes.size() - offset)});
    }
    if (entries.empty())
        return fail(QStringLiteral("no tokens"));

    // Lay the arena out by rank, so rank -> bytes is two adjacent offsets.
    const auto byRank = [](const Entry &a, const Entry &b) { return a.rank < b.rank; };
    if (!std::is_sorted(entries.begin(), entries.end(), byRank)) // the files list the tokens by rank
        std::sort(entries.begin(), entries.end(), byRank);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].rank != i)
            return fail(QStringLiteral("ranks are not contiguous from 0 (rank %1 expected, %2 found)")
                            .arg(i)
                            .arg(entries[i].rank));
    }
    m_arena.clear();
    m_arena.reserve(bytes.size());
    m_offsets.clear();
    m_offsets.reserve(entries.size() + 1);
    for (const Entry &e : entries) {
        m_offsets.push_back(std::uint32_t(m_arena.size()));
        m_arena.append(bytes, e.offset, e.length);
    }
    m_offsets.push_back(std::uint32_t(m_arena.size()));

    std::size_t capacity = 16;
    while (capacity < entries.size() * 2)
        capacity <<= 1;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    std::size_t longTokens = 0;
    for (const Entry &e : entries)
        longTokens += e.length > 8;
    std::size_t filterBits = 1024;
    while (filterBits < longTokens * 10)
        filterBits <<= 1;
    m_longFilter.assign(filterBits / 64, 0);
    m_longFilterMask = filterBits - 1;
    for (std::uint32_t r = 0; r < size(); ++r) {
        const std::string_view token = this->bytes(r);
        const Key k = key(token);
        const std::uint32_t want = meta(k.hash, token.size());
        std::uint64_t i = k.hash & m_mask;
        while (m_slots[i].meta != 0) {
            if (m_slots[i].meta == want && this->bytes(m_slots[i].rank) == token)
                return fail(QStringLiteral("token of rank %1 appears twice").arg(r));
            i = (i + 1) & m_mask;
        }
        m_slots[i] = Slot{k.prefix, r, want};
        if (token.size() > 8) {
            for (int which = 0; which < 2; ++which) {
                const std::uint64_t bit = filterBit(k.hash, which) & m_longFilterMask;
                m_longFilter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
            }
        }
        const auto *b = reinterpret_cast<const unsigned char *>(token.data());
        if (token.size() == 1)
            m_byteRanks[b[0]] = r;
        else if (token.size() == 2)
            m_pairRanks[std::size_t(b[0]) << 8 | b[1]] = r;
    }
    return true;
}

std::uint32_t RankTable::rankLong(std::string_view token, const Key &k) const
{
    if (m_slots.empty() || token.size() > kMaxTokenLength)
        return kNoRank;
    for (int which = 0; which < 2; ++which) {
        const std::uint64_t bit = filterBit(k.hash, which) & m_longFilterMask;
        if (!(m_longFilter[bit >> 6] >> (bit & 63) & 1))
            return kNoRank;
    }
    const std::uint32_t want = meta(k.hash, token.size());
    for (std::uint64_t i = k.hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.meta == want && slot.prefix == k.prefix
            && std::memcmp(m_arena.data() + m_offsets[slot.rank] + 8, token.data() + 8, token.size() - 8)
                == 0)
            return slot.rank;
        if (slot.meta == 0)
            return kNoRank;
    }
}

std::string_view RankTable::bytes(std::uint32_t rank) const
{
    if (rank >= size())
        return {};
    return std::string_view(m_arena.data() + m_offsets[rank], m_offsets[rank + 1] - m_offsets[rank]);
}

std::size_t RankTable::memoryUsage() const
{
    return m_arena.capacity() + m_offsets.capacity() * sizeof(std::uint32_t)
        + m_slots.capacity() * sizeof(Slot) + m_pairRanks.capacity() * sizeof(std::uint32_t)
        + m_longFilter.capacity() * sizeof(std::uint64_t);
}

} // namespace ft::core
