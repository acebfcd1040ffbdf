// The BPE tokenizer gives the token ids and counts of tiktoken (npm tiktoken, encode_ordinary) for OpenAI's
// o200k_base and cl100k_base and for Meta's Llama 3 (its ranks and pat_str).

#include "core/tokenizer/pretokenizer.h"
#include "core/tokenizer/tokenizer.h"
#include "core/tokenizer/utf8text.h"
#include "datatable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ft::core;

namespace {

// The pat_str of each encoding as npm tiktoken 1.0.22 has it (resources/vocab/encodings.json).
const char *const kCl100kPattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
const char *const kO200kPattern =
    R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

// The pat_str of Llama 3 as Meta's tokenizer.py has it, which the generator also checked against the
// Split regex of Llama 3.1's tokenizer.json (tests/core/data/llama3_expected.json).
QString llama3Pattern()
{
    QFile file(QStringLiteral(FT_LLAMA3_DATA));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pat_str")).toString();
}

struct ExpectedCase
{
    QString name;
    QByteArray input;
    QString encoding;
    qint64 count = 0;
    bool hasIds = false;
    QVector<int> ids;
};

// The cases of one file of expected values (tiktoken_expected.json, llama3_expected.json), appended to out.
void loadExpected(const QString &path, QList<ExpectedCase> &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray encodings = doc.value(QLatin1String("encodings")).toArray();
    for (const auto &c : doc.value(QLatin1String("cases")).toArray()) {
        const QJsonObject row = c.toObject();
        for (const auto &e : encodings) {
            const QJsonObject expected = row.value(e.toString()).toObject();
            ExpectedCase ec;
            ec.name = row.value(QLatin1String("name")).toString();
            ec.input = QByteArray::fromBase64(row.value(QLatin1String("input_b64")).toString().toLatin1());
            ec.encoding = e.toString();
            ec.count = expected.value(QLatin1String("count")).toInteger(-1);
            ec.hasIds = expected.contains(QLatin1String("ids"));
            for (const auto &id : expected.value(QLatin1String("ids")).toArray())
                ec.ids.push_back(id.toInt());
            out.push_back(ec);
        }
    }
}

QList<ExpectedCase> loadExpected()
{
    QList<ExpectedCase> out;
    loadExpected(QStringLiteral(FT_TOKENIZER_DATA), out);
    loadExpected(QStringLiteral(FT_LLAMA3_DATA), out);
    return out;
}

const Tokenizer &tokenizer(const QString &encoding)
{
    const Tokenizer *t = Tokenizer::forEncoding(encoding);
    if (!t)
        qFatal("no tokenizer for %s", qUtf8Printable(encoding));
    return *t;
}

// UTF-8 to UTF-16 as it is, a leading byte order mark included (QString::fromUtf8 drops one).
QString fromUtf8KeepingBom(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

// The pieces the pre-tokeniser cuts well-formed UTF-8 into.
QStringList piecesOf(const Pretokenizer &pretokenizer, const QByteArray &utf8)
{
    QStringList pieces;
    const std::string_view text(utf8.constData(), std::size_t(utf8.size()));
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = pretokenizer.next(text, pos);
        if (end <= pos || end > text.size())
            return {QStringLiteral("<no progress at %1>").arg(pos)};
        pieces << fromUtf8KeepingBom(QByteArrayView(text.data() + pos, qsizetype(end - pos)));
        pos = end;
    }
    return pieces;
}

QStringList regexPiecesOf(const QRegularExpression &re, const QString &text)
{
    QStringList pieces;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        pieces << it.next().captured();
    return pieces;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void forEncoding_loadsAVocabularyOnlyOnFirstUse();
    void forEncoding_unknownNameGivesNull_data();
    void forEncoding_unknownNameGivesNull();
    void forEncoding_givesOneInstancePerEncodingAcrossThreads();
    void vocabularies_haveTheRanksOfTiktoken();
    void llama3_sharesCl100kRanksAndPattern();
    void llama3_encodesAsMetasOwnTest();
    void expectedData_coversEveryEncodingWithEnoughCases();

    void count_equalsTiktoken_data();
    void count_equalsTiktoken();
    void encode_givesTiktokensIds_data();
    void encode_givesTiktokensIds();
    void decode_givesBackTheRepairedText_data();
    void decode_givesBackTheRepairedText();

    void invalidUtf8_isReadAsTextDecoderReadsIt_data();
    void invalidUtf8_isReadAsTextDecoderReadsIt();
    void countOfQString_treatsLoneSurrogatesAsReplacementCharacters();
    void specialTokenText_isOrdinaryText();
    void longS_afterApostrophe_isAContractionLikeS();

    void pretokenizer_cutsWhereTheRegexCuts_data();
    void pretokenizer_cutsWhereTheRegexCuts();

private:
    static void addExpectedRows(bool withIdsOnly);
};

void TestTokenizer::forEncoding_loadsAVocabularyOnlyOnFirstUse()
{
    // Nothing in this process has asked for an encoding yet (this is the first test).
    QVERIFY(!Tokenizer::isLoaded(QStringLiteral("o200k_base")));
    QVERIFY(!Tokenizer::isLoaded(QStringLiteral("cl100k_base")));
    QVERIFY(!Tokenizer::isLoaded(QStringLiteral("llama3")));
    const Tokenizer *o200k = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    QVERIFY(o200k);
    QVERIFY(Tokenizer::isLoaded(QStringLiteral("o200k_base")));
    QVERIFY(!Tokenizer::isLoaded(QStringLiteral("cl100k_base")));
    QCOMPARE(o200k->encodingName(), QStringLiteral("o200k_base"));
    const Tokenizer *cl100k = Tokenizer::forEncoding(QStringLiteral("cl100k_base"));
    QVERIFY(cl100k);
    QVERIFY(Tokenizer::isLoaded(QStringLiteral("cl100k_base")));
    QCOMPARE(cl100k->encodingName(), QStringLiteral("cl100k_base"));
    QVERIFY(!Tokenizer::isLoaded(QStringLiteral("llama3")));
    const Tokenizer *llama3 = Tokenizer::forEncoding(QStringLiteral("llama3"));
    QVERIFY(llama3 && llama3 != cl100k);
    QVERIFY(Tokenizer::isLoaded(QStringLiteral("llama3")));
    QCOMPARE(llama3->encodingName(), QStringLiteral("llama3"));
    QCOMPARE(
        Tokenizer::encodingNames(),
        (QStringList{QStringLiteral("o200k_base"), QStringLiteral("cl100k_base"), QStringLiteral("llama3")}));
}

void TestTokenizer::forEncoding_unknownNameGivesNull_data()
{
    ft::test::addTextRows<QString>("name",
                                   {{"empty", nullptr},
                                    {"p50k_base", "p50k_base"},
                                    {"r50k_base", "r50k_base"},
                                    {"o200k_harmony", "o200k_harmony"},
                                    {"upper case", "O200K_BASE"},
                                    {"model name", "gpt-4o"},
                                    {"Llama upper case", "Llama3"},
                                    {"Llama model name", "Meta-Llama-3.1-8B-Instruct"}});
}

void TestTokenizer::forEncoding_unknownNameGivesNull()
{
    QFETCH(QString, name);
    QCOMPARE(Tokenizer::forEncoding(name), nullptr);
    QVERIFY(!Tokenizer::isLoaded(name));
}

void TestTokenizer::forEncoding_givesOneInstancePerEncodingAcrossThreads()
{
    const Tokenizer *o200k = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    const Tokenizer *cl100k = Tokenizer::forEncoding(QStringLiteral("cl100k_base"));
    QVERIFY(o200k && cl100k && o200k != cl100k);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&] {
            for (int k = 0; k < 100; ++k) {
                if (Tokenizer::forEncoding(QStringLiteral("o200k_base")) != o200k
                    || Tokenizer::forEncoding(QStringLiteral("cl100k_base")) != cl100k
                    || o200k->count(QByteArrayView("Hello, world!")) != 4)
                    ++mismatches;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestTokenizer::vocabularies_haveTheRanksOfTiktoken()
{
    QCOMPARE(tokenizer(QStringLiteral("o200k_base")).mergeableRanks(), 199998);
    QCOMPARE(tokenizer(QStringLiteral("cl100k_base")).mergeableRanks(), 100256);
    QCOMPARE(tokenizer(QStringLiteral("llama3")).mergeableRanks(), 128000);
    // o200k loaded stays well under 60 MB.
    QVERIFY(tokenizer(QStringLiteral("o200k_base")).memoryUsage() < std::size_t{20} * 1024 * 1024);
}

void TestTokenizer::llama3_sharesCl100kRanksAndPattern()
{
    // Meta's Llama 3 vocabulary starts with cl100k_base's 100,256 ranks, and its pat_str is cl100k_base's
    // (as npm tiktoken has it): what lets the engine run it with the Cl100k pre-tokeniser.
    const Tokenizer &llama3 = tokenizer(QStringLiteral("llama3"));
    const Tokenizer &cl100k = tokenizer(QStringLiteral("cl100k_base"));
    QCOMPARE(llama3.pattern(), Pretokenizer::Pattern::Cl100k);
    QCOMPARE(llama3Pattern(), QString::fromUtf8(kCl100kPattern));
    for (int id = 0; id < cl100k.mergeableRanks(); ++id) {
        if (llama3.decode({id}) != cl100k.decode({id}))
            QFAIL(qPrintable(QStringLiteral("rank %1 differs").arg(id)));
    }
    // Beyond them, Llama's own: "\n\n" is 271 in both, 128,000 ranks in all, the last one not in cl100k.
    QCOMPARE(llama3.encode(QByteArrayView("\n\n")), (QVector<int>{271}));
    QVERIFY(!llama3.decode({127999}).isEmpty());
    QVERIFY(cl100k.decode({127999}).isEmpty());
}

void TestTokenizer::llama3_encodesAsMetasOwnTest()
{
    // meta-llama/llama-models, models/llama3/tests/api/test_tokenizer.py: "This is a test sentence." is
    // [128000, 2028, 374, 264, 1296, 11914, 13, 128001] with BOS and EOS, which encode() does not add.
    QCOMPARE(tokenizer(QStringLiteral("llama3")).encode(QByteArrayView("This is a test sentence.")),
             (QVector<int>{2028, 374, 264, 1296, 11914, 13}));
    QCOMPARE(tokenizer(QStringLiteral("llama3")).count(QByteArrayView("This is a response.")), 5);
}

void TestTokenizer::expectedData_coversEveryEncodingWithEnoughCases()
{
    const QList<ExpectedCase> cases = loadExpected();
    QVERIFY2(!cases.isEmpty(), FT_TOKENIZER_DATA);
    QMap<QString, int> perEncoding;
    for (const ExpectedCase &c : cases) {
        ++perEncoding[c.encoding];
        QVERIFY(c.count >= 0);
    }
    QCOMPARE(
        perEncoding.keys(),
        (QStringList{QStringLiteral("cl100k_base"), QStringLiteral("llama3"), QStringLiteral("o200k_base")}));
    QVERIFY(perEncoding.value(QStringLiteral("o200k_base")) >= 60);
    QCOMPARE(perEncoding.value(QStringLiteral("cl100k_base")),
             perEncoding.value(QStringLiteral("o200k_base")));
    QCOMPARE(perEncoding.value(QStringLiteral("llama3")), perEncoding.value(QStringLiteral("o200k_base")));
}

void TestTokenizer::addExpectedRows(bool withIdsOnly)
{
    ft::test::addColumns<QString, QByteArray, qint64, QVector<int>>("encoding", "input", "count", "ids");
    for (const ExpectedCase &c : loadExpected()) {
        if (withIdsOnly && !c.hasIds)
            continue;
        const QByteArray row = (c.encoding + QStringLiteral(": ") + c.name).toUtf8();
        QTest::newRow(row.constData()) << c.encoding << c.input << c.count << c.ids;
    }
}

void TestTokenizer::count_equalsTiktoken_data()
{
    addExpectedRows(false);
}

void TestTokenizer::count_equalsTiktoken()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, input);
    QFETCH(qint64, count);
    QCOMPARE(tokenizer(encoding).count(input), count);
}

void TestTokenizer::encode_givesTiktokensIds_data()
{
    addExpectedRows(true);
}

void TestTokenizer::encode_givesTiktokensIds()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, input);
    QFETCH(QVector<int>, ids);
    QCOMPARE(tokenizer(encoding).encode(input), ids);
}

void TestTokenizer::decode_givesBackTheRepairedText_data()
{
    addExpectedRows(false);
}

void TestTokenizer::decode_givesBackTheRepairedText()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, input);
    QFETCH(qint64, count);
    const Tokenizer &t = tokenizer(encoding);
    const QVector<int> ids = t.encode(input);
    QCOMPARE(qint64(ids.size()), count);
    QCOMPARE(t.decode(ids), utf8text::repaired(input));
}

void TestTokenizer::invalidUtf8_isReadAsTextDecoderReadsIt_data()
{
    ft::test::addColumns<QByteArray, QByteArray>("input", "repaired");
    const QByteArray fffd("\xEF\xBF\xBD");
    QTest::newRow("valid stays") << QByteArray("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80")
                                 << QByteArray("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << QByteArray("a" + fffd + "z");
    QTest::newRow("two continuations") << QByteArray("\xBF\xBF") << fffd + fffd;
    QTest::newRow("truncated 3-byte is one") << QByteArray("x\xE2\x82y") << QByteArray("x" + fffd + "y");
    QTest::newRow("truncated 4-byte is one") << QByteArray("\xF0\x9F\x98") << fffd;
    QTest::newRow("truncated at end") << QByteArray("ok\xC3") << QByteArray("ok" + fffd);
    QTest::newRow("overlong is one per byte") << QByteArray("\xC0\x80") << fffd + fffd;
    QTest::newRow("E0 overlong") << QByteArray("\xE0\x80\x80") << fffd + fffd + fffd;
    QTest::newRow("surrogate is one per byte") << QByteArray("\xED\xA0\x80") << fffd + fffd + fffd;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << fffd + fffd + fffd + fffd;
    QTest::newRow("F5 and FF") << QByteArray("\xF5\xFF") << fffd + fffd;
    QTest::newRow("bad continuation keeps next") << QByteArray("\xC3(") << QByteArray(fffd + "(");
}

void TestTokenizer::invalidUtf8_isReadAsTextDecoderReadsIt()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, repaired);
    QCOMPARE(utf8text::repaired(input), repaired);
    QCOMPARE(utf8text::firstInvalid(input) < 0, input == repaired);
    for (const QString &encoding : Tokenizer::encodingNames()) {
        const Tokenizer &t = tokenizer(encoding);
        QCOMPARE(t.encode(input), t.encode(repaired));
        QCOMPARE(t.count(input), t.count(repaired));
    }
}

void TestTokenizer::countOfQString_treatsLoneSurrogatesAsReplacementCharacters()
{
    const Tokenizer &t = tokenizer(QStringLiteral("o200k_base"));
    const QString text = QStringLiteral("caf\u00e9 \U0001F600 ok");
    QCOMPARE(t.countText(text), t.count(text.toUtf8()));
    QString lone = QStringLiteral("hello");
    lone.append(QChar(0xD800));
    lone.append(QStringLiteral("x"));
    QCOMPARE(t.countText(lone), t.count(QByteArrayView("hello\xEF\xBF\xBDx")));
    QCOMPARE(t.countText(lone), 3); // tiktoken: "hello", "\uFFFD", "x"
}

void TestTokenizer::specialTokenText_isOrdinaryText()
{
    const QVector<int> ids = tokenizer(QStringLiteral("o200k_base")).encode(QByteArrayView("<|endoftext|>"));
    QVERIFY(ids.size() > 1);
    QVERIFY(!ids.contains(199999));
    const QVector<int> cl = tokenizer(QStringLiteral("cl100k_base")).encode(QByteArrayView("<|endoftext|>"));
    QVERIFY(cl.size() > 1);
    QVERIFY(!cl.contains(100257));
}

void TestTokenizer::longS_afterApostrophe_isAContractionLikeS()
{
    // tiktoken's case-insensitive 's also matches 'ſ (U+017F): " I'ſ" is one piece, and o200k has the
    // token " I'". Ids from tiktoken 1.0.22 (node): " I'ſ" → [3413, 70067], "x'ſ" → [87, 6, 70067].
    const Tokenizer &t = tokenizer(QStringLiteral("o200k_base"));
    QCOMPARE(t.encode(QByteArrayView(" I'\xC5\xBF")), (QVector<int>{3413, 70067}));
    QCOMPARE(t.encode(QByteArrayView("x'\xC5\xBF")), (QVector<int>{87, 6, 70067}));
    QCOMPARE(t.encode(QByteArrayView(" I'")), (QVector<int>{357, 6}));
}

void TestTokenizer::pretokenizer_cutsWhereTheRegexCuts_data()
{
    ft::test::addColumns<QString, QByteArray>("encoding", "input");
    for (const ExpectedCase &c : loadExpected()) {
        // Where PCRE2 is not tiktoken's engine: its Unicode tables are older than tiktoken's 16.0, and its
        // (?i) folds U+017F and U+212A into s and k. These cases are checked against tiktoken's ids above.
        if (c.name.contains(QLatin1String("Unicode")) || c.name.contains(QLatin1String("long s")))
            continue;
        const QByteArray row = (c.encoding + QStringLiteral(": ") + c.name).toUtf8();
        QTest::newRow(row.constData()) << c.encoding << utf8text::repaired(c.input);
    }
    const char *const extra[] = {
        "'s's's 's'S'sS x'sy X'SY xX'Ll 'll'LL",
        "ABCdef ABC def Abc aBC a'B A'b'c",
        "\xCC\x81"
        "ABC \xCC\x81"
        "abc a\xCC\x81"
        "B \xCC\x81\xCC\x81"
        "A",
        "  x \t\ty\n \n z  \r\n\r\n  \n\n\t",
        "!!\n/\n //x ?/\r\n/ ./../ a/b",
        "1234567 12a34 \xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4 \xC2\xB2\xC2\xB3\xC2\xB9 \xE2\x85\xAB\xE2\x85\xAB",
        " \xE3\x80\x80\xE3\x80\x80x\xE3\x80\x80 \xC2\xA0\xC2\xA0y",
    };
    int index = 0;
    for (const char *text : extra) {
        ++index;
        for (const QString &encoding : Tokenizer::encodingNames()) {
            const QByteArray row = (encoding + QStringLiteral(": edge cases %1").arg(index)).toUtf8();
            QTest::newRow(row.constData()) << encoding << QByteArray(text);
        }
    }
}

void TestTokenizer::pretokenizer_cutsWhereTheRegexCuts()
{
    // A cross-check with a regex engine (PCRE2) running the very pat_str of the encoding (Llama 3: Meta's),
    // against the pre-tokeniser the encoding's tokenizer runs.
    QFETCH(QString, encoding);
    QFETCH(QByteArray, input);
    QString pattern = QString::fromUtf8(kCl100kPattern);
    if (encoding == QLatin1String("o200k_base"))
        pattern = QString::fromUtf8(kO200kPattern);
    else if (encoding == QLatin1String("llama3"))
        pattern = llama3Pattern();
    const QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    const Pretokenizer pretokenizer(tokenizer(encoding).pattern());
    QCOMPARE(piecesOf(pretokenizer, input), regexPiecesOf(re, fromUtf8KeepingBom(input)));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
