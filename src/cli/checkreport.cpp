#include "checkreport.h"

#include "core/datasetanalysis.h"
#include "core/jsonutil.h"

#include <QLocale>

#include <cmath>

namespace ft::cli {

namespace js = core::js;
using Severity = core::DatasetFinding::Severity;

namespace {
js::Json findingsJson(const QList<core::DatasetFinding> &findings, Severity severity)
{
    js::Json out = js::Json::array();
    for (const auto &f : findings) {
        if (f.severity != severity)
            continue;
        out.push_back(js::Json{{"line", f.line},
                               {"severity", js::s(core::DatasetFinding::severityName(f.severity))},
                               {"path", js::s(f.path)},
                               {"rule", js::s(f.rule)},
                               {"message", js::s(f.message)}});
    }
    return out;
}

js::Json statsJson(const core::TokenStats &s)
{
    return js::Json{{"min", s.min},       {"max", s.max}, {"mean", s.mean},
                    {"median", s.median}, {"p5", s.p5},   {"p95", s.p95}};
}

js::Json costJson(const core::DatasetAnalysis &a)
{
    if (!a.cost)
        return nullptr;
    const bool perHour = a.cost->price.unit == core::TrainingPrice::Unit::PerHour;
    return js::Json{
        {"estimate", true},
        {"currency", js::s(a.cost->currency)},
        {"amount", perHour ? js::Json(nullptr) : js::Json(std::round(a.cost->amount * 100) / 100)},
        {"unit", perHour ? "per_hour" : "per_1m_tokens"},
        {"price", a.cost->price.price},
        {"model", js::s(a.model)},
        {"training_type", js::s(a.trainingType)},
        {"as_of", js::s(a.cost->asOf)},
        {"source", js::s(a.cost->source)}};
}

QString number(double v, int decimals = 0)
{
    return QLocale::c().toString(v, 'f', decimals);
}

QString number(qint64 v)
{
    return QLocale(QLocale::English).toString(v);
}

// The findings of one severity under their title, as many as the report kept.
QStringList findingsText(const core::DatasetReport &r, Severity severity, const QString &title)
{
    const qint64 total = severity == Severity::Error ? r.errorCount
        : severity == Severity::Warning              ? r.warningCount
                                                     : r.infoCount;
    if (total == 0)
        return {};
    QStringList out{QString(), QStringLiteral("%1 (%2):").arg(title, number(total))};
    qint64 shown = 0;
    for (const auto &f : r.findings) {
        if (f.severity != severity)
            continue;
        ++shown;
        const QString where = f.line > 0 ? QStringLiteral("line %1").arg(f.line) : QStringLiteral("file");
        out << QStringLiteral("  %1  %2%3")
                   .arg(where.leftJustified(11), f.path.isEmpty() ? QString() : f.path + QStringLiteral("  "),
                        f.message);
    }
    if (shown < total)
        out << QStringLiteral("  … and %1 more").arg(number(total - shown));
    return out;
}

QString statsText(const core::TokenStats &s)
{
    return QStringLiteral("min %1, p5 %2, median %3, mean %4, p95 %5, max %6")
        .arg(number(s.min), number(s.p5), number(s.median), number(s.mean, 1), number(s.p95), number(s.max));
}

QString costText(const core::DatasetAnalysis &a)
{
    if (a.cost->price.unit == core::TrainingPrice::Unit::PerHour)
        return QStringLiteral(
                   "Estimated cost: billed by training time, %1 %2 per hour (%3, %4; prices as of %5)")
            .arg(number(a.cost->price.price, 2), a.cost->currency, a.model, a.trainingType, a.cost->asOf);
    return QStringLiteral("Estimated cost: %1 %2 (%3, %4, %5 per 1M tokens; prices as of %6 — an estimate)")
        .arg(number(a.cost->amount, 2), a.cost->currency, a.model, a.trainingType,
             number(a.cost->price.price, 2), a.cost->asOf);
}
} // namespace

js::Json checkReportJson(const QString &path, const core::DatasetAnalysis &a)
{
    const core::DatasetReport &r = a.report;
    js::Json counts = js::Json::object();
    for (auto it = r.countByRule.begin(); it != r.countByRule.end(); ++it)
        counts[js::s(it.key())] = it.value();
    return js::Json{{"file", js::s(path)},
                    {"method", js::s(core::methodTypeName(a.method))},
                    {"model", js::s(a.model)},
                    {"examples", r.examples},
                    {"lines", r.lines},
                    {"bytes", r.bytes},
                    {"has_bom", r.hasBom},
                    {"errors", findingsJson(r.findings, Severity::Error)},
                    {"warnings", findingsJson(r.findings, Severity::Warning)},
                    {"info", findingsJson(r.findings, Severity::Info)},
                    {"error_count", r.errorCount},
                    {"warning_count", r.warningCount},
                    {"counts_by_rule", counts},
                    {"tokens",
                     {{"encoding", js::s(a.encoding)},
                      {"total", a.exampleTokens.total},
                      {"per_example", statsJson(a.exampleTokens)},
                      {"trained_total", a.trainedTokens.total},
                      {"trained_per_example", statsJson(a.trainedTokens)},
                      {"context_limit", a.contextLimit},
                      {"over_limit", a.overLimit}}},
                    {"epochs", a.epochs},
                    {"epochs_auto", a.epochsAuto},
                    {"billed_tokens", a.billedTokens},
                    {"cost", costJson(a)}};
}

QString checkReportText(const QString &path, const core::DatasetAnalysis &a)
{
    const core::DatasetReport &r = a.report;
    QStringList out;
    out << QStringLiteral("%1: %2 examples in %3 lines, %4 bytes%5")
               .arg(path, number(r.examples), number(r.lines), number(r.bytes),
                    r.hasBom ? QStringLiteral(" (UTF-8 with BOM)") : QString());
    out << QStringLiteral("method %1, model %2 (%3, %4 tokens per example)")
               .arg(core::methodTypeName(a.method), a.model, a.encoding, number(a.contextLimit));
    out << findingsText(r, Severity::Error, QStringLiteral("Errors"));
    out << findingsText(r, Severity::Warning, QStringLiteral("Warnings"));
    out << findingsText(r, Severity::Info, QStringLiteral("Notes"));
    out << QString() << QStringLiteral("Tokens per example: %1").arg(statsText(a.exampleTokens));
    if (a.trainedTokens.total > 0)
        out << QStringLiteral("Trained tokens per example: %1").arg(statsText(a.trainedTokens));
    out << QStringLiteral("Total tokens: %1; examples over the limit: %2")
               .arg(number(a.exampleTokens.total), number(a.overLimit));
    out << QStringLiteral("Epochs: %1%2; billed tokens: %3")
               .arg(a.epochs)
               .arg(a.epochsAuto ? QStringLiteral(" (the service's choice for this many examples)")
                                 : QString())
               .arg(number(a.billedTokens));
    if (a.cost)
        out << costText(a);
    out << QString()
        << (r.hasErrors() ? QStringLiteral("The file has errors: the service would reject it.")
                          : QStringLiteral("No errors: the file is ready to upload."));
    return out.join(u'\n');
}

} // namespace ft::cli
