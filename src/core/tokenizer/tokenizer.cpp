#include "tokenizer.h"

#include "piececache.h"
#include "utf8text.h"

#include <QLatin1String>
#include <QResource>
#include <QtDebug>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <queue>
#include <utility>
#include <vector>

namespace ft::core {

namespace {

constexpr std::uint32_t kNone = RankTable::kNoRank;
// Pieces up to this many bytes merge with tiktoken's own loop (a linear scan for the lowest rank per
// merge); longer ones with a heap, which gives the same merges in O(n log n).
constexpr std::size_t kSmallPiece = 128;

std::atomic<bool> s_loaded[2];

int slotOf(Pretokenizer::Pattern pattern)
{
    return pattern == Pretokenizer::Pattern::O200k ? 0 : 1;
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
    return {QStringLiteral("o200k_base"), QStringLiteral("cl100k_base")};
}

std::unique_ptr<Tokenizer> Tokenizer::load(const QString &name, Pretokenizer::Pattern pattern)
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
    s_loaded[slotOf(pattern)].store(true, std::memory_order_release);
    return tokenizer;
}

const Tokenizer *Tokenizer::forEncoding(const QString &name)
{
    // Function-local statics: loaded on first use, once, thread-safe.
    if (name == QLatin1String("o200k_base")) {
        static const std::unique_ptr<Tokenizer> o200k = load(name, Pretokenizer::Pattern::O200k);
        return o200k.get();
    }
    if (name == QLatin1String("cl100k_base")) {
        static const std::unique_ptr<Tokenizer> cl100k = load(name, Pretokenizer::Pattern::Cl100k);
        return cl100k.get();
    }
    return nullptr;
}

bool Tokenizer::isLoaded(const QString &name)
{
    if (name == QLatin1String("o200k_base"))
        return s_loaded[slotOf(Pretokenizer::Pattern::O200k)].load(std::memory_order_acquire);
    if (name == QLatin1String("cl100k_base"))
        return s_loaded[slotOf(Pretokenizer::Pattern::Cl100k)].load(std::memory_order_acquire);
    return false;
}

int Tokenizer::mergeableRanks() const
{
    return int(m_ranks.size());
}

std::size_t Tokenizer::memoryUsage() const
{
    return m_ranks.memoryUsage();
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
    std::vector<std::uint32_t> merged;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = m_pretokenizer.next(text, pos);
        const std::string_view piece = text.substr(pos, end - pos);
        pos = end;
        const RankTable::Key key = RankTable::key(piece);
        const std::uint32_t rank = m_ranks.rank(piece, key);
        if (rank != kNone) {
            sink.push(rank);
            continue;
        }
        if (piece.size() <= PieceCache::kMaxPiece) {
            const std::span<const std::uint32_t> cached = cache.find(this, key.hash, piece);
            if (!cached.empty()) {
                for (const std::uint32_t r : cached)
                    sink.push(r);
                continue;
            }
        }
        merged.clear();
        mergePiece(piece, merged);
        for (const std::uint32_t r : merged)
            sink.push(r);
        cache.store(this, key.hash, piece, merged);
    }
}

void Tokenizer::mergePiece(std::string_view piece, std::vector<std::uint32_t> &out) const
{
    const std::size_t n = piece.size(); // >= 2: every single byte is a token
    if (n <= kSmallPiece) {
        // tiktoken's _byte_pair_merge: parts[i] = (start, rank of parts[i] + parts[i + 1] merged).
        struct Part
        {
            std::uint32_t start;
            std::uint32_t rank;
        };
        Part parts[kSmallPiece + 1];
        std::size_t count = n + 1;
        std::uint32_t minRank = kNone;
        std::size_t minIndex = 0;
        for (std::size_t i = 0; i + 1 < n; ++i) {
            const std::uint32_t r = m_ranks.rank(piece.substr(i, 2));
            if (r < minRank) {
                minRank = r;
                minIndex = i;
            }
            parts[i] = {std::uint32_t(i), r};
        }
        parts[n - 1] = {std::uint32_t(n - 1), kNone};
        parts[n] = {std::uint32_t(n), kNone};
        auto rankAt = [&](std::size_t i) {
            if (i + 3 < count)
                return m_ranks.rank(piece.substr(parts[i].start, parts[i + 3].start - parts[i].start));
            return kNone;
        };
        while (minRank != kNone) {
            const std::size_t i = minIndex;
            if (i > 0)
                parts[i - 1].rank = rankAt(i - 1);
            parts[i].rank = rankAt(i);
            std::copy(parts + i + 2, parts + count, parts + i + 1);
            --count;
            minRank = kNone;
            for (std::size_t k = 0; k + 1 < count; ++k) {
                if (parts[k].rank < minRank) {
                    minRank = parts[k].rank;
                    minIndex = k;
                }
            }
        }
        for (std::size_t k = 0; k + 1 < count; ++k)
            out.push_back(m_ranks.rank(piece.substr(parts[k].start, parts[k + 1].start - parts[k].start)));
        return;
    }

    // Long pieces: the same merges (lowest rank first, leftmost among equals) with a heap of candidate
    // pairs over a linked list of parts. A part is named by its first byte; a candidate is stale once
    // either of its parts has changed.
    std::vector<std::uint32_t> next(n);
    std::vector<std::uint32_t> prev(n);
    std::vector<char> alive(n, 1);
    for (std::size_t i = 0; i < n; ++i) {
        next[i] = std::uint32_t(i + 1); // n is the end
        prev[i] = std::uint32_t(i) - 1; // wraps for the first, never read
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
        if (c.rightEnd < n)
            prev[c.rightEnd] = c.left;
        if (c.left > 0)
            consider(prev[c.left]);
        consider(c.left);
    }
    for (std::uint32_t i = 0; i < n; i = next[i])
        out.push_back(m_ranks.rank(piece.substr(i, next[i] - i)));
}

} // namespace ft::core
