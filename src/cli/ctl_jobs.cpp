// ftctl jobs create | list | show | events | checkpoints | pause | resume | cancel | wait

#include "clientgroups.h"

#include "jobrequestoptions.h"
#include "table.h"

#include "api/client.h"
#include "api/pager.h"

#include "core/pagejson.h"

#include <QDateTime>
#include <QTimer>

namespace ft::cli {

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

class JobsCommands final : public ClientCommand
{
public:
    using ClientCommand::ClientCommand;

    void create(const QStringList &)
    {
        core::CreateJobRequest req;
        if (const QString problem = readCreateJobRequest(m_parser, m_client->connection().isAzure(), req);
            !problem.isEmpty())
            return usage(problem);
        m_client->jobs().create(req, this, shown<core::FineTuningJob>(describe));
    }

    void list(const QStringList &)
    {
        fetchAllThen<core::FineTuningJob>(
            [this](const QString &after, api::Callback<core::Page<core::FineTuningJob>> cb) {
                return m_client->jobs().list({after, 100, {}}, this, std::move(cb));
            },
            [this](const core::Page<core::FineTuningJob> &page) {
                Table t({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("METHOD"),
                         QStringLiteral("MODEL"), QStringLiteral("CREATED"),
                         QStringLiteral("FINE-TUNED MODEL")});
                for (const auto &j : page.data)
                    t.add({j.id, j.status, core::methodTypeName(j.methodType()), j.model,
                           Table::time(j.createdAt), j.fineTunedModel});
                done(core::pageToJson(page), t);
            });
    }

    void show(const QStringList &args)
    {
        m_client->jobs().get(args[0], this, shown<core::FineTuningJob>(describe));
    }

    void events(const QStringList &args)
    {
        fetchAllThen<core::JobEvent>(
            [this, id = args[0]](const QString &after, api::Callback<core::Page<core::JobEvent>> cb) {
                return m_client->jobs().events(id, {after, 100}, this, std::move(cb));
            },
            [this](const core::Page<core::JobEvent> &page) {
                if (m_json) {
                    printJson(core::pageToJson(page));
                } else {
                    const auto &events = page.data; // newest first: printed oldest first
                    for (auto it = events.crbegin(); it != events.crend(); ++it)
                        printLine(
                            QStringLiteral("%1  %2  %3")
                                .arg(Table::time(it->createdAt), it->level.leftJustified(7), it->message));
                }
                finish(0);
            });
    }

    void checkpoints(const QStringList &args)
    {
        fetchAllThen<core::Checkpoint>(
            [this, id = args[0]](const QString &after, api::Callback<core::Page<core::Checkpoint>> cb) {
                return m_client->jobs().checkpoints(id, {after, 100}, this, std::move(cb));
            },
            [this](const core::Page<core::Checkpoint> &page) {
                Table t({QStringLiteral("ID"), QStringLiteral("STEP"), QStringLiteral("MODEL"),
                         QStringLiteral("METRICS")});
                for (const auto &c : page.data) {
                    QStringList metrics;
                    for (auto it = c.metrics.begin(); it != c.metrics.end(); ++it)
                        if (it.key() != u"step")
                            metrics << QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'g', 5);
                    t.add({c.id, QString::number(c.stepNumber), c.fineTunedModelCheckpoint,
                           metrics.join(QStringLiteral(" "))});
                }
                done(core::pageToJson(page), t);
            });
    }

    void pause(const QStringList &args) { m_client->jobs().pause(args[0], this, actionDone()); }

    void resume(const QStringList &args) { m_client->jobs().resume(args[0], this, actionDone()); }

    void cancel(const QStringList &args) { m_client->jobs().cancel(args[0], this, actionDone()); }

    void wait(const QStringList &args)
    {
        pollJob(args[0], QDateTime::currentMSecsSinceEpoch() + timeoutMs(24 * 3600), {});
    }

private:
    // What ends pause, resume and cancel: the job as the service left it.
    api::Callback<core::FineTuningJob> actionDone()
    {
        return shown<core::FineTuningJob>(
            [](const core::FineTuningJob &job) { return QStringLiteral("%1: %2").arg(job.id, job.status); });
    }

    void pollJob(const QString &id, qint64 deadlineMs, const QString &lastStatus)
    {
        m_client->jobs().get(
            id, this, [this, id, deadlineMs, lastStatus](core::Result<core::FineTuningJob> r) {
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
                if (job.status != lastStatus)
                    noteProgress(job.status);
                if (core::isTerminal(job.state()))
                    return jobEnded(job);
                if (QDateTime::currentMSecsSinceEpoch() > deadlineMs) {
                    note(QStringLiteral("ftctl: timed out waiting for %1 (status %2)")
                             .arg(job.id, job.status));
                    return finish(1);
                }
                QTimer::singleShot(pollIntervalMs(), this, [this, id, deadlineMs, status = job.status] {
                    pollJob(id, deadlineMs, status);
                });
            });
    }

    // jobs wait succeeds only when the job did.
    void jobEnded(const core::FineTuningJob &job)
    {
        m_out.print(job.toJson(), describe(job));
        if (job.state() == core::JobState::Succeeded)
            return finish(0);
        note(QStringLiteral("ftctl: job %1 %2%3")
                 .arg(job.id, job.status,
                      job.error.isSet() ? QStringLiteral(": ") + job.error.message : QString()));
        finish(1);
    }
};
} // namespace

void addJobsCommands(CommandRegistry &registry, const ClientSource &client)
{
    using Kind = core::PathSegment::Kind;
    addClientGroup<JobsCommands>(
        registry, QStringLiteral("jobs"),
        QStringLiteral(
            "  jobs create --model M --training-file ID [...] | jobs list | jobs show ID | jobs events ID\n"
            "  jobs checkpoints ID | jobs pause ID | jobs resume ID | jobs cancel ID | jobs wait ID\n"),
        client,
        {{"create", 0, "options only", {}, &JobsCommands::create},
         {"list", 0, "no argument", {}, &JobsCommands::list},
         {"show", 1, "ID", Kind::JobId, &JobsCommands::show},
         {"events", 1, "ID", Kind::JobId, &JobsCommands::events},
         {"checkpoints", 1, "ID", Kind::JobId, &JobsCommands::checkpoints},
         {"pause", 1, "ID", Kind::JobId, &JobsCommands::pause},
         {"resume", 1, "ID", Kind::JobId, &JobsCommands::resume},
         {"cancel", 1, "ID", Kind::JobId, &JobsCommands::cancel},
         {"wait", 1, "ID", Kind::JobId, &JobsCommands::wait}});
}

} // namespace ft::cli
