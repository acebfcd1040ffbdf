// ftctl jobs ...

#include "ctl.h"
#include "table.h"

#include "api/pager.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

namespace ft::cli {

namespace js = core::js;

namespace {
QString describe(const core::FineTuningJob &j)
{
    QString out =
        QStringLiteral(
            "id:               %1\nstatus:           %2\nmodel:            %3\nmethod:           %4\n"
            "training file:    %5\nvalidation file:  %6\nsuffix:           %7\nseed:             %8\n"
            "created:          %9")
            .arg(j.id, j.status, j.model, core::methodTypeName(j.methodType()), j.trainingFile,
                 j.validationFile.isEmpty() ? QStringLiteral("-") : j.validationFile,
                 j.suffix.isEmpty() ? QStringLiteral("-") : j.suffix,
                 j.seed ? QString::number(*j.seed) : QStringLiteral("-"), Table::time(j.createdAt));
    const core::Hyperparameters h = j.effectiveHyperparameters();
    out += QStringLiteral("\nhyperparameters:  n_epochs=%1 batch_size=%2 learning_rate_multiplier=%3")
               .arg(h.nEpochs.toString(), h.batchSize.toString(), h.learningRateMultiplier.toString());
    if (h.beta.isPresent())
        out += QStringLiteral(" beta=%1").arg(h.beta.toString());
    if (!j.trainingType.isEmpty())
        out += QStringLiteral("\ntraining type:    %1").arg(j.trainingType);
    if (!j.fineTunedModel.isEmpty())
        out += QStringLiteral("\nfine-tuned model: %1").arg(j.fineTunedModel);
    if (j.trainedTokens)
        out += QStringLiteral("\ntrained tokens:   %1").arg(*j.trainedTokens);
    if (!j.resultFiles.isEmpty())
        out += QStringLiteral("\nresult files:     %1").arg(j.resultFiles.join(QStringLiteral(", ")));
    if (j.estimatedFinish)
        out += QStringLiteral("\nestimated finish: %1").arg(Table::time(*j.estimatedFinish));
    if (j.finishedAt)
        out += QStringLiteral("\nfinished:         %1").arg(Table::time(*j.finishedAt));
    if (j.error.isSet())
        out += QStringLiteral("\nerror:            %1 (%2)").arg(j.error.message, j.error.code);
    return out;
}

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
} // namespace

void Ctl::jobsCreate()
{
    core::CreateJobRequest req;
    req.model = m_parser.value(QStringLiteral("model"));
    req.trainingFile = m_parser.value(QStringLiteral("training-file"));
    req.validationFile = m_parser.value(QStringLiteral("validation-file"));
    req.suffix = m_parser.value(QStringLiteral("suffix"));
    if (req.model.isEmpty() || req.trainingFile.isEmpty())
        return usage(QStringLiteral("jobs create needs --model and --training-file"));
    const QString method = m_parser.value(QStringLiteral("method"));
    const QMap<QString, core::MethodType> methods{{QStringLiteral("sft"), core::MethodType::Supervised},
                                                  {QStringLiteral("dpo"), core::MethodType::Dpo},
                                                  {QStringLiteral("rft"), core::MethodType::Reinforcement}};
    if (!methods.contains(method))
        return usage(QStringLiteral("--method must be sft, dpo or rft"));
    req.method = core::Method::ofType(methods.value(method));
    if (m_parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const qint64 seed = m_parser.value(QStringLiteral("seed")).toLongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be an integer"));
        req.seed = seed;
    }
    core::Hyperparameters &h = req.method.hyperparameters;
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
        if (!readHyper(m_parser.value(QLatin1String(o.name)), o.integer, *o.target))
            return usage(
                QStringLiteral("--%1 must be auto or a%2 number")
                    .arg(QLatin1String(o.name), o.integer ? QStringLiteral("n integer") : QString()));
    }
    h.reasoningEffort = m_parser.value(QStringLiteral("reasoning-effort"));
    if (h.beta.isPresent() && req.method.type != core::MethodType::Dpo)
        return usage(QStringLiteral("--beta applies to --method dpo only"));
    const QString graderFile = m_parser.value(QStringLiteral("grader-file"));
    if (!graderFile.isEmpty()) {
        QFile f(graderFile);
        js::Json g;
        QString why;
        if (!f.open(QIODevice::ReadOnly) || !js::parse(f.readAll(), g, &why) || !g.is_object())
            return usage(
                QStringLiteral("--grader-file %1 is not a readable JSON object %2").arg(graderFile, why));
        req.method.grader = core::Grader::fromJson(g);
    }
    for (const QString &pair : m_parser.values(QStringLiteral("metadata"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return usage(QStringLiteral("--metadata takes key=value, not \"%1\"").arg(pair));
        req.metadata.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (m_parser.isSet(QStringLiteral("wandb-project"))) {
        core::Integration i;
        i.project = m_parser.value(QStringLiteral("wandb-project"));
        req.integrations << i;
    }
    req.trainingType = m_parser.value(QStringLiteral("training-type"));
    if (!req.trainingType.isEmpty() && !m_client->connection().isAzure())
        return usage(QStringLiteral("--training-type applies to Azure connections only"));

    m_client->jobs().create(req, this, [this](core::Result<core::FineTuningJob> job) {
        if (!job)
            return fail(job.error());
        if (m_json)
            printJson(job.value().toJson());
        else
            printLine(describe(job.value()));
        finish(0);
    });
}

void Ctl::jobsList()
{
    api::fetchAll<core::FineTuningJob>(
        [this](const QString &after, api::Callback<core::Page<core::FineTuningJob>> cb) {
            return m_client->jobs().list({after, 100, {}}, this, std::move(cb));
        },
        [this](core::Result<core::Page<core::FineTuningJob>> page) {
            if (!page)
                return fail(page.error());
            if (m_json) {
                printJson(core::pageToJson(page.value()));
            } else {
                Table t({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("METHOD"),
                         QStringLiteral("MODEL"), QStringLiteral("CREATED"),
                         QStringLiteral("FINE-TUNED MODEL")});
                for (const auto &j : page.value().data)
                    t.add({j.id, j.status, core::methodTypeName(j.methodType()), j.model,
                           Table::time(j.createdAt), j.fineTunedModel});
                printLine(t.render());
            }
            finish(0);
        });
}

void Ctl::jobsShow(const QString &id)
{
    m_client->jobs().get(id, this, [this](core::Result<core::FineTuningJob> job) {
        if (!job)
            return fail(job.error());
        if (m_json)
            printJson(job.value().toJson());
        else
            printLine(describe(job.value()));
        finish(0);
    });
}

void Ctl::jobsEvents(const QString &id)
{
    api::fetchAll<core::JobEvent>(
        [this, id](const QString &after, api::Callback<core::Page<core::JobEvent>> cb) {
            return m_client->jobs().events(id, {after, 100}, this, std::move(cb));
        },
        [this](core::Result<core::Page<core::JobEvent>> page) {
            if (!page)
                return fail(page.error());
            if (m_json) {
                printJson(core::pageToJson(page.value()));
            } else {
                const auto &events = page.value().data;
                for (auto it = events.crbegin(); it != events.crend(); ++it)
                    printLine(QStringLiteral("%1  %2  %3")
                                  .arg(Table::time(it->createdAt), it->level.leftJustified(7), it->message));
            }
            finish(0);
        });
}

void Ctl::jobsCheckpoints(const QString &id)
{
    api::fetchAll<core::Checkpoint>(
        [this, id](const QString &after, api::Callback<core::Page<core::Checkpoint>> cb) {
            return m_client->jobs().checkpoints(id, {after, 100}, this, std::move(cb));
        },
        [this](core::Result<core::Page<core::Checkpoint>> page) {
            if (!page)
                return fail(page.error());
            if (m_json) {
                printJson(core::pageToJson(page.value()));
            } else {
                Table t({QStringLiteral("ID"), QStringLiteral("STEP"), QStringLiteral("MODEL"),
                         QStringLiteral("METRICS")});
                for (const auto &c : page.value().data) {
                    QStringList metrics;
                    for (auto it = c.metrics.begin(); it != c.metrics.end(); ++it)
                        if (it.key() != u"step")
                            metrics << QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'g', 5);
                    t.add({c.id, QString::number(c.stepNumber), c.fineTunedModelCheckpoint,
                           metrics.join(QStringLiteral(" "))});
                }
                printLine(t.render());
            }
            finish(0);
        });
}

void Ctl::jobsAction(const QString &verb, const QString &id)
{
    auto done = [this, verb](core::Result<core::FineTuningJob> job) {
        if (!job)
            return fail(job.error());
        if (m_json)
            printJson(job.value().toJson());
        else
            printLine(QStringLiteral("%1: %2").arg(job.value().id, job.value().status));
        finish(0);
    };
    if (verb == u"pause")
        m_client->jobs().pause(id, this, done);
    else if (verb == u"resume")
        m_client->jobs().resume(id, this, done);
    else
        m_client->jobs().cancel(id, this, done);
}

void Ctl::jobsWait(const QString &id)
{
    pollJob(id, QDateTime::currentMSecsSinceEpoch() + timeoutMs(24 * 3600), {});
}

void Ctl::pollJob(const QString &id, qint64 deadlineMs, const QString &lastStatus)
{
    m_client->jobs().get(id, this, [this, id, deadlineMs, lastStatus](core::Result<core::FineTuningJob> r) {
        if (!r && r.error().isTransient() && QDateTime::currentMSecsSinceEpoch() < deadlineMs) {
            // A flaky network is no reason to stop watching: ask again at the next poll.
            note(QStringLiteral("ftctl: %1; still waiting").arg(r.error().toString()));
            return QTimer::singleShot(pollIntervalMs(), this, [this, id, deadlineMs, lastStatus] {
                pollJob(id, deadlineMs, lastStatus);
            });
        }
        if (!r)
            return fail(r.error());
        const core::FineTuningJob &job = r.value();
        if (job.status != lastStatus && !m_json)
            note(QStringLiteral("%1  %2").arg(
                QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), job.status));
        if (core::isTerminal(job.state())) {
            if (m_json)
                printJson(job.toJson());
            else
                printLine(describe(job));
            if (job.state() != core::JobState::Succeeded) {
                note(QStringLiteral("ftctl: job %1 %2%3")
                         .arg(job.id, job.status,
                              job.error.isSet() ? QStringLiteral(": ") + job.error.message : QString()));
                finish(1);
            } else {
                finish(0);
            }
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() > deadlineMs) {
            note(QStringLiteral("ftctl: timed out waiting for %1 (status %2)").arg(job.id, job.status));
            finish(1);
            return;
        }
        QTimer::singleShot(pollIntervalMs(), this,
                           [this, id, deadlineMs, status = job.status] { pollJob(id, deadlineMs, status); });
    });
}

} // namespace ft::cli
