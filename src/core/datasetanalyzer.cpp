#include "datasetanalyzer.h"

#include "atomicfile.h"
#include "catalog.h"
#include "chattexts.h"
#include "datasetvalidator.h"
#include "filechunks.h"
#include "jsonutil.h"
#include "tokencountpipeline.h"
#include "tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace ft::core {

namespace {
double percentile(const std::vector<qint32> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Linear interpolation between closest ranks (numpy's default).
    const double rank = p / 100.0 * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(rank));
    const auto hi = size_t(std::ceil(rank));
    return double(sorted[lo]) + (double(sorted[hi]) - double(sorted[lo])) * (rank - double(lo));
}
} // namespace

TokenStats TokenStats::of(std::vector<qint32> &values)
{
    TokenStats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = qint64(values.size());
    for (qint32 v : values)
        s.total += v;
    s.min = values.front();
    s.max = values.back();
    s.mean = double(s.total) / double(s.count);
    s.median = percentile(values, 50);
    s.p5 = percentile(values, 5);
    s.p95 = percentile(values, 95);
    return s;
}

class DatasetAnalyzer::Private
{
public:
    explicit Private(const Options &o)
        : options(o)
        , validator(validatorOptions(o))
    {
        const Catalog &catalog = Catalog::builtin();
        model = catalog.find(o.model);
        const QString encoding = model ? model->encoding : QStringLiteral("o200k_base");
        tokenizer = Tokenizer::forEncoding(encoding);
        if (tokenizer)
            pipeline.emplace(*tokenizer, model ? model->contextLimit : 0);
        validator.setExampleHook([this](qint64 line, const js::Json &example) { collect(line, example); });
    }

    static DatasetValidator::Options validatorOptions(const Options &o)
    {
        auto v = DatasetValidator::defaultOptions(o.method, o.isValidationFile);
        v.keepPerRule = o.keepPerRule;
        if (o.method == MethodType::Reinforcement && o.grader)
            v.requiredItemKeys = o.grader->referencedItemKeys();
        return v;
    }

    // Hands the example's texts to the pipeline; they are tokenized on worker threads, once each.
    void collect(qint64 line, const js::Json &v)
    {
        if (!pipeline)
            return;
        std::vector<std::tuple<std::string_view, bool, bool>> texts;
        auto sink = [&texts](std::string_view text, bool counted, bool trained) {
            texts.emplace_back(text, counted, trained);
        };
        auto never = [](const js::Json &) { return false; };
        auto always = [](const js::Json &) { return true; };
        qint64 constant = 0;
        switch (options.method) {
        case MethodType::Dpo: {
            const js::Json *input = js::find(v, "input");
            const js::Json *messages = input ? js::find(*input, "messages") : nullptr;
            constant = messages ? collectChatTexts(*messages, true, never, sink).value_or(0) : 0;
            for (const char *key : {"preferred_output", "non_preferred_output"}) {
                if (const js::Json *out = js::find(v, key))
                    constant += collectChatTexts(*out, false, always, sink).value_or(0);
            }
            break;
        }
        case MethodType::Reinforcement:
            if (const js::Json *messages = js::find(v, "messages"))
                constant = collectChatTexts(*messages, true, never, sink).value_or(0);
            break;
        default:
            if (const js::Json *messages = js::find(v, "messages"))
                constant = collectChatTexts(
                               *messages, true,
                               [](const js::Json &m) {
                                   return js::str(m, "role") == u"assistant"
                                       && js::optInt(m, "weight").value_or(1) != 0;
                               },
                               sink)
                               .value_or(0);
            break;
        }
        pipeline->beginExample(line, constant);
        for (const auto &[text, counted, trained] : texts)
            pipeline->addText(text, counted, trained);
        pipeline->endExample();
    }

    DatasetAnalysis finish()
    {
        DatasetAnalysis a;
        TokenCountPipeline::Totals totals;
        if (pipeline)
            totals = pipeline->finish();
        for (const auto &[line, tokens] : totals.overLimit)
            validator.addFinding(
                DatasetFinding::Severity::Warning, QStringLiteral("tokens.over_limit"), {},
                QCoreApplication::translate("DatasetAnalyzer",
                                            "This example has %1 tokens, more than the %2 that %3 "
                                            "trains on; the service will truncate it.")
                    .arg(tokens)
                    .arg(model->contextLimit)
                    .arg(model->id),
                line);
        a.report = validator.finish();
        a.method = options.method;
        a.isValidationFile = options.isValidationFile;
        a.model = model ? model->id : QString();
        a.encoding = tokenizer ? tokenizer->encodingName() : QString();
        a.contextLimit = model ? model->contextLimit : 0;
        a.exampleTokens = TokenStats::of(totals.exampleTokens);
        a.trainedTokens = TokenStats::of(totals.trainedTokens);
        a.overLimit = qint64(totals.overLimit.size());
        const Catalog &catalog = Catalog::builtin();
        a.epochsAuto = !options.nEpochs.isNumber();
        a.epochs = a.epochsAuto ? catalog.autoEpochs(a.report.examples) : int(options.nEpochs.number());
        a.billedTokensPerEpoch = totals.billedPerEpoch;
        a.billedTokens = totals.billedPerEpoch * a.epochs;
        if (model) {
            a.trainingType =
                options.trainingType.isEmpty() ? model->trainingTypes.value(0) : options.trainingType;
            a.cost = DatasetAnalyzer::estimate(model->id, a.trainingType, a.billedTokens);
        }
        return a;
    }

    Options options;
    DatasetValidator validator;
    const CatalogModel *model = nullptr;
    const Tokenizer *tokenizer = nullptr;
    std::optional<TokenCountPipeline> pipeline;
};

DatasetAnalyzer::DatasetAnalyzer(const Options &options)
    : d(std::make_unique<Private>(options))
{ }

DatasetAnalyzer::~DatasetAnalyzer() = default;

void DatasetAnalyzer::addData(QByteArrayView chunk)
{
    d->validator.addData(chunk);
}

DatasetAnalysis DatasetAnalyzer::finish()
{
    return d->finish();
}

DatasetAnalysis DatasetAnalyzer::analyzeBytes(QByteArrayView data, const Options &options)
{
    DatasetAnalyzer a(options);
    a.addData(data);
    return a.finish();
}

std::optional<DatasetAnalysis>
DatasetAnalyzer::analyzeFile(const QString &path, const Options &options,
                             const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    DatasetAnalyzer a(options);
    return finishFromFile(a, path, progress, error,
                          QCoreApplication::translate("DatasetAnalyzer", "Cancelled"));
}

std::optional<CostEstimate> DatasetAnalyzer::estimate(const QString &model, const QString &trainingType,
                                                      qint64 billedTokens)
{
    const PriceTable &prices = PriceTable::builtin();
    const auto price = prices.find(model, trainingType);
    if (!price)
        return std::nullopt;
    CostEstimate c;
    c.price = *price;
    c.currency = prices.currency();
    c.asOf = prices.asOf();
    c.source = prices.source();
    if (price->unit == TrainingPrice::Unit::PerMillionTokens)
        c.amount = double(billedTokens) / 1e6 * price->price;
    return c;
}

bool DatasetAnalyzer::writeCopyWithBom(const QString &source, const QString &target, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return false;
    }
    AtomicFile out(target);
    const QByteArray head = in.read(3);
    std::optional<WriteError> failed = out.open();
    if (!failed && head != "\xEF\xBB\xBF")
        failed = out.write("\xEF\xBB\xBF");
    if (!failed)
        failed = out.write(head);
    if (!failed)
        failed = out.writeFrom(in);
    if (!failed)
        failed = out.commit();
    if (failed) {
        if (error)
            *error = failed->message();
        return false;
    }
    return true;
}

} // namespace ft::core
