// The dataset analysis: cookbook token counts per example, distributions, epochs, billed tokens and
// the cost estimate, for each method.

#include "core/datasetanalyzer.h"
#include "core/tokenizer/chattokencounter.h"
#include "core/tokenizer/tokenizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::core;

namespace {
QByteArray sft(int i, const QString &answer = QString())
{
    const QString a = answer.isEmpty() ? QStringLiteral("Answer number %1 is here.").arg(i) : answer;
    return QStringLiteral(
               R"({"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Question %1?"},)"
               R"({"role":"assistant","content":"%2","weight":1},{"role":"user","content":"Thanks"},)"
               R"({"role":"assistant","content":"Welcome","weight":0}]})")
        .arg(i)
        .arg(a)
        .toUtf8();
}

// `examples` numbered SFT examples, one a line.
QByteArray sftFile(int examples)
{
    QByteArray file;
    for (int i = 0; i < examples; ++i)
        file += sft(i) + '\n';
    return file;
}

// Lines of a JSONL file, and the cookbook's count of their tokens (o200k_base) summed over them.
struct CountedLines
{
    QByteArray file;
    qint64 cookbookTokens = 0;

    void add(const ChatTokenCounter &counter, const QByteArray &line)
    {
        file += line + '\n';
        cookbookTokens += *counter.countJson(line);
    }
};
} // namespace

class TestDatasetAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void tokenStats_percentilesInterpolate();
    void supervised_countsEveryExampleAsTheCookbook();
    void supervised_untrainedExamples_areWarnedAndCounted();
    void epochs_autoOrGiven_andBilledTokens();
    void overLimit_isWarnedAndCappedInBilling();
    void dpo_andRft_countTheirShapes();
    void cost_isAnEstimateFromThePriceTable();
    void bomCopy_isWrittenOnce();
};

void TestDatasetAnalyzer::tokenStats_percentilesInterpolate()
{
    std::vector<qint32> v;
    for (int i = 100; i >= 1; --i)
        v.push_back(i);
    const TokenStats s = TokenStats::of(v);
    QCOMPARE(s.count, 100);
    QCOMPARE(s.total, 5050);
    QCOMPARE(s.min, 1);
    QCOMPARE(s.max, 100);
    QCOMPARE(s.mean, 50.5);
    QCOMPARE(s.median, 50.5);
    QCOMPARE(s.p5, 5.95);
    QCOMPARE(s.p95, 95.05);
    std::vector<qint32> none;
    QCOMPARE(TokenStats::of(none).count, 0);
}

void TestDatasetAnalyzer::supervised_countsEveryExampleAsTheCookbook()
{
    const Tokenizer *tok = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    QVERIFY(tok);
    const ChatTokenCounter counter(*tok);
    const QString longer = QStringLiteral("A much longer answer with many more words in it than the others");
    CountedLines lines;
    qint64 expectedTrained = 0;
    for (int i = 0; i < 25; ++i) {
        lines.add(counter, sft(i, i == 3 ? longer : QString()));
        expectedTrained += tok->count(i == 3 ? longer.toUtf8()
                                             : QStringLiteral("Answer number %1 is here.").arg(i).toUtf8());
    }
    DatasetAnalyzer::Options o;
    o.model = QStringLiteral("gpt-4.1-mini");
    const DatasetAnalysis a = DatasetAnalyzer::analyzeBytes(lines.file, o);
    QVERIFY(!a.report.hasErrors());
    QCOMPARE(a.encoding, QStringLiteral("o200k_base"));
    QCOMPARE(a.exampleTokens.count, 25);
    QCOMPARE(a.exampleTokens.total, lines.cookbookTokens);
    QCOMPARE(a.trainedTokens.total, expectedTrained); // weight 0 messages are not trained
    QVERIFY(a.exampleTokens.max > a.exampleTokens.median);

    // cl100k for gpt-35-turbo gives its own counts.
    o.model = QStringLiteral("gpt-35-turbo");
    const DatasetAnalysis b = DatasetAnalyzer::analyzeBytes(lines.file, o);
    QCOMPARE(b.encoding, QStringLiteral("cl100k_base"));
    QCOMPARE(b.contextLimit, 16385);
}

void TestDatasetAnalyzer::supervised_untrainedExamples_areWarnedAndCounted()
{
    // Examples whose assistant messages all have weight 0: no rule of either service forbids them and the
    // cookbook counts them, so the total counts every parsed example and they are only a warning.
    const Tokenizer *tok = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    QVERIFY(tok);
    const ChatTokenCounter counter(*tok);
    CountedLines lines;
    for (int i = 0; i < 14; ++i) {
        lines.add(counter,
                  i % 4 == 1
                      ? QStringLiteral(R"({"messages":[{"role":"user","content":"Question %1?"},)"
                                       R"({"role":"assistant","content":"Not learned %1","weight":0}]})")
                            .arg(i)
                            .toUtf8()
                      : sft(i));
    }
    DatasetAnalyzer::Options o;
    o.model = QStringLiteral("gpt-4.1-mini");
    const DatasetAnalysis a = DatasetAnalyzer::analyzeBytes(lines.file, o);
    QVERIFY2(!a.report.hasErrors(), qPrintable(a.report.errorSummary()));
    QCOMPARE(a.report.examples, 14);
    QCOMPARE(a.report.countByRule.value(QStringLiteral("sft.untrained")), 4);
    QCOMPARE(a.report.warnings().size(), 4);
    QCOMPARE(a.report.warnings().first().line, 2);
    QCOMPARE(a.exampleTokens.count, 14);
    QCOMPARE(a.exampleTokens.total, lines.cookbookTokens);
}

void TestDatasetAnalyzer::epochs_autoOrGiven_andBilledTokens()
{
    const QByteArray file = sftFile(20);
    DatasetAnalyzer::Options o;
    o.model = QStringLiteral("gpt-4.1-nano");
    const DatasetAnalysis autoEpochs = DatasetAnalyzer::analyzeBytes(file, o);
    QVERIFY(autoEpochs.epochsAuto);
    QCOMPARE(autoEpochs.epochs, 5); // 100 // 20
    QCOMPARE(autoEpochs.billedTokens, autoEpochs.exampleTokens.total * 5);
    o.nEpochs = HyperParam::integer(2);
    const DatasetAnalysis given = DatasetAnalyzer::analyzeBytes(file, o);
    QVERIFY(!given.epochsAuto);
    QCOMPARE(given.epochs, 2);
    QCOMPARE(given.billedTokens, given.exampleTokens.total * 2);
}

void TestDatasetAnalyzer::overLimit_isWarnedAndCappedInBilling()
{
    QByteArray file = sftFile(11);
    QByteArray huge = "word ";
    huge = huge.repeated(20000); // ~20,000 tokens: over gpt-35-turbo's 16,385
    file += R"({"messages":[{"role":"user","content":")" + huge
        + R"("},{"role":"assistant","content":"ok"}]})" + '\n';
    DatasetAnalyzer::Options o;
    o.model = QStringLiteral("gpt-35-turbo-0125");
    o.nEpochs = HyperParam::integer(1);
    const DatasetAnalysis a = DatasetAnalyzer::analyzeBytes(file, o);
    QCOMPARE(a.overLimit, 1);
    QCOMPARE(a.report.countByRule.value(QStringLiteral("tokens.over_limit")), 1);
    const auto warnings = a.report.warnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().line, 12);
    QVERIFY(a.exampleTokens.max > 16385);
    QCOMPARE(a.billedTokens, a.exampleTokens.total - a.exampleTokens.max + 16385);
}

void TestDatasetAnalyzer::dpo_andRft_countTheirShapes()
{
    const Tokenizer *tok = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    const ChatTokenCounter counter(*tok);
    const QByteArray input = R"([{"role":"user","content":"Capital of France?"}])";
    const QByteArray pref = R"([{"role":"assistant","content":"Paris."}])";
    const QByteArray nonPref = R"([{"role":"assistant","content":"Lyon, I think."}])";
    const QByteArray line = "{\"input\":{\"messages\":" + input + "},\"preferred_output\":" + pref
        + ",\"non_preferred_output\":" + nonPref + "}";
    QByteArray file;
    for (int i = 0; i < 10; ++i)
        file += line + '\n';
    DatasetAnalyzer::Options o;
    o.method = MethodType::Dpo;
    o.model = QStringLiteral("gpt-4o");
    const DatasetAnalysis a = DatasetAnalyzer::analyzeBytes(file, o);
    QVERIFY(!a.report.hasErrors());
    // input with the reply priming, plus each output's messages without it
    const qint64 perExample =
        *counter.countJson(input) + (*counter.countJson(pref) - 3) + (*counter.countJson(nonPref) - 3);
    QCOMPARE(a.exampleTokens.total, 10 * perExample);
    QCOMPARE(a.trainedTokens.total, 10 * (tok->count("Paris.") + tok->count("Lyon, I think.")));

    QByteArray rft;
    for (int i = 0; i < 10; ++i)
        rft += QStringLiteral(R"({"messages":[{"role":"user","content":"2+%1?"}],"answer":"%2"})")
                   .arg(i)
                   .arg(i + 2)
                   .toUtf8()
            + '\n';
    o.method = MethodType::Reinforcement;
    o.model = QStringLiteral("o4-mini");
    const DatasetAnalysis r = DatasetAnalyzer::analyzeBytes(rft, o);
    QVERIFY(!r.report.hasErrors());
    QCOMPARE(r.trainedTokens.total, 0);
    QVERIFY(r.exampleTokens.total > 0);
}

void TestDatasetAnalyzer::cost_isAnEstimateFromThePriceTable()
{
    const QByteArray file = sftFile(10);
    DatasetAnalyzer::Options o;
    o.model = QStringLiteral("gpt-4.1-mini");
    o.trainingType = QStringLiteral("globalStandard");
    const DatasetAnalysis a = DatasetAnalyzer::analyzeBytes(file, o);
    QVERIFY(a.cost);
    QCOMPARE(a.cost->price.price, 5.0);
    QCOMPARE(a.cost->amount, double(a.billedTokens) / 1e6 * 5.0);
    QVERIFY(!a.cost->asOf.isEmpty());
    QVERIFY(a.cost->source.startsWith(QStringLiteral("https://")));

    o.method = MethodType::Reinforcement;
    o.model = QStringLiteral("o4-mini");
    o.trainingType.clear(); // the model's first tier
    const DatasetAnalysis r = DatasetAnalyzer::analyzeBytes(R"({"messages":[{"role":"user","content":"hi"}]})"
                                                            "\n",
                                                            o);
    QCOMPARE(r.trainingType, QStringLiteral("standard"));
    QVERIFY(r.cost);
    QCOMPARE(r.cost->price.unit, TrainingPrice::Unit::PerHour);
    QCOMPARE(r.cost->amount, 0.0);
}

void TestDatasetAnalyzer::bomCopy_isWrittenOnce()
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("a.jsonl"));
    QFile f(src);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sft(1) + '\n');
    f.close();
    QString error;
    const QString withBom = dir.filePath(QStringLiteral("b.jsonl"));
    QVERIFY2(DatasetAnalyzer::writeCopyWithBom(src, withBom, &error), qPrintable(error));
    QFile b(withBom);
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray content = b.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF{"));
    const QString again = dir.filePath(QStringLiteral("c.jsonl"));
    QVERIFY(DatasetAnalyzer::writeCopyWithBom(withBom, again, &error));
    QFile c(again);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), content); // no second BOM
    QVERIFY(!DatasetAnalyzer::writeCopyWithBom(dir.filePath(QStringLiteral("missing")), again, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetAnalyzer)
#include "tst_datasetanalyzer.moc"
