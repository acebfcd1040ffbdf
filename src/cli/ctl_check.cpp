// ftctl check PATH: the dataset check, locally, before anything is uploaded.

#include "ctl.h"

#include "core/catalog.h"
#include "core/datasetanalyzer.h"
#include "core/jsonutil.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace ft::cli {

namespace js = core::js;

namespace {
js::Json findingsJson(const QList<core::DatasetFinding> &findings, core::DatasetFinding::Severity severity)
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

QString number(double v, int decimals = 0)
{
    return QLocale::c().toString(v, 'f', decimals);
}
QString number(qint64 v)
{
    return QLocale(QLocale::English).toString(v);
}
} // namespace

void Ctl::check(const QString &path)
{
    const QMap<QString, core::MethodType> methods{{QStringLiteral("sft"), core::MethodType::Supervised},
                                                  {QStringLiteral("dpo"), core::MethodType::Dpo},
                                                  {QStringLiteral("rft"), core::MethodType::Reinforcement}};
    const QString methodName = m_parser.value(QStringLiteral("method"));
    if (!methods.contains(methodName))
        return usage(QStringLiteral("--method must be sft, dpo or rft"));
    if (!QFileInfo(path).isFile())
        return usage(QStringLiteral("%1 is not a readable file").arg(path));
    core::DatasetAnalyzer::Options o;
    o.method = methods.value(methodName);
    o.model = m_parser.value(QStringLiteral("model"));
    if (o.model.isEmpty())
        o.model = o.method == core::MethodType::Reinforcement ? QStringLiteral("o4-mini")
                                                              : QStringLiteral("gpt-4.1-mini");
    const core::CatalogModel *model = core::Catalog::builtin().find(o.model);
    if (!model)
        return usage(
            QStringLiteral("unknown model \"%1\"; ftctl knows the fine-tunable models of its catalog")
                .arg(o.model));
    o.trainingType = m_parser.value(QStringLiteral("training-type"));
    if (!o.trainingType.isEmpty() && !model->supportsTrainingType(o.trainingType)
        && o.trainingType != u"openai")
        return usage(QStringLiteral("%1 does not train on %2").arg(model->id, o.trainingType));
    o.isValidationFile = m_parser.isSet(QStringLiteral("validation"));
    if (m_parser.isSet(QStringLiteral("n-epochs"))) {
        const auto e = core::HyperParam::parse(m_parser.value(QStringLiteral("n-epochs")), true);
        if (!e)
            return usage(QStringLiteral("--n-epochs must be auto or an integer"));
        o.nEpochs = *e;
    }
    const QString graderFile = m_parser.value(QStringLiteral("grader-file"));
    if (!graderFile.isEmpty()) {
        QFile f(graderFile);
        js::Json g;
        if (!f.open(QIODevice::ReadOnly) || !js::parse(f.readAll(), g) || !g.is_object())
            return usage(QStringLiteral("--grader-file %1 is not a readable JSON object").arg(graderFile));
        o.grader = core::Grader::fromJson(g);
    }

    const bool showProgress = !m_json && isatty(STDERR_FILENO);
    QString error;
    int lastPct = -1;
    const auto analysis = core::DatasetAnalyzer::analyzeFile(
        path, o,
        [&](qint64 done, qint64 total) {
            const int pct = total > 0 ? int(done * 100 / total) : 100;
            if (showProgress && pct != lastPct) {
                lastPct = pct;
                std::fprintf(stderr, "\rchecking… %3d%%", pct);
                std::fflush(stderr);
            }
            return true;
        },
        &error);
    if (showProgress)
        std::fputs("\r              \r", stderr);
    if (!analysis) {
        note(QStringLiteral("ftctl: cannot read %1: %2").arg(path, error));
        return finish(1);
    }
    const core::DatasetAnalysis &a = *analysis;
    const core::DatasetReport &r = a.report;
    using Sev = core::DatasetFinding::Severity;

    if (m_json) {
        js::Json counts = js::Json::object();
        for (auto it = r.countByRule.begin(); it != r.countByRule.end(); ++it)
            counts[js::s(it.key())] = it.value();
        js::Json cost = nullptr;
        if (a.cost) {
            const bool perHour = a.cost->price.unit == core::TrainingPrice::Unit::PerHour;
            cost = js::Json{
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
        printJson(js::Json{{"file", js::s(path)},
                           {"method", js::s(core::methodTypeName(a.method))},
                           {"model", js::s(a.model)},
                           {"examples", r.examples},
                           {"lines", r.lines},
                           {"bytes", r.bytes},
                           {"has_bom", r.hasBom},
                           {"errors", findingsJson(r.findings, Sev::Error)},
                           {"warnings", findingsJson(r.findings, Sev::Warning)},
                           {"info", findingsJson(r.findings, Sev::Info)},
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
                           {"cost", cost}});
        return finish(r.hasErrors() ? 1 : 0);
    }

    QStringList out;
    out << QStringLiteral("%1: %2 examples in %3 lines, %4 bytes%5")
               .arg(path, number(r.examples), number(r.lines), number(r.bytes),
                    r.hasBom ? QStringLiteral(" (UTF-8 with BOM)") : QString());
    out << QStringLiteral("method %1, model %2 (%3, %4 tokens per example)")
               .arg(core::methodTypeName(a.method), a.model, a.encoding, number(a.contextLimit));
    for (const auto &[severity, title] : {std::pair{Sev::Error, QStringLiteral("Errors")},
                                          std::pair{Sev::Warning, QStringLiteral("Warnings")},
                                          std::pair{Sev::Info, QStringLiteral("Notes")}}) {
        const qint64 total = severity == Sev::Error ? r.errorCount
            : severity == Sev::Warning              ? r.warningCount
                                                    : r.infoCount;
        if (total == 0)
            continue;
        out << QString() << QStringLiteral("%1 (%2):").arg(title, number(total));
        qint64 shown = 0;
        for (const auto &f : r.findings) {
            if (f.severity != severity)
                continue;
            ++shown;
            const QString where = f.line > 0 ? QStringLiteral("line %1").arg(f.line) : QStringLiteral("file");
            out << QStringLiteral("  %1  %2%3")
                       .arg(where.leftJustified(11),
                            f.path.isEmpty() ? QString() : f.path + QStringLiteral("  "), f.message);
        }
        if (shown < total)
            out << QStringLiteral("  … and %1 more").arg(number(total - shown));
    }
    const auto stats = [](const core::TokenStats &s) {
        return QStringLiteral("min %1, p5 %2, median %3, mean %4, p95 %5, max %6")
            .arg(number(s.min), number(s.p5), number(s.median), number(s.mean, 1), number(s.p95),
                 number(s.max));
    };
    out << QString() << QStringLiteral("Tokens per example: %1").arg(stats(a.exampleTokens));
    if (a.trainedTokens.total > 0)
        out << QStringLiteral("Trained tokens per example: %1").arg(stats(a.trainedTokens));
    out << QStringLiteral("Total tokens: %1; examples over the limit: %2")
               .arg(number(a.exampleTokens.total), number(a.overLimit));
    out << QStringLiteral("Epochs: %1%2; billed tokens: %3")
               .arg(a.epochs)
               .arg(a.epochsAuto ? QStringLiteral(" (the service's choice for this many examples)")
                                 : QString())
               .arg(number(a.billedTokens));
    if (a.cost) {
        if (a.cost->price.unit == core::TrainingPrice::Unit::PerHour)
            out << QStringLiteral(
                       "Estimated cost: billed by training time, %1 %2 per hour (%3, %4; prices as of %5)")
                       .arg(number(a.cost->price.price, 2), a.cost->currency, a.model, a.trainingType,
                            a.cost->asOf);
        else
            out << QStringLiteral(
                       "Estimated cost: %1 %2 (%3, %4, %5 per 1M tokens; prices as of %6 — an estimate)")
                       .arg(number(a.cost->amount, 2), a.cost->currency, a.model, a.trainingType,
                            number(a.cost->price.price, 2), a.cost->asOf);
    }
    out << QString()
        << (r.hasErrors() ? QStringLiteral("The file has errors: the service would reject it.")
                          : QStringLiteral("No errors: the file is ready to upload."));
    printLine(out.join(u'\n'));
    finish(r.hasErrors() ? 1 : 0);
}

} // namespace ft::cli
