// Which tokenizer counts the tokens of an open model (resources/vocab/open-models.json): the model's own
// where the engine has it (Phi-4-mini: o200k_base, Phi-4: cl100k_base, Llama 3.x: llama3), else an estimate
// that says so.

#include "core/tokenizer/tokenizer.h"
#include "core/tokenizer/tokenizerchoice.h"
#include "datatable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ft::core;

namespace {

// A text whose count differs between the encodings, so that a wrong encoding cannot pass.
const QByteArray kSample = QByteArrayLiteral(
    "The quick brown fox jumps over the lazy dog. 1234567 \xE4\xBA\xBA\xE5\xB7\xA5\xE6\x99\xBA\xE8\x83\xBD "
    "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80! def f(x):\n    return x\n");

qint64 countIn(const char *encoding, const QByteArray &text)
{
    const Tokenizer *t = Tokenizer::forEncoding(QString::fromLatin1(encoding));
    return t ? t->count(text) : -1;
}

} // namespace

class TestTokenizerChoice : public QObject
{
    Q_OBJECT

private slots:
    void exactModels_countWithTheirOwnEncoding_data();
    void exactModels_countWithTheirOwnEncoding();
    void estimatedModels_areLabelledEstimate_data();
    void estimatedModels_areLabelledEstimate();
    void unknownModel_getsTheDefaultEstimate_data();
    void unknownModel_getsTheDefaultEstimate();
    void estimate_isTheBasisCountTimesTheFactorRoundedUp();
    void scaled_sumsBeforeRounding();
    void explanation_namesTheEncodingAndTheFactor();
    void everyEntryOfTheDataFile_isLoadedAndReachable();
    void sample_countsDifferAcrossEncodings();
};

void TestTokenizerChoice::exactModels_countWithTheirOwnEncoding_data()
{
    ft::test::addColumns<QString, QString>("model", "encoding");
    const QString o200k = QStringLiteral("o200k_base");
    const QString cl100k = QStringLiteral("cl100k_base");
    const QString llama3 = QStringLiteral("llama3");
    QTest::newRow("Phi-4-mini-instruct") << QStringLiteral("Phi-4-mini-instruct") << o200k;
    QTest::newRow("Phi-4") << QStringLiteral("Phi-4") << cl100k;
    QTest::newRow("Llama 3.1 8B") << QStringLiteral("Meta-Llama-3.1-8B-Instruct") << llama3;
    QTest::newRow("Llama 3.1 70B") << QStringLiteral("Meta-Llama-3.1-70B-Instruct") << llama3;
    QTest::newRow("Llama 3.3 70B") << QStringLiteral("Llama-3.3-70B-Instruct") << llama3;
    QTest::newRow("Llama 3.2 vision") << QStringLiteral("Llama-3.2-11B-Vision-Instruct") << llama3;
    QTest::newRow("other case") << QStringLiteral("phi-4-MINI-instruct") << o200k;
    QTest::newRow("spaces around") << QStringLiteral("  Phi-4\n") << cl100k;
    QTest::newRow("versioned asset id")
        << QStringLiteral("azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct/versions/4")
        << llama3;
    QTest::newRow("asset id without version")
        << QStringLiteral("azureml://registries/azureml/models/Phi-4-mini-instruct") << o200k;
}

void TestTokenizerChoice::exactModels_countWithTheirOwnEncoding()
{
    QFETCH(QString, model);
    QFETCH(QString, encoding);
    const TokenizerChoice choice = tokenizerForOpenModel(model);
    QCOMPARE(choice.encoding, encoding);
    QVERIFY(choice.isExact());
    QVERIFY(choice.known);
    QCOMPARE(choice.factor, 1.0);
    QCOMPARE(choice.label(), QStringLiteral("exact"));
    QVERIFY(!choice.tokenizer.isEmpty());
    QCOMPARE(choice.count(kSample), countIn(qPrintable(encoding), kSample));
    QCOMPARE(choice.scaled(12345), 12345);
}

void TestTokenizerChoice::estimatedModels_areLabelledEstimate_data()
{
    ft::test::addColumns<QString, QString>("model", "tokenizerMentions");
    QTest::newRow("Ministral-3B") << QStringLiteral("Ministral-3B") << QStringLiteral("Tekken");
    QTest::newRow("Mistral-Nemo") << QStringLiteral("Mistral-Nemo") << QStringLiteral("Tekken");
    QTest::newRow("Mistral-Large-2411")
        << QStringLiteral("Mistral-Large-2411") << QStringLiteral("SentencePiece");
    QTest::newRow("Phi-3.5-mini") << QStringLiteral("Phi-3.5-mini-instruct")
                                  << QStringLiteral("SentencePiece");
    QTest::newRow("Phi-3-medium") << QStringLiteral("Phi-3-medium-128k-instruct")
                                  << QStringLiteral("SentencePiece");
    QTest::newRow("Llama-2-7b") << QStringLiteral("Llama-2-7b") << QStringLiteral("SentencePiece");
    QTest::newRow("Phi-4-multimodal")
        << QStringLiteral("Phi-4-multimodal-instruct") << QStringLiteral("o200k");
    QTest::newRow("Mistral asset id")
        << QStringLiteral("azureml://registries/azureml-mistral/models/Ministral-3B/versions/1")
        << QStringLiteral("Tekken");
}

void TestTokenizerChoice::estimatedModels_areLabelledEstimate()
{
    QFETCH(QString, model);
    QFETCH(QString, tokenizerMentions);
    const TokenizerChoice choice = tokenizerForOpenModel(model);
    QVERIFY(!choice.isExact());
    QVERIFY(choice.known);
    QCOMPARE(choice.label(), QStringLiteral("estimate"));
    QVERIFY2(choice.tokenizer.contains(tokenizerMentions), qPrintable(choice.tokenizer));
    QVERIFY(Tokenizer::encodingNames().contains(choice.encoding));
    QVERIFY(choice.factor >= 1.0);
    QVERIFY(choice.count(kSample) >= countIn(qPrintable(choice.encoding), kSample));
}

void TestTokenizerChoice::unknownModel_getsTheDefaultEstimate_data()
{
    ft::test::addTextRows<QString>("model",
                                   {{"empty", nullptr},
                                    {"blank", "   "},
                                    {"tsuzumi", "tsuzumi-7b"},
                                    {"a longer Phi-4 name", "Phi-4-reasoning"},
                                    {"prefix of a name", "Phi"},
                                    {"asset id without a name", "azureml://registries/azureml/models/"},
                                    {"wildcard in the input", "*"}});
    QTest::newRow("long") << QString(100000, QLatin1Char('x'));
}

void TestTokenizerChoice::unknownModel_getsTheDefaultEstimate()
{
    QFETCH(QString, model);
    const TokenizerChoice choice = tokenizerForOpenModel(model);
    QVERIFY(!choice.known);
    QVERIFY(!choice.isExact());
    QCOMPARE(choice.label(), QStringLiteral("estimate"));
    QCOMPARE(choice.encoding, QStringLiteral("cl100k_base"));
    QCOMPARE(choice.factor, 1.3);
}

void TestTokenizerChoice::estimate_isTheBasisCountTimesTheFactorRoundedUp()
{
    const TokenizerChoice choice = tokenizerForOpenModel(QStringLiteral("Mistral-Large-2411"));
    const qint64 basis = countIn(qPrintable(choice.encoding), kSample);
    QVERIFY(basis > 0);
    QCOMPARE(choice.count(kSample), qint64(std::ceil(double(basis) * choice.factor)));
    QCOMPARE(choice.count(QByteArrayView("")), 0);
}

void TestTokenizerChoice::scaled_sumsBeforeRounding()
{
    TokenizerChoice choice;
    choice.encoding = QStringLiteral("cl100k_base");
    choice.factor = 1.1;
    QCOMPARE(choice.scaled(10), 11);
    QCOMPARE(choice.scaled(1), 2); // 1.1 rounded up
    QCOMPARE(choice.scaled(0), 0);
    QCOMPARE(choice.scaled(-1), -1); // a failed count stays a failure
    choice.factor = 10;
    QCOMPARE(choice.scaled(std::numeric_limits<qint64>::max() / 2), std::numeric_limits<qint64>::max());
}

void TestTokenizerChoice::explanation_namesTheEncodingAndTheFactor()
{
    const TokenizerChoice estimate = tokenizerForOpenModel(QStringLiteral("Ministral-3B"));
    QVERIFY2(estimate.explanation().contains(QStringLiteral("cl100k_base")),
             qPrintable(estimate.explanation()));
    QVERIFY2(estimate.explanation().contains(QStringLiteral("1.1")), qPrintable(estimate.explanation()));
    QVERIFY2(estimate.explanation().contains(QStringLiteral("Ministral-3B")),
             qPrintable(estimate.explanation()));
    const TokenizerChoice exact = tokenizerForOpenModel(QStringLiteral("Meta-Llama-3.1-8B-Instruct"));
    QVERIFY2(exact.explanation().contains(QStringLiteral("llama3")), qPrintable(exact.explanation()));
    QVERIFY(exact.explanation().startsWith(QStringLiteral("Exact")));
}

void TestTokenizerChoice::everyEntryOfTheDataFile_isLoadedAndReachable()
{
    // Every entry of the shipped file is valid (an invalid one is skipped at run time, and its models
    // would silently get the default) and not hidden by an earlier one.
    QFile file(QStringLiteral(FT_OPEN_MODELS_DATA));
    QVERIFY2(file.open(QIODevice::ReadOnly), FT_OPEN_MODELS_DATA);
    const QJsonArray models =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("models")).toArray();
    QVERIFY(models.size() >= 5);
    for (const auto &value : models) {
        const QJsonObject entry = value.toObject();
        const bool exact = entry.contains(QLatin1String("encoding"));
        const QString encoding = exact
            ? entry.value(QLatin1String("encoding")).toString()
            : entry.value(QLatin1String("estimate")).toObject().value(QLatin1String("encoding")).toString();
        QVERIFY(!entry.value(QLatin1String("sources")).toArray().isEmpty());
        for (const auto &name : entry.value(QLatin1String("names")).toArray()) {
            const QString model = name.toString().replace(QLatin1Char('*'), QLatin1String("X"));
            const TokenizerChoice choice = tokenizerForOpenModel(model);
            QVERIFY2(choice.known, qPrintable(model));
            QCOMPARE(choice.isExact(), exact);
            QCOMPARE(choice.encoding, encoding);
            QCOMPARE(choice.tokenizer, entry.value(QLatin1String("tokenizer")).toString());
        }
    }
}

void TestTokenizerChoice::sample_countsDifferAcrossEncodings()
{
    // What makes the comparisons above tell the encodings apart.
    const qint64 o200k = countIn("o200k_base", kSample);
    const qint64 cl100k = countIn("cl100k_base", kSample);
    const qint64 llama3 = countIn("llama3", kSample);
    QVERIFY(o200k > 0 && cl100k > 0 && llama3 > 0);
    QVERIFY(o200k != cl100k && llama3 != cl100k && o200k != llama3);
}

QTEST_GUILESS_MAIN(TestTokenizerChoice)
#include "tst_tokenizerchoice.moc"
