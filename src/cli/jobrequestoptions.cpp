#include "jobrequestoptions.h"

#include "optionvalues.h"

#include "core/finetuningjob.h"

#include <QCommandLineParser>

namespace ft::cli {

namespace {
// "auto" or a number for a hyperparameter option; false when the text is neither.
bool readHyper(const QString &text, bool integer, core::HyperParam &out)
{
    if (text.isEmpty())
        return true;
    const auto p = core::HyperParam::parse(text, integer);
    if (!p)
        return false;
    out = *p;
    return true;
}

QString readHyperparameters(const QCommandLineParser &options, core::Hyperparameters &h)
{
    struct HyperOption
    {
        const char *name;
        core::HyperParam *target;
        bool integer;
    };
    const HyperOption hyper[] = {
        {"n-epochs", &h.nEpochs, true},
        {"batch-size", &h.batchSize, true},
        {"learning-rate-multiplier", &h.learningRateMultiplier, false},
        {"beta", &h.beta, false},
        {"compute-multiplier", &h.computeMultiplier, false},
        {"eval-interval", &h.evalInterval, true},
        {"eval-samples", &h.evalSamples, true},
    };
    for (const HyperOption &o : hyper) {
        if (!readHyper(options.value(QLatin1String(o.name)), o.integer, *o.target))
            return QStringLiteral("--%1 must be auto or a%2 number")
                .arg(QLatin1String(o.name), o.integer ? QStringLiteral("n integer") : QString());
    }
    h.reasoningEffort = options.value(QStringLiteral("reasoning-effort"));
    return {};
}
} // namespace

QString readCreateJobRequest(const QCommandLineParser &options, bool azure, core::CreateJobRequest &req)
{
    req.model = options.value(QStringLiteral("model"));
    req.trainingFile = options.value(QStringLiteral("training-file"));
    req.validationFile = options.value(QStringLiteral("validation-file"));
    req.suffix = options.value(QStringLiteral("suffix"));
    if (req.model.isEmpty() || req.trainingFile.isEmpty())
        return QStringLiteral("jobs create needs --model and --training-file");
    core::MethodType method = core::MethodType::Supervised;
    if (QString problem = readMethod(options, method); !problem.isEmpty())
        return problem;
    req.method = core::Method::ofType(method);
    if (options.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const qint64 seed = options.value(QStringLiteral("seed")).toLongLong(&ok);
        if (!ok)
            return QStringLiteral("--seed must be an integer");
        req.seed = seed;
    }
    if (QString problem = readHyperparameters(options, req.method.hyperparameters); !problem.isEmpty())
        return problem;
    if (req.method.hyperparameters.beta.isPresent() && req.method.type != core::MethodType::Dpo)
        return QStringLiteral("--beta applies to --method dpo only");
    const QString graderFile = options.value(QStringLiteral("grader-file"));
    if (!graderFile.isEmpty()) {
        QString why;
        const auto grader = readGraderFile(graderFile, &why);
        if (!grader)
            return QStringLiteral("--grader-file %1 is not a readable JSON object %2").arg(graderFile, why);
        req.method.grader = *grader;
    }
    if (QString problem = readPairs(options, QStringLiteral("metadata"), req.metadata); !problem.isEmpty())
        return problem;
    if (options.isSet(QStringLiteral("wandb-project"))) {
        core::Integration i;
        i.project = options.value(QStringLiteral("wandb-project"));
        req.integrations << i;
    }
    req.trainingType = options.value(QStringLiteral("training-type"));
    if (!req.trainingType.isEmpty() && !azure)
        return QStringLiteral("--training-type applies to Azure connections only");
    return {};
}

} // namespace ft::cli
