// The dataset check: one bad line per rule, each reported with its line, JSON path and severity.

#include "core/datasetvalidator.h"
#include "datatable.h"

#include <QTest>

using namespace ft::core;
using Sev = DatasetFinding::Severity;

namespace {
const QByteArray kSft =
    R"({"messages":[{"role":"user","content":"Hi @"},{"role":"assistant","content":"Hello"}]})";
const QByteArray kDpo =
    R"({"input":{"messages":[{"role":"user","content":"Hi @"}]},"preferred_output":[{"role":)"
    R"("assistant","content":"Hello"}],"non_preferred_output":[{"role":"assistant","content":"Go"}]})";
const QByteArray kRft = R"({"messages":[{"role":"user","content":"2+2? @"}],"answer":"4"})";

// A good line made unique by its number.
QByteArray numbered(const QByteArray &line, int i)
{
    QByteArray out = line;
    return out.replace('@', QByteArray::number(i));
}

// Nine good lines with the bad one at line 3, plus a tenth good line.
QByteArray fileWith(const QByteArray &good, const QByteArray &bad)
{
    QByteArray out;
    for (int i = 1; i <= 10; ++i)
        out += (i == 3 ? bad : numbered(good, i)) + '\n';
    return out;
}
} // namespace

class TestDatasetValidator : public QObject
{
    Q_OBJECT

private slots:
    void badLine_isReportedWhereItIs_data();
    void badLine_isReportedWhereItIs();
    void validFiles_haveNoError_data();
    void validFiles_haveNoError();
    void fileLevel_rules();
    void chunkBoundaries_doNotMatter();
    void bom_splitAcrossChunks_isStillFound();
    void findings_keepFirstNButCountAll();
    void fileOfAnotherMethod_isSaidOnce_data();
    void fileOfAnotherMethod_isSaidOnce();
    void oneOddLine_inARightFile_keepsItsOwnError();
};

void TestDatasetValidator::fileOfAnotherMethod_isSaidOnce_data()
{
    ft::test::addColumns<QByteArray, int, QString>("line", "method", "looksLike");
    QTest::newRow("SFT file under DPO") << kSft << int(MethodType::Dpo) << QStringLiteral("supervised (SFT)");
    QTest::newRow("SFT file under RFT")
        << kSft << int(MethodType::Reinforcement) << QStringLiteral("supervised (SFT)");
    QTest::newRow("DPO file under SFT") << kDpo << int(MethodType::Supervised) << QStringLiteral("(DPO)");
    QTest::newRow("RFT file under SFT")
        << kRft << int(MethodType::Supervised) << QStringLiteral("reinforcement (RFT)");
}

void TestDatasetValidator::fileOfAnotherMethod_isSaidOnce()
{
    QFETCH(QByteArray, line);
    QFETCH(int, method);
    QFETCH(QString, looksLike);
    QByteArray data = "\xEF\xBB\xBF";
    for (int i = 1; i <= 40; ++i)
        data += numbered(line, i) + '\n';
    DatasetValidator::Options options;
    options.method = MethodType(method);
    const DatasetReport report = DatasetValidator::checkBytes(data, options);
    QCOMPARE(report.errorCount, 1);
    QCOMPARE(report.errors().size(), 1);
    const DatasetFinding finding = report.errors().first();
    QCOMPARE(finding.rule, QStringLiteral("file.method_mismatch"));
    QCOMPARE(finding.line, 0);
    QVERIFY2(finding.message.contains(looksLike), qPrintable(finding.message));
    QVERIFY2(finding.message.contains(QStringLiteral("40 of 40")), qPrintable(finding.message));
    QCOMPARE(report.countByRule.keys(), QList<QString>({QStringLiteral("file.method_mismatch")}));
}

void TestDatasetValidator::oneOddLine_inARightFile_keepsItsOwnError()
{
    // An SFT file with one DPO-shaped line is an SFT file with a bad line 3, not a DPO file.
    DatasetValidator::Options options;
    options.method = MethodType::Supervised;
    const DatasetReport report = DatasetValidator::checkBytes(fileWith(kSft, kDpo), options);
    QVERIFY(!report.countByRule.contains(QStringLiteral("file.method_mismatch")));
    QCOMPARE(report.errors().first().line, 3);
}

void TestDatasetValidator::badLine_isReportedWhereItIs_data()
{
    ft::test::addColumns<int, QByteArray, QString, QString, int>("method", "bad", "rule", "path", "severity");
    const int sft = int(MethodType::Supervised);
    const int dpo = int(MethodType::Dpo);
    const int rft = int(MethodType::Reinforcement);
    const int err = int(Sev::Error);
    const int warn = int(Sev::Warning);
    QTest::newRow("not json") << sft << QByteArray(R"({"messages": [)") << "json.parse"
                              << "" << err;
    QTest::newRow("not an object") << sft << QByteArray("[1,2]") << "json.object"
                                   << "" << err;
    QTest::newRow("no messages") << sft << QByteArray(R"({"prompt":"x","completion":"y"})") << "sft.messages"
                                 << "messages" << err;
    QTest::newRow("unknown role")
        << sft
        << QByteArray(R"({"messages":[{"role":"robot","content":"x"},{"role":"assistant","content":"y"}]})")
        << "message.role"
        << "messages[0].role" << err;
    QTest::newRow("no content") << sft
                                << QByteArray(
                                       R"({"messages":[{"role":"user"},{"role":"assistant","content":"y"}]})")
                                << "message.content"
                                << "messages[0].content" << err;
    QTest::newRow("content a number")
        << sft
        << QByteArray(R"({"messages":[{"role":"user","content":5},{"role":"assistant","content":"y"}]})")
        << "message.content"
        << "messages[0].content" << err;
    QTest::newRow("bad part type")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":[{"type":"audio"}]},{"role":"assistant","content":"y"}]})")
        << "message.content_part"
        << "messages[0].content[0].type" << err;
    QTest::newRow("image without url")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":[{"type":"image_url","image_url":{}}]},{"role":"assistant","content":"y"}]})")
        << "message.content_part"
        << "messages[0].content[0].image_url" << err;
    QTest::newRow("weight on user")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x","weight":1},{"role":"assistant","content":"y"}]})")
        << "message.weight"
        << "messages[0].weight" << err;
    QTest::newRow("weight 0.5")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y","weight":0.5}]})")
        << "message.weight"
        << "messages[1].weight" << err;
    QTest::newRow("name not a string")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x","name":3},{"role":"assistant","content":"y"}]})")
        << "message.name"
        << "messages[0].name" << err;
    QTest::newRow("no assistant") << sft << QByteArray(R"({"messages":[{"role":"user","content":"x"}]})")
                                  << "sft.no_assistant"
                                  << "messages" << err;
    QTest::newRow("only untrained assistant")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y","weight":0}]})")
        << "sft.untrained"
        << "messages" << warn;
    QTest::newRow("bad tool call")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x"},{"role":"assistant","tool_calls":[{"id":"1","type":"function","function":{"name":"f","arguments":{}}}]},{"role":"assistant","content":"z"}]})")
        << "message.tool_calls"
        << "messages[1].tool_calls[0]" << err;
    QTest::newRow("unknown message key")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x","mood":"happy"},{"role":"assistant","content":"y"}]})")
        << "message.unknown_key"
        << "messages[0].mood" << warn;
    QTest::newRow("unknown top key")
        << sft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y"}],"label":1})")
        << "sft.unknown_key"
        << "label" << warn;
    QTest::newRow("invalid utf8") << sft << QByteArray("{\"messages\":\"\xC3\x28\"}") << "file.utf8"
                                  << "" << err;
    QTest::newRow("blank line") << sft << QByteArray("   ") << "file.blank_line"
                                << "" << warn;
    QTest::newRow("dpo no input")
        << dpo
        << QByteArray(
               R"({"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})")
        << "dpo.input"
        << "input.messages" << err;
    QTest::newRow("dpo empty preferred")
        << dpo
        << QByteArray(
               R"({"input":{"messages":[{"role":"user","content":"x"}]},"preferred_output":[],"non_preferred_output":[{"role":"assistant","content":"b"}]})")
        << "dpo.output"
        << "preferred_output" << err;
    QTest::newRow("dpo user in output")
        << dpo
        << QByteArray(
               R"({"input":{"messages":[{"role":"user","content":"x"}]},"preferred_output":[{"role":"user","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})")
        << "dpo.output_role"
        << "preferred_output[0].role" << err;
    QTest::newRow("rft last not user")
        << rft
        << QByteArray(
               R"({"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y"}],"answer":"4"})")
        << "rft.last_user"
        << "messages[1].role" << err;
    QTest::newRow("rft missing item key")
        << rft << QByteArray(R"({"messages":[{"role":"user","content":"x"}]})") << "rft.item_key"
        << "answer" << err;
}

void TestDatasetValidator::badLine_isReportedWhereItIs()
{
    QFETCH(int, method);
    QFETCH(QByteArray, bad);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, severity);
    const MethodType m = MethodType(method);
    const QByteArray good = m == MethodType::Dpo ? kDpo : m == MethodType::Reinforcement ? kRft : kSft;
    DatasetValidator::Options o = DatasetValidator::defaultOptions(m);
    o.requiredItemKeys =
        m == MethodType::Reinforcement ? QStringList{QStringLiteral("answer")} : QStringList{};
    const DatasetReport r = DatasetValidator::checkBytes(fileWith(good, bad), o);
    bool found = false;
    for (const auto &f : r.findings) {
        if (f.rule == rule) {
            found = true;
            QCOMPARE(f.line, 3);
            QCOMPARE(f.path, path);
            QCOMPARE(int(f.severity), severity);
            QVERIFY(!f.message.isEmpty());
        } else if (f.line != 0) {
            QFAIL(qPrintable(QStringLiteral("unexpected finding %1 at line %2: %3")
                                 .arg(f.rule)
                                 .arg(f.line)
                                 .arg(f.message)));
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 finding").arg(rule)));
}

void TestDatasetValidator::validFiles_haveNoError_data()
{
    ft::test::addColumns<int, QByteArray>("method", "line");
    QTest::newRow("sft") << int(MethodType::Supervised) << kSft;
    QTest::newRow("sft with tools, weights, parts")
        << int(MethodType::Supervised)
        << QByteArray(
               R"({"messages":[{"role":"developer","content":"Be brief"},{"role":"user","content":[{"type":"text","text":"Look @"},{"type":"image_url","image_url":{"url":"https://x/y.png"}}]},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}],"weight":0},{"role":"tool","tool_call_id":"c1","content":"42"},{"role":"assistant","content":"It is 42","weight":1,"name":"bot"}],"tools":[]})");
    QTest::newRow("dpo") << int(MethodType::Dpo) << kDpo;
    QTest::newRow("rft") << int(MethodType::Reinforcement) << kRft;
}

void TestDatasetValidator::validFiles_haveNoError()
{
    QFETCH(int, method);
    QFETCH(QByteArray, line);
    DatasetValidator::Options o = DatasetValidator::defaultOptions(MethodType(method));
    QByteArray file;
    for (int i = 0; i < 12; ++i)
        file += numbered(line, i) + '\n';
    const DatasetReport r = DatasetValidator::checkBytes(file, o);
    QVERIFY2(!r.hasErrors(), qPrintable(r.errorSummary()));
    QCOMPARE(r.examples, 12);
    QCOMPARE(r.warningCount, 0);
}

void TestDatasetValidator::fileLevel_rules()
{
    const auto o = DatasetValidator::defaultOptions(MethodType::Supervised);
    const DatasetReport few = DatasetValidator::checkBytes(QByteArray(kSft + '\n' + kSft + '\n'), o);
    QCOMPARE(few.examples, 2);
    QCOMPARE(few.countByRule.value(QStringLiteral("file.min_examples")), 1);
    QCOMPARE(few.countByRule.value(QStringLiteral("file.duplicate")), 1);
    QVERIFY(few.errorSummary().contains(QStringLiteral("at least 10")));

    QByteArray withBom = "\xEF\xBB\xBF";
    for (int i = 0; i < 10; ++i)
        withBom += numbered(kSft, i) + '\n';
    const DatasetReport bom = DatasetValidator::checkBytes(withBom, o);
    QVERIFY(bom.hasBom);
    QVERIFY(!bom.hasErrors());
    QCOMPARE(bom.countByRule.value(QStringLiteral("file.bom")), 0);
    const DatasetReport noBom = DatasetValidator::checkBytes(withBom.mid(3), o);
    QCOMPARE(noBom.countByRule.value(QStringLiteral("file.bom")), 1);
    QCOMPARE(noBom.infoCount, 1);

    auto rft = DatasetValidator::defaultOptions(MethodType::Reinforcement, true);
    rft.maxExamples = 5;
    QByteArray six;
    for (int i = 0; i < 6; ++i)
        six += numbered(kRft, i) + '\n';
    QCOMPARE(DatasetValidator::checkBytes(six, rft).countByRule.value(QStringLiteral("file.max_examples")),
             1);

    auto small = o;
    small.maxFileBytes = 100;
    QCOMPARE(DatasetValidator::checkBytes(withBom, small).countByRule.value(QStringLiteral("file.size")), 1);
}

void TestDatasetValidator::chunkBoundaries_doNotMatter()
{
    QByteArray file;
    for (int i = 0; i < 15; ++i)
        file += numbered(kSft, i) + "\r\n";
    file += "{broken";
    const auto o = DatasetValidator::defaultOptions(MethodType::Supervised);
    const DatasetReport whole = DatasetValidator::checkBytes(file, o);
    DatasetValidator v(o);
    for (qsizetype i = 0; i < file.size(); i += 7)
        v.addData(QByteArrayView(file).sliced(i, std::min<qsizetype>(7, file.size() - i)));
    const DatasetReport pieces = v.finish();
    QCOMPARE(pieces.examples, whole.examples);
    QCOMPARE(pieces.errorCount, whole.errorCount);
    QCOMPARE(pieces.errors().first().line, 16);
}

void TestDatasetValidator::bom_splitAcrossChunks_isStillFound()
{
    QByteArray file = "\xEF\xBB\xBF";
    for (int i = 0; i < 12; ++i)
        file += numbered(kSft, i) + '\n';
    const auto o = DatasetValidator::defaultOptions(MethodType::Supervised);
    const DatasetReport whole = DatasetValidator::checkBytes(file, o);
    QVERIFY(whole.hasBom);
    for (const qsizetype step : {1, 2, 4}) {
        DatasetValidator v(o);
        for (qsizetype i = 0; i < file.size(); i += step)
            v.addData(QByteArrayView(file).sliced(i, std::min<qsizetype>(step, file.size() - i)));
        const DatasetReport pieces = v.finish();
        QVERIFY2(pieces.hasBom, qPrintable(QStringLiteral("chunks of %1 byte(s)").arg(step)));
        QCOMPARE(pieces.examples, whole.examples);
        QCOMPARE(pieces.bytes, whole.bytes);
        QCOMPARE(pieces.errorCount, 0);
    }
    // Shorter than a byte-order mark, or only its first bytes: no BOM, and the bytes are still checked.
    for (const QByteArray &tiny : {QByteArray("\xEF\xBB"), QByteArray("\xEF"), QByteArray("{")}) {
        DatasetValidator v(o);
        for (const char c : tiny)
            v.addData(QByteArrayView(&c, 1));
        const DatasetReport r = v.finish();
        QVERIFY(!r.hasBom);
        QCOMPARE(r.bytes, tiny.size());
        QCOMPARE(r.lines, 1);
    }
    // A file that is exactly a BOM: no lines at all.
    QCOMPARE(DatasetValidator::checkBytes(QByteArray("\xEF\xBB\xBF"), o).lines, 0);
}

void TestDatasetValidator::findings_keepFirstNButCountAll()
{
    QByteArray file;
    for (int i = 0; i < 100; ++i)
        file += "not json\n";
    auto o = DatasetValidator::defaultOptions(MethodType::Supervised);
    o.keepPerRule = 5;
    const DatasetReport r = DatasetValidator::checkBytes(file, o);
    QCOMPARE(r.countByRule.value(QStringLiteral("json.parse")), 100);
    QCOMPARE(r.errors().size(), 5 + 1); // five kept parse errors + the file-level minimum
    QVERIFY(r.errorSummary().contains(QStringLiteral("Line 1")));
}

QTEST_GUILESS_MAIN(TestDatasetValidator)
#include "tst_datasetvalidator.moc"
