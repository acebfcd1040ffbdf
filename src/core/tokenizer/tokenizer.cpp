#include "tokenizer.h"

#include "piececache.h"
#include "rankscan.h"
#include "utf8text.h"

#include <QLatin1String>
#include <QResource>
#include <QtDebug>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <queue>
#include <utility>
#include <vector>

namespace ft::core {

using namespace rankscan;

namespace {

constexpr std::uint32_t kNone = RankTable::kNoRank;
// Pieces (or segments, see mergePiece) up to this many bytes merge with tiktoken's own loop, its scan for
// the lowest rank made short by the lowest ranks of blocks of eight; longer ones with a heap, which gives
// the same merges in O(n log n).
constexpr std::size_t kSmallPiece = 128;

// The encodings, in the order of encodingNames(), with the pattern of each. Llama 3's pat_str is
// cl100k_base's, byte for byte (Meta's tokenizer.py, Llama 3 to 3.3).
struct Encoding
{
    QLatin1String name;
    Pretokenizer::Pattern pattern;
};
constexpr Encoding kEncodings[] = {
    {QLatin1String("o200k_base"), Pretokenizer::Pattern::O200k},
    {QLatin1String("cl100k_base"), Pretokenizer::Pattern::Cl100k},
    {QLatin1String("llama3"), Pretokenizer::Pattern::Cl100k},
};
constexpr int kEncodingCount = int(std::size(kEncodings));

std::atomic<bool> s_loaded[kEncodingCount];

// The index of an encoding in kEncodings, or -1.
int slotOf(const QString &name)
{
    for (int i = 0; i < kEncodingCount; ++i) {
        if (name == kEncodings[i].name)
            return i;
    }
    return -1;
}

} // namespace

// Where the ids of a run go: counted, and kept when asked.
class Tokenizer::Sink final
{
public:
    explicit Sink(QVector<int> *ids)
        : m_ids(ids)
    { }

    void push(std::uint32_t rank)
    {
        ++m_count;
        if (m_ids)
            m_ids->push_back(int(rank));
    }
    qint64 count() const { return m_count; }

private:
    QVector<int> *m_ids;
    qint64 m_count = 0;
};

Tokenizer::Tokenizer(QString name, Pretokenizer::Pattern pattern)
    : m_name(std::move(name))
    , m_pretokenizer(pattern)
{ }

Tokenizer::~Tokenizer() = default;

QStringList Tokenizer::encodingNames()
{
    QStringList names;
    for (const Encoding &encoding : kEncodings)
        names << QString(encoding.name);
    return names;
}

std::unique_ptr<Tokenizer> Tokenizer::loadEncoding(const QString &name, Pretokenizer::Pattern pattern,
                                                   std::atomic<bool> *loaded)
{
    const QString path = QStringLiteral(":/ft/vocab/") + name + QStringLiteral(".tiktoken");
    const QResource resource(path);
    if (!resource.isValid()) {
        qWarning("Tokenizer: no resource %s", qUtf8Printable(path));
        return nullptr;
    }
    // Uncompressed resources are read in place, without a copy.
    QByteArray uncompressed;
    QByteArrayView data;
    if (resource.compressionAlgorithm() == QResource::NoCompression) {
        data = QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size());
    } else {
        uncompressed = resource.uncompressedData();
        data = uncompressed;
    }
    std::unique_ptr<Tokenizer> tokenizer(new Tokenizer(name, pattern));
    QString error;
    if (!tokenizer->m_ranks.load(data, &error)) {
        qWarning("Tokenizer: %s: %s", qUtf8Printable(path), qUtf8Printable(error));
        return nullptr;
    }
    tokenizer->m_boundaries.build(tokenizer->m_ranks);
    loaded->store(true, std::memory_order_release);
    return tokenizer;
}

// One function-local static per encoding: loaded on first use, once, thread-safe.
template<int kSlot>
const Tokenizer *Tokenizer::instance()
{
    static const std::unique_ptr<Tokenizer> tokenizer =
        loadEncoding(QString(kEncodings[kSlot].name), kEncodings[kSlot].pattern, &s_loaded[kSlot]);
    return tokenizer.get();
}

const Tokenizer *Tokenizer::forEncoding(const QString &name)
{
    static_assert(kEncodingCount == 3, "one case per encoding below");
    switch (slotOf(name)) {
    case 0:
        return instance<0>();
    case 1:
        return instance<1>();
    case 2:
        return instance<2>();
    default:
        return nullptr;
    }
}

bool Tokenizer::isLoaded(const QString &name)
{
    const int slot = slotOf(name);
    return slot >= 0 && s_loaded[slot].load(std::memory_order_acquire);
}

int Tokenizer::mergeableRanks() const
{
    return int(m_ranks.size());
}

std::size_t Tokenizer::memoryUsage() const
{
    return m_ranks.memoryUsage() + m_boundaries.memoryUsage();
}

qint64 Tokenizer::count(QByteArrayView utf8) const
{
    Sink sink(nullptr);
    if (utf8text::firstInvalid(utf8) < 0) {
        run(std::string_view(utf8.data(), std::size_t(utf8.size())), sink);
    } else {
        const QByteArray fixed = utf8text::repaired(utf8);
        run(std::string_view(fixed.data(), std::size_t(fixed.size())), sink);
    }
    return sink.count();
}

qint64 Tokenizer::countText(const QString &text) const
{
    // UTF-16 -> UTF-8 with lone surrogates as U+FFFD (what a JavaScript string gives to tiktoken).
    QByteArray utf8;
    utf8.reserve(text.size() * 3);
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *end = p + text.size();
    while (p < end) {
        char32_t cp = *p++;
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            if (cp <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF)
                cp = 0x10000 + ((cp - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
            else
                cp = 0xFFFD;
        }
        if (cp < 0x80) {
            utf8.append(char(cp));
        } else if (cp < 0x800) {
            utf8.append(char(0xC0 | (cp >> 6)));
            utf8.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            utf8.append(char(0xE0 | (cp >> 12)));
            utf8.append(char(0x80 | ((cp >> 6) & 0x3F)));
            utf8.append(char(0x80 | (cp & 0x3F)));
        } else {
            utf8.append(char(0xF0 | (cp >> 18)));
            utf8.append(char(0x80 | ((cp >> 12) & 0x3F)));
            utf8.append(char(0x80 | ((cp >> 6) & 0x3F)));
            utf8.append(char(0x80 | (cp & 0x3F)));
        }
    }
    Sink sink(nullptr);
    run(std::string_view(utf8.constData(), std::size_t(utf8.size())), sink);
    return sink.count();
}

QVector<int> Tokenizer::encode(QByteArrayView utf8) const
{
    QVector<int> ids;
    ids.reserve(utf8.size() / 4 + 1);
    Sink sink(&ids);
    if (utf8text::firstInvalid(utf8) < 0) {
        run(std::string_view(utf8.data(), std::size_t(utf8.size())), sink);
    } else {
        const QByteArray fixed = utf8text::repaired(utf8);
        run(std::string_view(fixed.data(), std::size_t(fixed.size())), sink);
    }
    return ids;
}

QByteArray Tokenizer::decode(const QVector<int> &tokens) const
{
    QByteArray out;
    for (const int id : tokens) {
        if (id < 0)
            continue;
        const std::string_view bytes = m_ranks.bytes(std::uint32_t(id));
        out.append(bytes.data(), qsizetype(bytes.size()));
    }
    return out;
}

void Tokenizer::run(std::string_view text, Sink &sink) const
{
    PieceCache &cache = PieceCache::forThisThread();
    std::uint32_t small[kSmallPiece];
    std::vector<std::uint32_t> large;
    const char *const data = text.data();
    std::size_t ends[64];
    std::size_t count = 0;
    std::size_t next = 0; // in ends[]
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (next == count) {
            count = m_pretokenizer.next(text, pos, ends, std::size(ends));
            next = 0;
        }
        const std::size_t end = ends[next++];
        const std::size_t n = end - pos;
        const char *const p = data + pos;
        pos = end;
        // One or two bytes: a token each, or the two as one token.
        if (n == 1) {
            sink.push(m_ranks.byteRank(static_cast<unsigned char>(p[0])));
            continue;
        }
        if (n == 2) {
            const std::uint32_t rank =
                m_ranks.pairRank(static_cast<unsigned char>(p[0]), static_cast<unsigned char>(p[1]));
            if (rank != kNone) {
                sink.push(rank);
            } else {
                sink.push(m_ranks.byteRank(static_cast<unsigned char>(p[0])));
                sink.push(m_ranks.byteRank(static_cast<unsigned char>(p[1])));
            }
            continue;
        }
        const std::string_view piece(p, n);
        const RankTable::Key key = RankTable::key(piece);
        const std::uint32_t rank = m_ranks.rank(piece, key);
        if (rank != kNone) {
            sink.push(rank);
            continue;
        }
        if (n <= PieceCache::kMaxPiece) {
            const std::span<const std::uint32_t> cached = cache.find(this, key.hash, piece);
            if (!cached.empty()) {
                for (const std::uint32_t r : cached)
                    sink.push(r);
                continue;
            }
        }
        std::uint32_t *out = small;
        if (n > kSmallPiece) {
            large.resize(n);
            out = large.data();
        }
        const std::size_t tokens = mergePiece(piece, out, cache);
        for (std::size_t i = 0; i < tokens; ++i)
            sink.push(out[i]);
        cache.store(this, key.hash, piece, std::span<const std::uint32_t>(out, tokens));
    }
}

// A segment of a piece (at least three bytes), memoized when it has up to eight.
Q_ALWAYS_INLINE std::size_t Tokenizer::mergeSegment(std::string_view segment, std::uint32_t *out,
                                                    PieceCache &cache) const
{
    if (segment.size() > 8)
        return mergeBytes(segment, out);
    const std::uint64_t word = RankTable::shortWord(segment.data(), segment.size());
    const std::span<const std::uint32_t> cached = cache.findSegment(this, word, segment.size());
    if (!cached.empty()) {
        std::copy(cached.begin(), cached.end(), out);
        return cached.size();
    }
    const std::size_t tokens = mergeBytes(segment, out);
    cache.storeSegment(this, word, segment.size(), std::span<const std::uint32_t>(out, tokens));
    return tokens;
}

std::size_t Tokenizer::mergePiece(std::string_view piece, std::uint32_t *out, PieceCache &cache) const
{
    // Boundaries between code points of three or four bytes that no token spans split the piece into
    // segments whose BPEs are independent (boundarytable.h).
    const auto *bytes = reinterpret_cast<const unsigned char *>(piece.data());
    const std::size_t n = piece.size();
    std::size_t tokens = 0;
    std::size_t segment = 0; // where the current segment starts
    bool wide = false; // whether the code point before i has three bytes or more
    for (std::size_t i = 0; i < n;) {
        const unsigned char b = bytes[i];
        if (b < 0xE0) {
            wide = false;
            i += b < 0x80 ? 1 : 2; // well-formed UTF-8: b is a lead byte
            continue;
        }
        if (wide && !m_boundaries.mayCross(bytes + i)) {
            tokens += mergeSegment(piece.substr(segment, i - segment), out + tokens, cache);
            segment = i;
        }
        wide = true;
        i += b < 0xF0 ? 3 : 4;
    }
    if (segment == 0)
        return mergeBytes(piece, out);
    return tokens + mergeSegment(piece.substr(segment), out + tokens, cache);
}

std::size_t Tokenizer::mergeBytes(std::string_view piece, std::uint32_t *out) const
{
    const std::size_t n = piece.size(); // >= 2: every single byte is a token
    const auto *bytes = reinterpret_cast<const unsigned char *>(piece.data());
    if (n <= kSmallPiece) {
        // tiktoken's _byte_pair_merge (the lowest rank first, the leftmost of equal ones) without its linear
        // scans: a part is named by its first byte b; next[b] and prev[b] link the parts, token[b] is the
        // rank of the part, rank[b] that of the part and the next one merged (biased), kNoneBiased for
        // bytes that start no part. The ranks are kept in blocks of eight with the lowest of each in
        // lowest[]: a merge changes up to three blocks, and finding the lowest rank reads n / 8 values.
        constexpr std::size_t kBlock = 8;
        std::int32_t rank[kSmallPiece];
        std::int32_t lowest[kSmallPiece / kBlock + 4];
        std::uint32_t next[kSmallPiece];
        std::uint32_t prev[kSmallPiece];
        std::uint32_t token[kSmallPiece];
        // The piece and eight zeros, so that any part of up to eight bytes is one unaligned read.
        unsigned char padded[kSmallPiece + 8];
        std::memcpy(padded, bytes, n);
        std::memset(padded + n, 0, 8);
        for (std::size_t i = 0; i + 1 < n; ++i) {
            rank[i] = biased(m_ranks.pairRank(bytes[i], bytes[i + 1]));
            token[i] = m_ranks.byteRank(bytes[i]);
            next[i] = std::uint32_t(i + 1);
            prev[i] = std::uint32_t(i - 1); // wraps for the first, never read
        }
        token[n - 1] = m_ranks.byteRank(bytes[n - 1]);
        next[n - 1] = std::uint32_t(n);
        prev[n - 1] = std::uint32_t(n - 2);
        const std::size_t blocks = (n + kBlock - 1) / kBlock;
        for (std::size_t k = n - 1; k < blocks * kBlock; ++k)
            rank[k] = kNoneBiased;
        const auto blockLowest = [&](std::size_t block) {
            lowest[block] = lowestOf(rank + block * kBlock, kBlock);
        };
        for (std::size_t block = 0; block < blocks; ++block)
            blockLowest(block);
        const std::size_t paddedBlocks = (blocks + 3) / 4 * 4;
        for (std::size_t block = blocks; block < paddedBlocks; ++block)
            lowest[block] = kNoneBiased;
        // The rank of the bytes [from, to), at least three.
        const auto rankOf = [&](std::uint32_t from, std::uint32_t to) {
            const std::size_t length = to - from;
            if (length <= 8) {
                std::uint64_t word;
                std::memcpy(&word, padded + from, 8);
                return m_ranks.rankOfWord(word & (~std::uint64_t(0) >> (64 - 8 * length)), length);
            }
            return m_ranks.rank(piece.substr(from, length));
        };
        for (;;) {
            const std::int32_t lo = lowestOf(lowest, paddedBlocks);
            if (lo == kNoneBiased)
                break;
            const std::size_t block = firstEqual(lowest, lo);
            const std::uint32_t i = std::uint32_t(block * kBlock + firstEqual(rank + block * kBlock, lo));
            // Parts i and j become one, token lo; then the ranks of its merges with its neighbours.
            const std::uint32_t j = next[i];
            const std::uint32_t k = next[j];
            token[i] = unbiased(lo);
            next[i] = k;
            rank[j] = kNoneBiased;
            if (k < n) {
                prev[k] = i;
                rank[i] = biased(rankOf(i, next[k]));
            } else {
                rank[i] = kNoneBiased;
            }
            const std::uint32_t h = prev[i];
            if (i > 0)
                rank[h] = biased(rankOf(h, k));
            blockLowest(i / kBlock);
            if (j / kBlock != i / kBlock)
                blockLowest(j / kBlock);
            if (i > 0 && h / kBlock != i / kBlock)
                blockLowest(h / kBlock);
        }
        std::size_t tokens = 0;
        for (std::uint32_t i = 0; i < n; i = next[i])
            out[tokens++] = token[i];
        return tokens;
    }

    // Long pieces: the same merges (lowest rank first, leftmost among equals) with a heap of candidate
    // pairs over a linked list of parts. A part is named by its first byte; a candidate is stale once
    // either of its parts has changed.
    std::vector<std::uint32_t> next(n);
    std::vector<std::uint32_t> prev(n);
    std::vector<std::uint32_t> token(n);
    std::vector<char> alive(n, 1);
    for (std::size_t i = 0; i < n; ++i) {
        next[i] = std::uint32_t(i + 1); // n is the end
        prev[i] = std::uint32_t(i) - 1; // wraps for the first, never read
        token[i] = m_ranks.byteRank(bytes[i]);
    }
    struct Candidate
    {
        std::uint32_t rank;
        std::uint32_t left;
        std::uint32_t right;
        std::uint32_t rightEnd;
        bool operator>(const Candidate &o) const { return rank != o.rank ? rank > o.rank : left > o.left; }
    };
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap;
    auto consider = [&](std::uint32_t left) {
        const std::uint32_t right = next[left];
        if (right >= n)
            return;
        const std::uint32_t rightEnd = next[right];
        const std::uint32_t r = m_ranks.rank(piece.substr(left, rightEnd - left));
        if (r != kNone)
            heap.push({r, left, right, rightEnd});
    };
    for (std::uint32_t i = 0; i + 1 < n; ++i)
        consider(i);
    while (!heap.empty()) {
        const Candidate c = heap.top();
        heap.pop();
        if (!alive[c.left] || next[c.left] != c.right || next[c.right] != c.rightEnd)
            continue;
        alive[c.right] = 0;
        next[c.left] = c.rightEnd;
        token[c.left] = c.rank;
        if (c.rightEnd < n)
            prev[c.rightEnd] = c.left;
        if (c.left > 0)
            consider(prev[c.left]);
        consider(c.left);
    }
    std::size_t tokens = 0;
    for (std::uint32_t i = 0; i < n; i = next[i])
        out[tokens++] = token[i];
    return tokens;
}

} // namespace ft::core
