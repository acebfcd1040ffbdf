// libFuzzer target: the BPE tokenizer on any bytes, ill-formed UTF-8 included, for both encodings.
// count() must equal encode().size(), every id must be a mergeable rank, decode(encode(x)) must give back
// x as repaired UTF-8 (each maximal ill-formed subpart → U+FFFD), and countText() of the decoded
// QString must equal count() of its UTF-8. The bytes are also counted as a chat conversation.

#include "fuzzsupport.h"

#include "core/tokenizer/chattokencounter.h"
#include "core/tokenizer/tokenizer.h"
#include "core/tokenizer/utf8text.h"

#include <QString>

using namespace ft::core;

namespace {
const Tokenizer *g_tokenizers[2] = {nullptr, nullptr};

void check(const Tokenizer &tokenizer, QByteArrayView input, const QByteArray &repaired)
{
    const qint64 n = tokenizer.count(input);
    const QVector<int> ids = tokenizer.encode(input);
    FT_FUZZ_CHECK(n == ids.size());
    const int ranks = tokenizer.mergeableRanks();
    for (const int id : ids)
        FT_FUZZ_CHECK(id >= 0 && id < ranks);
    FT_FUZZ_CHECK(tokenizer.decode(ids) == repaired);
    if (repaired.isEmpty())
        FT_FUZZ_CHECK(n == 0);
    else
        FT_FUZZ_CHECK(n >= 1 && n <= repaired.size());
    // Already repaired text counts the same.
    FT_FUZZ_CHECK(tokenizer.count(repaired) == n);

    const QString text = QString::fromUtf8(input);
    FT_FUZZ_CHECK(tokenizer.countText(text) == tokenizer.count(text.toUtf8()));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ft::fuzz::installQuietLog();
    g_tokenizers[0] = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    g_tokenizers[1] = Tokenizer::forEncoding(QStringLiteral("cl100k_base"));
    if (!g_tokenizers[0] || !g_tokenizers[1])
        ft::fuzz::fail("the vocabularies did not load");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = ft::fuzz::bytes(data, size);
    const QByteArray repaired = utf8text::repaired(input);
    FT_FUZZ_CHECK(utf8text::firstInvalid(repaired) == -1);
    FT_FUZZ_CHECK((utf8text::firstInvalid(input) == -1) == (repaired == input));

    for (const Tokenizer *tokenizer : g_tokenizers) {
        check(*tokenizer, input, repaired);
        const ChatTokenCounter counter(*tokenizer);
        QString error;
        const std::optional<qint64> chat = counter.countJson(input, &error);
        if (chat)
            FT_FUZZ_CHECK(*chat >= ChatTokenCounter::kReplyPriming);
        else
            FT_FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
