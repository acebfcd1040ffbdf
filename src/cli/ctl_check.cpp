// ftctl check PATH: the dataset check, locally, before anything is uploaded.

#include "ctl_check.h"

#include "checkreport.h"
#include "commandregistry.h"
#include "optionvalues.h"

#include "core/catalog.h"
#include "core/datasetanalyzer.h"
#include "core/jsonutil.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace ft::cli {

namespace {
// What to check the file for (--method, --model, --training-type, --validation, --n-epochs,
// --grader-file); the usage error, or empty.
QString readCheckOptions(const QCommandLineParser &options, const QString &path,
                         core::DatasetAnalyzer::Options &o)
{
    if (QString problem = readMethod(options, o.method); !problem.isEmpty())
        return problem;
    if (!QFileInfo(path).isFile())
        return QStringLiteral("%1 is not a readable file").arg(path);
    o.model = options.value(QStringLiteral("model"));
    if (o.model.isEmpty())
        o.model = o.method == core::MethodType::Reinforcement ? QStringLiteral("o4-mini")
                                                              : QStringLiteral("gpt-4.1-mini");
    const core::CatalogModel *model = core::Catalog::builtin().find(o.model);
    if (!model)
        return QStringLiteral("unknown model \"%1\"; ftctl knows the fine-tunable models of its catalog")
            .arg(o.model);
    o.trainingType = options.value(QStringLiteral("training-type"));
    if (!o.trainingType.isEmpty() && !model->supportsTrainingType(o.trainingType)
        && o.trainingType != u"openai")
        return QStringLiteral("%1 does not train on %2").arg(model->id, o.trainingType);
    o.isValidationFile = options.isSet(QStringLiteral("validation"));
    if (options.isSet(QStringLiteral("n-epochs"))) {
        const auto e = core::HyperParam::parse(options.value(QStringLiteral("n-epochs")), true);
        if (!e)
            return QStringLiteral("--n-epochs must be auto or an integer");
        o.nEpochs = *e;
    }
    const QString graderFile = options.value(QStringLiteral("grader-file"));
    if (!graderFile.isEmpty()) {
        const auto grader = readGraderFile(graderFile);
        if (!grader)
            return QStringLiteral("--grader-file %1 is not a readable JSON object").arg(graderFile);
        o.grader = *grader;
    }
    return {};
}
} // namespace

CheckCommand::CheckCommand(CommandContext &context)
    : Command(context)
{ }

void CheckCommand::addTo(CommandRegistry &registry)
{
    registry.addGroup<CheckCommand>(
        QStringLiteral("check"),
        QStringLiteral("  check PATH [--method sft|dpo|rft] [--model M] [--grader-file G] "
                       "[--training-type T] [--n-epochs N]\n"),
        [](CommandContext &c) { return new CheckCommand(c); }, {{"", 1, "PATH", {}, &CheckCommand::check}});
}

void CheckCommand::check(const QStringList &args)
{
    const QString &path = args[0];
    core::DatasetAnalyzer::Options o;
    if (QString problem = readCheckOptions(m_parser, path, o); !problem.isEmpty())
        return usage(problem);
    // The file is read in one pass; on a terminal, how far it got.
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
    m_out.print(checkReportJson(path, *analysis), checkReportText(path, *analysis));
    finish(analysis->report.hasErrors() ? 1 : 0);
}

} // namespace ft::cli
