// libFuzzer target: the JSONL dataset check. The first byte picks the method (supervised, DPO,
// reinforcement, or a supervised validation file), the size of the chunks the rest is fed in and a few
// options; the rest is the file. The report must not depend on where the chunks split the bytes. The
// same bytes then go through DatasetAnalyzer (token counts, epochs, cost) with gpt-4.1-mini.

#include "fuzzsupport.h"

#include "core/datasetanalyzer.h"
#include "core/datasetvalidator.h"

#include <QHash>

#include <algorithm>

using namespace ft::core;

namespace {

constexpr qsizetype kChunkSizes[] = {1, 2, 3, 7, 16, 100, 4096, qsizetype(1) << 30};

template<typename Check>
void feed(Check &check, QByteArrayView data, qsizetype chunk)
{
    for (qsizetype at = 0; at < data.size(); at += chunk)
        check.addData(data.sliced(at, std::min(chunk, data.size() - at)));
}

void checkConsistent(const DatasetReport &r, int keepPerRule)
{
    qint64 counted = 0;
    for (auto it = r.countByRule.cbegin(); it != r.countByRule.cend(); ++it) {
        FT_FUZZ_CHECK(it.value() > 0);
        counted += it.value();
    }
    FT_FUZZ_CHECK(counted == r.errorCount + r.warningCount + r.infoCount);
    QHash<QString, qint64> kept;
    for (const DatasetFinding &f : r.findings) {
        FT_FUZZ_CHECK(!f.rule.isEmpty());
        FT_FUZZ_CHECK(!f.message.isEmpty());
        FT_FUZZ_CHECK(f.line >= 0 && f.line <= r.lines);
        ++kept[f.rule];
    }
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        FT_FUZZ_CHECK(it.value() <= keepPerRule);
        FT_FUZZ_CHECK(it.value() <= r.countByRule.value(it.key()));
    }
    FT_FUZZ_CHECK(r.examples <= r.lines);
    FT_FUZZ_CHECK(r.errors().size() + r.warnings().size() <= r.findings.size());
    FT_FUZZ_CHECK(r.hasErrors() == (r.errorCount > 0));
    if (r.hasErrors())
        FT_FUZZ_CHECK(!r.errorSummary().isEmpty());
}

bool sameFindings(const DatasetReport &a, const DatasetReport &b)
{
    if (a.findings.size() != b.findings.size())
        return false;
    for (qsizetype i = 0; i < a.findings.size(); ++i) {
        const DatasetFinding &x = a.findings.at(i);
        const DatasetFinding &y = b.findings.at(i);
        if (x.severity != y.severity || x.line != y.line || x.rule != y.rule || x.path != y.path
            || x.message != y.message)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ft::fuzz::installQuietLog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const QByteArrayView file = ft::fuzz::bytes(data + 1, size - 1);

    static constexpr MethodType kMethods[] = {MethodType::Supervised, MethodType::Dpo,
                                              MethodType::Reinforcement, MethodType::Supervised};
    const MethodType method = kMethods[selector & 3];
    const bool isValidationFile = (selector & 3) == 3;
    const qsizetype chunk = kChunkSizes[(selector >> 2) & 7];

    DatasetValidator::Options options = DatasetValidator::defaultOptions(method, isValidationFile);
    if (selector & 0x20) {
        options.keepPerRule = 1; // the "keep the first N, count all" path
        options.minExamples = 2;
    }
    if (method == MethodType::Reinforcement && (selector & 0x40))
        options.requiredItemKeys = {QStringLiteral("answer"), QStringLiteral("reference_answer")};
    if (selector & 0x80)
        options.maxFileBytes = 512;

    qint64 hookedExamples = 0;
    DatasetValidator validator(options);
    validator.setExampleHook([&](qint64 line, const nlohmann::ordered_json &) {
        FT_FUZZ_CHECK(line >= 1);
        ++hookedExamples;
    });
    feed(validator, file, chunk);
    const DatasetReport report = validator.finish();
    checkConsistent(report, options.keepPerRule);
    FT_FUZZ_CHECK(report.bytes == file.size());
    FT_FUZZ_CHECK(hookedExamples <= report.examples); // only the examples without errors

    // The same bytes in one piece: the same report.
    const DatasetReport whole = DatasetValidator::checkBytes(file, options);
    FT_FUZZ_CHECK(whole.lines == report.lines);
    FT_FUZZ_CHECK(whole.examples == report.examples);
    FT_FUZZ_CHECK(whole.blankLines == report.blankLines);
    FT_FUZZ_CHECK(whole.hasBom == report.hasBom);
    FT_FUZZ_CHECK(whole.errorCount == report.errorCount);
    FT_FUZZ_CHECK(whole.warningCount == report.warningCount);
    FT_FUZZ_CHECK(whole.infoCount == report.infoCount);
    FT_FUZZ_CHECK(whole.countByRule == report.countByRule);
    FT_FUZZ_CHECK(sameFindings(whole, report));

    DatasetAnalyzer::Options analyzerOptions;
    analyzerOptions.method = method;
    analyzerOptions.model = QStringLiteral("gpt-4.1-mini");
    analyzerOptions.isValidationFile = isValidationFile;
    DatasetAnalyzer analyzer(analyzerOptions);
    feed(analyzer, file, chunk);
    const DatasetAnalysis analysis = analyzer.finish();
    checkConsistent(analysis.report, analyzerOptions.keepPerRule);
    FT_FUZZ_CHECK(analysis.exampleTokens.count <= analysis.report.examples);
    FT_FUZZ_CHECK(analysis.exampleTokens.min <= analysis.exampleTokens.max);
    FT_FUZZ_CHECK(analysis.overLimit <= analysis.exampleTokens.count);
    FT_FUZZ_CHECK(analysis.billedTokens >= 0);
    return 0;
}
