#pragma once

// Byte-level BPE with tiktoken-style encodings: OpenAI's o200k_base and cl100k_base, and Meta's Llama 3
// ("llama3": the ranks of Llama 3 to 3.3 with cl100k_base's pattern). Token ids and counts are the ones
// tiktoken's encode_ordinary gives, i.e. special-token text such as "<|endoftext|>" is ordinary text and
// no special token (BOS, chat headers) is added.
//
// Input is UTF-8. Ill-formed UTF-8 is first repaired the way JavaScript's TextDecoder and Python's
// bytes.decode("utf-8", errors="replace") repair it, each maximal ill-formed subpart becoming one U+FFFD,
// so the result equals tiktoken's on the string such a decoder makes of the bytes.
//
// The vocabularies are Qt resources (:/ft/vocab/*.tiktoken) parsed when an encoding is first asked for;
// an instance is immutable and safe to use from any thread.

#include "boundarytable.h"
#include "pretokenizer.h"
#include "ranktable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ft::core {

class PieceCache;

class Tokenizer final
{
public:
    // The tokenizer of an encoding ("o200k_base", "cl100k_base" or "llama3"), loaded on first use, one
    // instance per encoding for the process; nullptr for an unknown name (or a vocabulary that failed to
    // load).
    static const Tokenizer *forEncoding(const QString &name);
    // Whether forEncoding(name) has loaded the vocabulary already.
    static bool isLoaded(const QString &name);
    static QStringList encodingNames();

    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;
    ~Tokenizer();

    QString encodingName() const { return m_name; }
    // The pre-tokenisation pattern of the encoding (Llama 3 has cl100k_base's).
    Pretokenizer::Pattern pattern() const { return m_pretokenizer.pattern(); }
    // The number of mergeable ranks (special tokens not included).
    int mergeableRanks() const;

    qint64 count(QByteArrayView utf8) const;
    QVector<int> encode(QByteArrayView utf8) const;
    // UTF-16 text: as count(text.toUtf8()), lone surrogates counting as U+FFFD (as from a JavaScript string).
    qint64 countText(const QString &text) const;
    // The bytes of a sequence of mergeable-rank ids (unknown ids are skipped).
    QByteArray decode(const QVector<int> &tokens) const;

    // Heap memory held by the vocabulary, in bytes.
    std::size_t memoryUsage() const;

private:
    class Sink;

    Tokenizer(QString name, Pretokenizer::Pattern pattern);
    // The vocabulary of `name` (:/ft/vocab/<name>.tiktoken) and its tables; sets *loaded once done.
    static std::unique_ptr<Tokenizer> loadEncoding(const QString &name, Pretokenizer::Pattern pattern,
                                                   std::atomic<bool> *loaded);
    // The instance of the kSlot-th encoding (see tokenizer.cpp), loaded on first use.
    template<int kSlot>
    static const Tokenizer *instance();
    void run(std::string_view text, Sink &sink) const;
    // The BPE of a piece of at least two bytes that is not a token: its tokens, in out (room for
    // piece.size()); returns how many. Splits it where no token spans (see boundarytable.h) first.
    std::size_t mergePiece(std::string_view piece, std::uint32_t *out, PieceCache &cache) const;
    std::size_t mergeSegment(std::string_view segment, std::uint32_t *out, PieceCache &cache) const;
    // The same without splitting: tiktoken's merge loop.
    std::size_t mergeBytes(std::string_view bytes, std::uint32_t *out) const;

    QString m_name;
    Pretokenizer m_pretokenizer;
    RankTable m_ranks;
    BoundaryTable m_boundaries;
};

} // namespace ft::core
