// The real client against the real emulator over loopback HTTP, fine-tuning jobs: for each service
// kind, the lifecycle, the service's refusals (400 with its message, 401, 404), paging and filters,
// pause/resume/cancel rules, checkpoint copy (Azure v1) and the grader check.

#include "datagen.h"
#include "emulatorfixture.h"
#include "waiting.h"

#include "api/pager.h"

#include "core/jsonutil.h"

#include <QSet>
#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

class TestClientRoutesJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jobs_lifecycle_data() { test::EmulatorFixture::addKindRows(); }
    void jobs_lifecycle();
    void jobs_createErrors_data() { test::EmulatorFixture::addKindRows(); }
    void jobs_createErrors();
    void jobs_pauseResumeCancelRules_data() { test::EmulatorFixture::addKindRows(); }
    void jobs_pauseResumeCancelRules();
    void jobs_listPagingAndMetadataFilter_data() { test::EmulatorFixture::addKindRows(); }
    void jobs_listPagingAndMetadataFilter();
    void jobs_checkpointCopy_azureV1Only();
    void graders_validate();

private:
    test::EmulatorFixture m_emu;
};

void TestClientRoutesJobs::initTestCase()
{
    QString error;
    QVERIFY2(m_emu.start(test::EmulatorFixture::keyed(), &error), qPrintable(error));
}

void TestClientRoutesJobs::jobs_lifecycle()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const core::File train = m_emu.uploadReady(c, test::sftJsonl(12), QStringLiteral("t.jsonl"));
    const core::File valid = m_emu.uploadReady(c, test::sftJsonl(4, 3), QStringLiteral("v.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini");
    req.trainingFile = train.id;
    req.validationFile = valid.id;
    req.suffix = QStringLiteral("life-cycle");
    req.seed = 11;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(2);
    req.method.hyperparameters.learningRateMultiplier = core::HyperParam::real(0.5);
    req.metadata.insert(QStringLiteral("run"), QStringLiteral("lifecycle"));
    if (Kind(kind) != Kind::OpenAI)
        req.trainingType = QStringLiteral("globalStandard");
    const core::FineTuningJob created = m_emu.createJob(c, req);
    QVERIFY(created.id.startsWith(QStringLiteral("ftjob-")));
    QVERIFY(created.state() == core::JobState::Validating || created.state() == core::JobState::Queued);
    QCOMPARE(created.suffix, QStringLiteral("life-cycle"));
    QCOMPARE(created.seed.value_or(-1), 11);

    const core::FineTuningJob done = m_emu.waitForState(c, created.id, core::JobState::Succeeded);
    QCOMPARE(done.state(), core::JobState::Succeeded);
    QVERIFY(!done.fineTunedModel.isEmpty());
    if (Kind(kind) == Kind::OpenAI)
        QVERIFY(done.fineTunedModel.startsWith(QStringLiteral("ft:gpt-4.1-mini-2025-04-14:")));
    else
        QVERIFY(done.fineTunedModel.endsWith(QStringLiteral("-life-cycle")));
    QCOMPARE(done.effectiveHyperparameters().nEpochs.number(), 2.0);
    QCOMPARE(done.resultFiles.size(), 1);
    QVERIFY(done.trainedTokens.value_or(0) > 0);

    auto events = await<core::Page<core::JobEvent>>([&](auto cb) {
        api::fetchAll<core::JobEvent>(
            [&](const QString &after, auto pcb) {
                return c.jobs().events(done.id, {after, 5}, this, pcb);
            },
            cb);
    });
    QVERIFY(events);
    QVERIFY(events.value().data.size() > 10);
    QVERIFY(events.value().data.first().message.contains(QStringLiteral("completed"))); // newest first
    QVERIFY(std::any_of(events.value().data.begin(), events.value().data.end(),
                        [](const auto &e) { return e.isMetrics(); }));

    auto checkpoints =
        await<core::Page<core::Checkpoint>>([&](auto cb) { c.jobs().checkpoints(done.id, {}, this, cb); });
    QVERIFY(checkpoints);
    QCOMPARE(checkpoints.value().data.size(), 2); // one per epoch
    const core::Checkpoint &last = checkpoints.value().data.first();
    QVERIFY(last.id.startsWith(QStringLiteral("ftchkpt-")));
    QVERIFY(last.fineTunedModelCheckpoint.startsWith(done.fineTunedModel + QStringLiteral(":ckpt-step-")));
    QVERIFY(last.metrics.contains(QStringLiteral("full_valid_loss")));
    auto page = await<core::Page<core::Checkpoint>>([&](auto cb) {
        c.jobs().checkpoints(done.id, {{}, 1}, this, cb);
    });
    QCOMPARE(page.value().data.size(), 1);
    QVERIFY(page.value().hasMore);

    auto results = await<QByteArray>([&](auto cb) { c.files().content(done.resultFiles.first(), this, cb); });
    QVERIFY(results);
    QVERIFY(results.value().startsWith("step,train_loss,"));
    // As the service labels it: every file's content, results.csv too, is application/octet-stream.
    api::PendingCall *raw = c.transport().send(api::Transport::get(
        c.connection().url(QStringLiteral("/files/%1/content").arg(done.resultFiles.first()))));
    QVERIFY(QTest::qWaitFor([&] { return raw->isFinished(); }, 10000));
    QCOMPARE(raw->header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(raw->body(), results.value());
    raw->deleteLater();

    auto missing =
        await<core::FineTuningJob>([&](auto cb) { c.jobs().get(QStringLiteral("ftjob-nope"), this, cb); });
    QCOMPARE(missing.error().httpStatus, 404);
    auto missingEvents = await<core::Page<core::JobEvent>>(
        [&](auto cb) { c.jobs().events(QStringLiteral("ftjob-nope"), {}, this, cb); });
    QCOMPARE(missingEvents.error().httpStatus, 404);
    auto missingCkpt = await<core::Page<core::Checkpoint>>(
        [&](auto cb) { c.jobs().checkpoints(QStringLiteral("ftjob-nope"), {}, this, cb); });
    QCOMPARE(missingCkpt.error().httpStatus, 404);

    if (Kind(kind) == Kind::AzureClassic) {
        auto removed = await<core::Nothing>([&](auto cb) { c.jobs().remove(done.id, this, cb); });
        QVERIFY2(removed, qPrintable(removed.error().toString()));
        QCOMPARE(
            await<core::FineTuningJob>([&](auto cb) { c.jobs().get(done.id, this, cb); }).error().httpStatus,
            404);
    }
}

void TestClientRoutesJobs::jobs_createErrors()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const bool azure = Kind(kind) != Kind::OpenAI;
    const core::File train = m_emu.uploadReady(c, test::sftJsonl(12), QStringLiteral("e.jsonl"));
    auto attempt = [&](const std::function<void(core::CreateJobRequest &)> &change) {
        core::CreateJobRequest req;
        req.model = QStringLiteral("gpt-4.1-mini");
        req.trainingFile = train.id;
        change(req);
        return await<core::FineTuningJob>([&](auto cb) { c.jobs().create(req, this, cb); });
    };
    struct Case
    {
        const char *name;
        std::function<void(core::CreateJobRequest &)> change;
        const char *fragment;
    };
    const QList<Case> cases{
        {"bad suffix", [&](auto &r) { r.suffix = azure ? QStringLiteral("has.dot") : QString(65, u'x'); },
         "suffix"},
        {"unknown model", [](auto &r) { r.model = QStringLiteral("gpt-9-ultra"); },
         azure ? "base model" : "gpt-9-ultra"},
        {"method not supported",
         [](auto &r) { r.method = core::Method::ofType(core::MethodType::Reinforcement); }, "reinforcement"},
        {"missing file", [](auto &r) { r.trainingFile = QStringLiteral("file-nope"); }, "file-nope"},
        {"epochs out of range",
         [](auto &r) { r.method.hyperparameters.nEpochs = core::HyperParam::integer(0); }, "n_epochs"},
        {"seed out of range", [](auto &r) { r.seed = -5; }, "seed"},
        {"rft without validation",
         [](auto &r) {
             r.model = QStringLiteral("o4-mini");
             r.method = core::Method::ofType(core::MethodType::Reinforcement);
             core::js::Json g;
             core::js::parse(test::stringCheckGrader(), g);
             r.method.grader = core::Grader::fromJson(g);
         },
         "validation file"},
    };
    for (const Case &k : cases) {
        auto r = attempt(k.change);
        QVERIFY2(!r, k.name);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY2(r.error().message.contains(QLatin1String(k.fragment), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(k.name), r.error().message)));
    }
    if (azure) {
        auto tier = attempt([](auto &r) {
            r.model = QStringLiteral("gpt-4o");
            r.trainingType = QStringLiteral("developerTier");
        });
        QCOMPARE(tier.error().httpStatus, 400);
        QVERIFY(tier.error().message.contains(QStringLiteral("developerTier")));
    }
    api::Client &wrong = m_emu.client(Kind(kind), QStringLiteral("nope"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini");
    req.trainingFile = train.id;
    QCOMPARE(
        await<core::FineTuningJob>([&](auto cb) { wrong.jobs().create(req, this, cb); }).error().httpStatus,
        401);
}

void TestClientRoutesJobs::jobs_pauseResumeCancelRules()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const core::File train = m_emu.uploadReady(c, test::sftJsonl(60), QStringLiteral("p.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4o-mini");
    req.trainingFile = train.id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(25);
    const core::FineTuningJob job = m_emu.createJob(c, req);

    // Not running yet: pause is refused with the service's message.
    auto early = await<core::FineTuningJob>([&](auto cb) { c.jobs().pause(job.id, this, cb); });
    QVERIFY(!early);
    QCOMPARE(early.error().httpStatus, 400);
    QVERIFY(early.error().message.contains(QStringLiteral("paused")));
    auto notPaused = await<core::FineTuningJob>([&](auto cb) { c.jobs().resume(job.id, this, cb); });
    QCOMPARE(notPaused.error().httpStatus, 400);

    // Once it has trained a step it can be paused, and resumed.
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto ev =
                await<core::Page<core::JobEvent>>([&](auto cb) { c.jobs().events(job.id, {}, this, cb); });
            return ev && std::any_of(ev.value().data.begin(), ev.value().data.end(), [](const auto &e) {
                       return e.isMetrics();
                   });
        },
        20000));
    auto paused = await<core::FineTuningJob>([&](auto cb) { c.jobs().pause(job.id, this, cb); });
    QVERIFY2(paused, qPrintable(paused.error().toString()));
    QCOMPARE(paused.value().state(), core::JobState::Paused);
    QTest::qWait(300);
    QCOMPARE(m_emu.waitForState(c, job.id, core::JobState::Paused, 1000).state(), core::JobState::Paused);
    auto resumed = await<core::FineTuningJob>([&](auto cb) { c.jobs().resume(job.id, this, cb); });
    QVERIFY2(resumed, qPrintable(resumed.error().toString()));
    QVERIFY(resumed.value().state() == core::JobState::Running
            || resumed.value().state() == core::JobState::Queued);

    auto cancelled = await<core::FineTuningJob>([&](auto cb) { c.jobs().cancel(job.id, this, cb); });
    QVERIFY2(cancelled, qPrintable(cancelled.error().toString()));
    QCOMPARE(cancelled.value().state(), core::JobState::Cancelled);
    auto again = await<core::FineTuningJob>([&](auto cb) { c.jobs().cancel(job.id, this, cb); });
    QCOMPARE(again.error().httpStatus, 400);

    // Cancel from queued (validating counts as not yet running).
    const core::FineTuningJob queued = m_emu.createJob(c, req);
    auto cancelQueued = await<core::FineTuningJob>([&](auto cb) { c.jobs().cancel(queued.id, this, cb); });
    QVERIFY(cancelQueued);
    QCOMPARE(cancelQueued.value().state(), core::JobState::Cancelled);
    QCOMPARE(
        await<core::FineTuningJob>([&](auto cb) { c.jobs().pause(QStringLiteral("ftjob-nope"), this, cb); })
            .error()
            .httpStatus,
        404);
}

void TestClientRoutesJobs::jobs_listPagingAndMetadataFilter()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const core::File train = m_emu.uploadReady(c, test::sftJsonl(12), QStringLiteral("m.jsonl"));
    const QString tag = QStringLiteral("tag-%1").arg(kind);
    for (int i = 0; i < 3; ++i) {
        core::CreateJobRequest req;
        req.model = QStringLiteral("gpt-4.1-nano");
        req.trainingFile = train.id;
        req.metadata.insert(QStringLiteral("batch"), tag);
        m_emu.createJob(c, req);
    }
    auto all = await<core::Page<core::FineTuningJob>>([&](auto cb) {
        api::fetchAll<core::FineTuningJob>(
            [&](const QString &after, auto pcb) {
                return c.jobs().list({after, 1, {}}, this, pcb);
            },
            cb);
    });
    QVERIFY(all);
    QVERIFY(all.value().data.size() >= 3);
    QSet<QString> ids;
    for (const auto &j : all.value().data)
        ids.insert(j.id);
    QCOMPARE(ids.size(), all.value().data.size()); // paging returns each job once

    if (Kind(kind) == Kind::AzureClassic)
        return; // classic has no metadata
    auto filtered = await<core::Page<core::FineTuningJob>>([&](auto cb) {
        c.jobs().list({{}, 100, {{QStringLiteral("batch"), tag}}}, this, cb);
    });
    QVERIFY(filtered);
    QCOMPARE(filtered.value().data.size(), 3);
    auto badLimit = await<core::Page<core::FineTuningJob>>([&](auto cb) {
        c.jobs().list({{}, 1000, {}}, this, cb);
    });
    QCOMPARE(badLimit.error().httpStatus, 400);
}

void TestClientRoutesJobs::jobs_checkpointCopy_azureV1Only()
{
    api::Client &c = m_emu.client(Kind::AzureV1);
    const core::FineTuningJob done =
        m_emu.trainedJob(c, QStringLiteral("gpt-4.1-mini"), 2, QStringLiteral("copy.jsonl"));
    QCOMPARE(done.state(), core::JobState::Succeeded);
    auto ckpts =
        await<core::Page<core::Checkpoint>>([&](auto cb) { c.jobs().checkpoints(done.id, {}, this, cb); });
    QVERIFY(ckpts && !ckpts.value().data.isEmpty());
    const core::Checkpoint ckpt = ckpts.value().data.first();
    const QString destination = QStringLiteral(
        "/subscriptions/s2/resourceGroups/g2/providers/Microsoft.CognitiveServices/accounts/a2");

    auto started = await<core::CheckpointCopy>([&](auto cb) {
        c.jobs().copyCheckpoint(done.id, ckpt.id, destination, QStringLiteral("swedencentral"), this, cb);
    });
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    QCOMPARE(started.value().checkpointedModelName, ckpt.fineTunedModelCheckpoint);
    QCOMPARE(started.value().fineTuningJobId, done.id);
    QCOMPARE(started.value().copiedAccountDetails.size(), 1);
    QCOMPARE(started.value().copiedAccountDetails.first().destinationResourceId, destination);
    core::CheckpointCopy last;
    QVERIFY(test::waitUntil([&] {
        auto s = await<core::CheckpointCopy>(
            [&](auto cb) { c.jobs().checkpointCopyStatus(done.id, ckpt.id, this, cb); });
        if (s)
            last = s.value();
        return last.isFinished();
    }));
    QCOMPARE(last.copiedAccountDetails.first().status, QStringLiteral("Completed"));

    // Bad destination: the service's 400; unknown checkpoint: 404; other services: refused locally.
    auto bad = await<core::CheckpointCopy>([&](auto cb) {
        c.jobs().copyCheckpoint(done.id, ckpt.id, QStringLiteral("acct"), QStringLiteral("x"), this, cb);
    });
    QVERIFY(!bad);
    QCOMPARE(bad.error().httpStatus, 400);
    auto missing = await<core::CheckpointCopy>(
        [&](auto cb) { c.jobs().checkpointCopyStatus(done.id, QStringLiteral("ftchkpt-nope"), this, cb); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
    auto openai = await<core::CheckpointCopy>([&](auto cb) {
        m_emu.client(Kind::OpenAI)
            .jobs()
            .copyCheckpoint(done.id, ckpt.id, destination, QStringLiteral("x"), this, cb);
    });
    QVERIFY(!openai);
    QCOMPARE(openai.error().httpStatus, 0);
}

void TestClientRoutesJobs::graders_validate()
{
    api::Client &c = m_emu.client(Kind::AzureV1);
    core::js::Json g;
    core::js::parse(test::stringCheckGrader(), g);
    auto ok =
        await<core::Grader>([&](auto cb) { c.jobs().validateGrader(core::Grader::fromJson(g), this, cb); });
    QVERIFY2(ok, qPrintable(ok.error().toString()));
    QCOMPARE(ok.value().name, QStringLiteral("exact capital"));
    g["operation"] = "contains";
    auto bad =
        await<core::Grader>([&](auto cb) { c.jobs().validateGrader(core::Grader::fromJson(g), this, cb); });
    QCOMPARE(bad.error().httpStatus, 400);
    QVERIFY(bad.error().message.contains(QStringLiteral("operation")));
}

QTEST_GUILESS_MAIN(TestClientRoutesJobs)
#include "tst_client_routes_jobs.moc"
