// The real client against the real emulator over loopback HTTP: every route, for each service kind,
// the happy path and the service's errors (401, 404, 400 with its message).

#include "datagen.h"
#include "hostileserver.h"
#include "waiting.h"

#include "api/chunkeduploader.h"
#include "api/client.h"
#include "api/pager.h"
#include "emulator/emulator.h"

#include "core/jsonutil.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

namespace {
constexpr const char *kKey = "test-key";
constexpr const char *kArmToken = "arm-token";
} // namespace

class TestClientRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void files_uploadListGetContentDelete_data() { kinds(); }
    void files_uploadListGetContentDelete();
    void files_errors_data() { kinds(); }
    void files_errors();
    void files_importFromUrl_classicOnly_data() { kinds(); }
    void files_importFromUrl_classicOnly();
    void uploads_partsCompleteCancel_data() { kinds(); }
    void uploads_partsCompleteCancel();
    void jobs_lifecycle_data() { kinds(); }
    void jobs_lifecycle();
    void jobs_createErrors_data() { kinds(); }
    void jobs_createErrors();
    void jobs_pauseResumeCancelRules_data() { kinds(); }
    void jobs_pauseResumeCancelRules();
    void jobs_listPagingAndMetadataFilter_data() { kinds(); }
    void jobs_listPagingAndMetadataFilter();
    void jobs_checkpointCopy_azureV1Only();
    void graders_validate();
    void models_listGetDelete_data() { kinds(); }
    void models_listGetDelete();
    void deployments_arm();
    void chat_throughEachService_data() { kinds(); }
    void chat_throughEachService();
    void everyRoute_wrongKey_gets401_data();
    void everyRoute_wrongKey_gets401();
    void everyRoute_unknownId_gets404_data();
    void everyRoute_unknownId_gets404();
    void wire_statusCodesAndHeadersPerService();
    void wire_errorShapesPerService();

private:
    static void kinds();
    api::Client &client(Kind kind, const QString &key = QString::fromLatin1(kKey));
    core::File uploadReady(api::Client &c, const QByteArray &content,
                           const QString &name = QStringLiteral("train.jsonl"));
    core::FineTuningJob createJob(api::Client &c, core::CreateJobRequest req);
    core::FineTuningJob waitForState(api::Client &c, const QString &id, core::JobState state,
                                     int timeoutMs = 20000);
    core::ApiError expectError(const std::function<void(api::Callback<core::Nothing>)> &start);

    QTemporaryDir m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::vector<std::unique_ptr<api::Client>> m_clients;
};

void TestClientRoutes::kinds()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("azure v1") << int(Kind::AzureV1);
    QTest::newRow("azure classic") << int(Kind::AzureClassic);
    QTest::newRow("openai") << int(Kind::OpenAI);
}

void TestClientRoutes::initTestCase()
{
    emu::Emulator::Options o;
    o.dataDir = m_dir.path();
    o.speed = 400;
    o.apiKey = QString::fromLatin1(kKey);
    o.armToken = QString::fromLatin1(kArmToken);
    o.import.allowLoopback = true;
    m_emulator = std::make_unique<emu::Emulator>(o);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
}

void TestClientRoutes::init()
{
    m_clients.clear();
}

api::Client &TestClientRoutes::client(Kind kind, const QString &key)
{
    api::Connection c;
    c.kind = kind;
    c.endpoint = m_emulator->baseUrl();
    c.secret = key;
    c.arm.endpoint = m_emulator->baseUrl();
    c.arm.subscription = QStringLiteral("sub-1");
    c.arm.resourceGroup = QStringLiteral("rg-1");
    c.arm.account = QStringLiteral("acct-1");
    c.arm.token = QString::fromLatin1(kArmToken);
    m_clients.push_back(std::make_unique<api::Client>(c));
    return *m_clients.back();
}

core::File TestClientRoutes::uploadReady(api::Client &c, const QByteArray &content, const QString &name)
{
    const QString path = test::writeFile(m_dir.filePath(name), content);
    auto up =
        await<core::File>([&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    if (!up)
        qFatal("upload failed: %s", qPrintable(up.error().toString()));
    core::File f = up.value();
    (void)QTest::qWaitFor(
        [&] {
            auto got = await<core::File>([&](auto cb) { c.files().get(f.id, this, cb); });
            if (got)
                f = got.value();
            return f.isReady();
        },
        10000);
    return f;
}

core::FineTuningJob TestClientRoutes::createJob(api::Client &c, core::CreateJobRequest req)
{
    auto job = await<core::FineTuningJob>([&](auto cb) { c.jobs().create(req, this, cb); });
    if (!job)
        qFatal("create failed: %s", qPrintable(job.error().toString()));
    return job.value();
}

core::FineTuningJob TestClientRoutes::waitForState(api::Client &c, const QString &id, core::JobState state,
                                                   int timeoutMs)
{
    core::FineTuningJob last;
    (void)QTest::qWaitFor(
        [&] {
            auto j = await<core::FineTuningJob>([&](auto cb) { c.jobs().get(id, this, cb); });
            if (j)
                last = j.value();
            return last.state() == state || core::isTerminal(last.state());
        },
        timeoutMs);
    return last;
}

void TestClientRoutes::files_uploadListGetContentDelete()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const QByteArray content = test::sftJsonl(12);
    const core::File f = uploadReady(c, content);
    QVERIFY(f.id.startsWith(QStringLiteral("file-")));
    QCOMPARE(f.filename, QStringLiteral("train.jsonl"));
    QCOMPARE(f.purpose, QStringLiteral("fine-tune"));
    QCOMPARE(f.bytes.value_or(0), content.size());
    QCOMPARE(f.status, QStringLiteral("processed"));

    auto all = await<core::Page<core::File>>([&](auto cb) {
        api::fetchAll<core::File>(
            [&](const QString &after, auto pcb) {
                return c.files().list({{}, after, 2, {}}, this, pcb);
            },
            cb);
    });
    QVERIFY2(all, qPrintable(all.error().toString()));
    QVERIFY(std::any_of(all.value().data.begin(), all.value().data.end(),
                        [&](const auto &x) { return x.id == f.id; }));

    auto body = await<QByteArray>([&](auto cb) { c.files().content(f.id, this, cb); });
    QVERIFY(body);
    QCOMPARE(body.value(), content);

    const QString out = m_dir.filePath(QStringLiteral("downloaded.jsonl"));
    QVERIFY(await<core::Nothing>([&](auto cb) { c.files().download(f.id, out, this, cb); }));
    QFile dl(out);
    QVERIFY(dl.open(QIODevice::ReadOnly));
    QCOMPARE(dl.readAll(), content);

    auto deleted = await<core::Deleted>([&](auto cb) { c.files().remove(f.id, this, cb); });
    QVERIFY(deleted);
    QVERIFY(deleted.value().deleted);
    QCOMPARE(deleted.value().id, f.id);
    auto gone = await<core::File>([&](auto cb) { c.files().get(f.id, this, cb); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().httpStatus, 404);
    QVERIFY(gone.error().message.contains(f.id));
}

void TestClientRoutes::files_errors()
{
    QFETCH(int, kind);
    api::Client &wrong = client(Kind(kind), QStringLiteral("not-the-key"));
    auto denied = await<core::Page<core::File>>([&](auto cb) { wrong.files().list({}, this, cb); });
    QVERIFY(!denied);
    QCOMPARE(denied.error().httpStatus, 401);
    QVERIFY(!denied.error().message.isEmpty());
    QVERIFY(!denied.error().message.contains(QStringLiteral("not-the-key"))); // never echo a secret

    api::Client &c = client(Kind(kind));
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "hello");
    auto bad =
        await<core::File>([&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    QVERIFY(!bad);
    QCOMPARE(bad.error().httpStatus, 400);
    QVERIFY2(bad.error().message.contains(QStringLiteral(".jsonl")), qPrintable(bad.error().message));

    const QString jsonl = test::writeFile(m_dir.filePath(QStringLiteral("x.jsonl")), test::sftJsonl(10));
    auto purpose =
        await<core::File>([&](auto cb) { c.files().upload(jsonl, QStringLiteral("homework"), this, cb); });
    QVERIFY(!purpose);
    QCOMPARE(purpose.error().httpStatus, 400);
    QVERIFY(purpose.error().message.contains(QStringLiteral("purpose")));

    auto missing =
        await<QByteArray>([&](auto cb) { c.files().content(QStringLiteral("file-nope"), this, cb); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);

    auto local = await<core::File>([&](auto cb) {
        c.files().upload(m_dir.filePath(QStringLiteral("absent.jsonl")), QStringLiteral("fine-tune"), this,
                         cb);
    });
    QVERIFY(!local);
    QCOMPARE(local.error().kind, core::ApiError::Kind::Local);
}

void TestClientRoutes::files_importFromUrl_classicOnly()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    // A web location on loopback (the emulator runs with loopback imports allowed, as tests do).
    test::HostileServer web([](QTcpSocket *s, const QByteArray &) {
        test::answerWith(s, test::httpAnswer("200 OK", test::sftJsonl(10), "application/octet-stream"));
    });
    QUrl src = web.url();
    src.setPath(QStringLiteral("/data/remote.jsonl"));
    auto imported = await<core::File>([&](auto cb) {
        c.files().import(src, QStringLiteral("remote.jsonl"), QStringLiteral("fine-tune"), this, cb);
    });
    if (Kind(kind) != Kind::AzureClassic) {
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, core::ApiError::Kind::Local);
        QVERIFY(imported.error().message.contains(QStringLiteral("classic")));
        return;
    }
    QVERIFY2(imported, qPrintable(imported.error().toString()));
    QCOMPARE(imported.value().filename, QStringLiteral("remote.jsonl"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto f = await<core::File>([&](auto cb) { c.files().get(imported.value().id, this, cb); });
            return f && f.value().status == u"processed";
        },
        10000));
    auto body = await<QByteArray>([&](auto cb) { c.files().content(imported.value().id, this, cb); });
    QCOMPARE(body.value(), test::sftJsonl(10));
}

void TestClientRoutes::uploads_partsCompleteCancel()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const QByteArray content = test::sftJsonl(40);
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("big.jsonl")), content);

    // The whole orchestration: create, parts of 1 KiB read from disk, complete.
    api::ChunkedUploader uploader(c.uploads(), path, QStringLiteral("fine-tune"), 1024);
    qint64 lastProgress = 0;
    connect(&uploader, &api::ChunkedUploader::progress, this,
            [&](qint64 sent, qint64) { lastProgress = sent; });
    auto file = await<core::File>([&](auto cb) { uploader.start(cb); });
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(lastProgress, content.size());
    QCOMPARE(file.value().bytes.value_or(0), content.size());
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto f = await<core::File>([&](auto cb) { c.files().get(file.value().id, this, cb); });
            return f && f.value().isReady();
        },
        10000));
    auto body = await<QByteArray>([&](auto cb) { c.files().content(file.value().id, this, cb); });
    QCOMPARE(body.value(), content);

    // Byte totals must match; a cancelled upload takes nothing more.
    auto up = await<core::Upload>([&](auto cb) {
        c.uploads().create(QStringLiteral("x.jsonl"), QStringLiteral("fine-tune"), 5000,
                           QStringLiteral("text/jsonl"), this, cb);
    });
    QVERIFY(up);
    QCOMPARE(up.value().status, QStringLiteral("pending"));
    auto part =
        await<core::UploadPart>([&](auto cb) { c.uploads().addPart(up.value().id, path, 0, 100, this, cb); });
    QVERIFY2(part, qPrintable(part.error().toString()));
    QCOMPARE(part.value().uploadId, up.value().id);
    auto short_ = await<core::Upload>(
        [&](auto cb) { c.uploads().complete(up.value().id, {part.value().id}, {}, this, cb); });
    QVERIFY(!short_);
    QCOMPARE(short_.error().httpStatus, 400);
    QVERIFY(short_.error().message.contains(QStringLiteral("does not match")));
    auto cancelled = await<core::Upload>([&](auto cb) { c.uploads().cancel(up.value().id, this, cb); });
    QVERIFY(cancelled);
    QCOMPARE(cancelled.value().status, QStringLiteral("cancelled"));
    auto late =
        await<core::UploadPart>([&](auto cb) { c.uploads().addPart(up.value().id, path, 0, 10, this, cb); });
    QVERIFY(!late);
    QCOMPARE(late.error().httpStatus, 400);
    auto unknown =
        await<core::Upload>([&](auto cb) { c.uploads().cancel(QStringLiteral("upload_nope"), this, cb); });
    QCOMPARE(unknown.error().httpStatus, 404);
}

void TestClientRoutes::jobs_lifecycle()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const core::File train = uploadReady(c, test::sftJsonl(12), QStringLiteral("t.jsonl"));
    const core::File valid = uploadReady(c, test::sftJsonl(4, 3), QStringLiteral("v.jsonl"));
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
    const core::FineTuningJob created = createJob(c, req);
    QVERIFY(created.id.startsWith(QStringLiteral("ftjob-")));
    QVERIFY(created.state() == core::JobState::Validating || created.state() == core::JobState::Queued);
    QCOMPARE(created.suffix, QStringLiteral("life-cycle"));
    QCOMPARE(created.seed.value_or(-1), 11);

    const core::FineTuningJob done = waitForState(c, created.id, core::JobState::Succeeded);
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

void TestClientRoutes::jobs_createErrors()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const bool azure = Kind(kind) != Kind::OpenAI;
    const core::File train = uploadReady(c, test::sftJsonl(12), QStringLiteral("e.jsonl"));
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
    api::Client &wrong = client(Kind(kind), QStringLiteral("nope"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini");
    req.trainingFile = train.id;
    QCOMPARE(
        await<core::FineTuningJob>([&](auto cb) { wrong.jobs().create(req, this, cb); }).error().httpStatus,
        401);
}

void TestClientRoutes::jobs_pauseResumeCancelRules()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const core::File train = uploadReady(c, test::sftJsonl(60), QStringLiteral("p.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4o-mini");
    req.trainingFile = train.id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(25);
    const core::FineTuningJob job = createJob(c, req);

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
    QCOMPARE(waitForState(c, job.id, core::JobState::Paused, 1000).state(), core::JobState::Paused);
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
    const core::FineTuningJob queued = createJob(c, req);
    auto cancelQueued = await<core::FineTuningJob>([&](auto cb) { c.jobs().cancel(queued.id, this, cb); });
    QVERIFY(cancelQueued);
    QCOMPARE(cancelQueued.value().state(), core::JobState::Cancelled);
    QCOMPARE(
        await<core::FineTuningJob>([&](auto cb) { c.jobs().pause(QStringLiteral("ftjob-nope"), this, cb); })
            .error()
            .httpStatus,
        404);
}

void TestClientRoutes::jobs_listPagingAndMetadataFilter()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const core::File train = uploadReady(c, test::sftJsonl(12), QStringLiteral("m.jsonl"));
    const QString tag = QStringLiteral("tag-%1").arg(kind);
    for (int i = 0; i < 3; ++i) {
        core::CreateJobRequest req;
        req.model = QStringLiteral("gpt-4.1-nano");
        req.trainingFile = train.id;
        req.metadata.insert(QStringLiteral("batch"), tag);
        createJob(c, req);
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

void TestClientRoutes::jobs_checkpointCopy_azureV1Only()
{
    api::Client &c = client(Kind::AzureV1);
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini");
    req.trainingFile = uploadReady(c, test::sftJsonl(12), QStringLiteral("copy.jsonl")).id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(2);
    const core::FineTuningJob done = waitForState(c, createJob(c, req).id, core::JobState::Succeeded);
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
        client(Kind::OpenAI)
            .jobs()
            .copyCheckpoint(done.id, ckpt.id, destination, QStringLiteral("x"), this, cb);
    });
    QVERIFY(!openai);
    QCOMPARE(openai.error().httpStatus, 0);
}

void TestClientRoutes::graders_validate()
{
    api::Client &c = client(Kind::AzureV1);
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

void TestClientRoutes::models_listGetDelete()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(models);
    QVERIFY(models.value().data.size() >= 7);
    const QString base = Kind(kind) == Kind::OpenAI ? QStringLiteral("gpt-3.5-turbo-0125")
                                                    : QStringLiteral("gpt-35-turbo-0125");
    QVERIFY(std::any_of(models.value().data.begin(), models.value().data.end(),
                        [&](const auto &m) { return m.id == base; }));
    if (Kind(kind) != Kind::OpenAI)
        QVERIFY(models.value().data.first().can(QStringLiteral("fine_tune")));

    auto one = await<core::Model>([&](auto cb) { c.models().get(base, this, cb); });
    QVERIFY(one);
    QCOMPARE(one.value().id, base);
    auto missing = await<core::Model>([&](auto cb) { c.models().get(QStringLiteral("gpt-9"), this, cb); });
    QCOMPARE(missing.error().httpStatus, 404);
    auto baseDelete = await<core::Deleted>([&](auto cb) { c.models().remove(base, this, cb); });
    QCOMPARE(baseDelete.error().httpStatus, 403);

    // A fine-tuned model can be deleted, and is gone afterwards.
    const core::File train = uploadReady(c, test::sftJsonl(10), QStringLiteral("d.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-nano");
    req.trainingFile = train.id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(1);
    const core::FineTuningJob done = waitForState(c, createJob(c, req).id, core::JobState::Succeeded);
    QVERIFY(!done.fineTunedModel.isEmpty());
    auto ft = await<core::Model>([&](auto cb) { c.models().get(done.fineTunedModel, this, cb); });
    QVERIFY(ft);
    QVERIFY(ft.value().isFineTuned());
    auto deleted = await<core::Deleted>([&](auto cb) { c.models().remove(done.fineTunedModel, this, cb); });
    QVERIFY2(deleted, qPrintable(deleted.error().toString()));
    QVERIFY(deleted.value().deleted);
    QCOMPARE(await<core::Model>([&](auto cb) { c.models().get(done.fineTunedModel, this, cb); })
                 .error()
                 .httpStatus,
             404);
}

void TestClientRoutes::deployments_arm()
{
    api::Client &c = client(Kind::AzureV1);
    const core::File train = uploadReady(c, test::sftJsonl(12), QStringLiteral("dep.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini");
    req.trainingFile = train.id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(3);
    const core::FineTuningJob done = waitForState(c, createJob(c, req).id, core::JobState::Succeeded);
    auto checkpoints =
        await<core::Page<core::Checkpoint>>([&](auto cb) { c.jobs().checkpoints(done.id, {}, this, cb); });
    QCOMPARE(checkpoints.value().data.size(), 3);

    core::Deployment d;
    d.name = QStringLiteral("ft-dep");
    d.modelName = done.fineTunedModel;
    d.skuName = QStringLiteral("GlobalStandard");
    d.skuCapacity = 2;
    auto put = await<core::Deployment>([&](auto cb) { c.deployments().put(d, this, cb); });
    QVERIFY2(put, qPrintable(put.error().toString()));
    QCOMPARE(put.value().provisioningState, QStringLiteral("Accepted"));
    QVERIFY(put.value().id.endsWith(QStringLiteral("/deployments/ft-dep")));
    QStringList states;
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto got = await<core::Deployment>([&](auto cb) { c.deployments().get(d.name, this, cb); });
            if (got && (states.isEmpty() || states.last() != got.value().provisioningState))
                states << got.value().provisioningState;
            return got && got.value().isProvisioned();
        },
        10000));
    QCOMPARE(states.last(), QStringLiteral("Succeeded"));

    // One deployment per model; the model cannot be deleted while deployed.
    core::Deployment twin = d;
    twin.name = QStringLiteral("ft-dep-2");
    auto second = await<core::Deployment>([&](auto cb) { c.deployments().put(twin, this, cb); });
    QCOMPARE(second.error().httpStatus, 400);
    QVERIFY(second.error().message.contains(QStringLiteral("ft-dep")));
    auto refused = await<core::Deleted>([&](auto cb) { c.models().remove(done.fineTunedModel, this, cb); });
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY(refused.error().message.contains(QStringLiteral("deployment")));

    // A checkpoint by id deploys too.
    core::Deployment fromCheckpoint;
    fromCheckpoint.name = QStringLiteral("ckpt-dep");
    fromCheckpoint.modelName = checkpoints.value().data.last().id;
    QVERIFY(await<core::Deployment>([&](auto cb) { c.deployments().put(fromCheckpoint, this, cb); }));

    auto list = await<core::Page<core::Deployment>>([&](auto cb) { c.deployments().list(this, cb); });
    QVERIFY(list);
    QCOMPARE(list.value().data.size(), 2);

    // Errors: bad SKU, unknown model, unknown name, no token, wrong token.
    core::Deployment badSku = d;
    badSku.name = QStringLiteral("x1");
    badSku.skuName = QStringLiteral("Huge");
    QCOMPARE(await<core::Deployment>([&](auto cb) { c.deployments().put(badSku, this, cb); }).error().code,
             QStringLiteral("InvalidSkuName"));
    core::Deployment badModel = d;
    badModel.name = QStringLiteral("x2");
    badModel.modelName = QStringLiteral("gpt-9.ft-abc");
    QCOMPARE(
        await<core::Deployment>([&](auto cb) { c.deployments().put(badModel, this, cb); }).error().httpStatus,
        400);
    auto unknown =
        await<core::Deployment>([&](auto cb) { c.deployments().get(QStringLiteral("nothing"), this, cb); });
    QCOMPARE(unknown.error().httpStatus, 404);
    api::Connection noArm = c.connection();
    noArm.arm.token.clear();
    api::Client withoutToken(noArm);
    auto local =
        await<core::Page<core::Deployment>>([&](auto cb) { withoutToken.deployments().list(this, cb); });
    QCOMPARE(local.error().kind, core::ApiError::Kind::Local);
    QVERIFY(local.error().message.contains(QStringLiteral("ARM token")));
    api::Connection wrongArm = c.connection();
    wrongArm.arm.token = QStringLiteral("stolen");
    api::Client wrongToken(wrongArm);
    QCOMPARE(await<core::Page<core::Deployment>>([&](auto cb) { wrongToken.deployments().list(this, cb); })
                 .error()
                 .httpStatus,
             401);

    // Delete the deployments, then the model.
    QVERIFY(await<core::Nothing>([&](auto cb) { c.deployments().remove(d.name, this, cb); }));
    QVERIFY(await<core::Nothing>([&](auto cb) { c.deployments().remove(fromCheckpoint.name, this, cb); }));
    QVERIFY(await<core::Deleted>([&](auto cb) { c.models().remove(done.fineTunedModel, this, cb); }));
}

void TestClientRoutes::chat_throughEachService()
{
    QFETCH(int, kind);
    api::Client &c = client(Kind(kind));
    const core::File train = uploadReady(c, test::sftJsonl(12), QStringLiteral("chat.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-nano");
    req.trainingFile = train.id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(1);
    const core::FineTuningJob done = waitForState(c, createJob(c, req).id, core::JobState::Succeeded);

    QString target = done.fineTunedModel;
    if (Kind(kind) != Kind::OpenAI) {
        core::ChatRequest early;
        early.model = QStringLiteral("not-deployed");
        early.messages.append({QStringLiteral("user"), QStringLiteral("Hi")});
        auto missing = await<core::ChatCompletion>([&](auto cb) { c.models().chat(early, this, cb); });
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().code, QStringLiteral("DeploymentNotFound"));
        target = QStringLiteral("chat-%1").arg(kind);
        core::Deployment d;
        d.name = target;
        d.modelName = done.fineTunedModel;
        QVERIFY(await<core::Deployment>([&](auto cb) { c.deployments().put(d, this, cb); }));
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto got = await<core::Deployment>([&](auto cb) { c.deployments().get(d.name, this, cb); });
                return got && got.value().isProvisioned();
            },
            10000));
    }
    core::ChatRequest ask;
    ask.model = target;
    ask.messages.append({QStringLiteral("system"), QStringLiteral("You name capitals.")});
    ask.messages.append({QStringLiteral("user"), QStringLiteral("What is the capital of Japan?")});
    auto answer = await<core::ChatCompletion>([&](auto cb) { c.models().chat(ask, this, cb); });
    QVERIFY2(answer, qPrintable(answer.error().toString()));
    QCOMPARE(answer.value().content, QStringLiteral("The capital of Japan is Tokyo."));
    QVERIFY(answer.value().usage.totalTokens > 0);
    QCOMPARE(answer.value().finishReason, QStringLiteral("stop"));
    if (Kind(kind) != Kind::OpenAI)
        QVERIFY(await<core::Nothing>([&](auto cb) { c.deployments().remove(target, this, cb); }));
}

namespace {
struct RouteRow
{
    const char *verb;
    const char *path; // {id} is replaced by an unknown id
    bool classicOnly = false;
    bool notClassic = false;
};
const RouteRow kRoutes[] = {
    {"GET", "/files"},
    {"POST", "/files"},
    {"POST", "/files/import", true},
    {"GET", "/files/{id}"},
    {"DELETE", "/files/{id}"},
    {"GET", "/files/{id}/content"},
    {"POST", "/uploads"},
    {"POST", "/uploads/{id}/parts"},
    {"POST", "/uploads/{id}/complete"},
    {"POST", "/uploads/{id}/cancel"},
    {"POST", "/fine_tuning/jobs"},
    {"GET", "/fine_tuning/jobs"},
    {"GET", "/fine_tuning/jobs/{id}"},
    {"DELETE", "/fine_tuning/jobs/{id}", true},
    {"POST", "/fine_tuning/jobs/{id}/cancel"},
    {"POST", "/fine_tuning/jobs/{id}/pause"},
    {"POST", "/fine_tuning/jobs/{id}/resume"},
    {"GET", "/fine_tuning/jobs/{id}/events"},
    {"GET", "/fine_tuning/jobs/{id}/checkpoints"},
    {"POST", "/fine_tuning/alpha/graders/validate", false, true},
    {"GET", "/models"},
    {"GET", "/models/{id}"},
    {"DELETE", "/models/{id}"},
    {"POST", "/chat/completions", false, true},
    {"POST", "/deployments/{id}/chat/completions", true},
};

void addRouteRows(bool idRoutesOnly)
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    for (Kind kind : {Kind::AzureV1, Kind::AzureClassic, Kind::OpenAI}) {
        for (const RouteRow &r : kRoutes) {
            if ((r.classicOnly && kind != Kind::AzureClassic) || (r.notClassic && kind == Kind::AzureClassic))
                continue;
            const QString path = QString::fromLatin1(r.path);
            if (idRoutesOnly
                && (!path.contains(QStringLiteral("{id}")) || path.contains(QStringLiteral("chat"))))
                continue;
            QTest::addRow("%s %s %s", qPrintable(api::serviceKindName(kind)), r.verb, r.path)
                << int(kind) << QByteArray(r.verb) << path;
        }
    }
}
} // namespace

void TestClientRoutes::everyRoute_wrongKey_gets401_data()
{
    addRouteRows(false);
}

void TestClientRoutes::everyRoute_wrongKey_gets401()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    api::Client &c = client(Kind(kind), QStringLiteral("wrong-key"));
    api::Transport::Request r = api::Transport::jsonRequest(
        verb, c.connection().url(QString(path).replace(QStringLiteral("{id}"), QStringLiteral("x"))), "{}");
    api::PendingCall *call = c.transport().send(r);
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 401);
    QVERIFY(!call->error().message.isEmpty());
    QVERIFY(!call->body().contains("wrong-key"));
    call->deleteLater();
}

void TestClientRoutes::everyRoute_unknownId_gets404_data()
{
    addRouteRows(true);
}

void TestClientRoutes::everyRoute_unknownId_gets404()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    api::Client &c = client(Kind(kind));
    const QString unknown = path.startsWith(QStringLiteral("/models"))
        ? QStringLiteral("ft:gpt-4o-mini-2024-07-18:x::gone")
        : QStringLiteral("nothing-here-123");
    api::PendingCall *call = c.transport().send(api::Transport::jsonRequest(
        verb, c.connection().url(QString(path).replace(QStringLiteral("{id}"), unknown)), "{}"));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 404);
    QVERIFY2(call->error().message.contains(unknown), qPrintable(call->error().message));
    call->deleteLater();
}

void TestClientRoutes::wire_statusCodesAndHeadersPerService()
{
    // Raw requests, to see what the typed layer hides: classic creates answer 201 + Location.
    api::Client &classic = client(Kind::AzureClassic);
    const core::File train = uploadReady(classic, test::sftJsonl(12), QStringLiteral("w.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-nano");
    req.trainingFile = train.id;
    api::PendingCall *call = classic.transport().send(
        api::Transport::jsonRequest("POST", classic.connection().url(QStringLiteral("/fine_tuning/jobs")),
                                    core::js::dump(req.toJson(true))));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 201);
    QVERIFY(call->header("Location").contains("/openai/fine_tuning/jobs/ftjob-"));
    QVERIFY(call->header("x-finetune-emulator").contains("emulator"));
    core::js::Json body;
    QVERIFY(core::js::parse(call->body(), body));
    QCOMPARE(core::js::str(body, "status"), QStringLiteral("pending")); // the classic vocabulary
    call->deleteLater();

    api::Client &v1 = client(Kind::AzureV1);
    call = v1.transport().send(api::Transport::jsonRequest(
        "POST", v1.connection().url(QStringLiteral("/fine_tuning/jobs")), core::js::dump(req.toJson(true))));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 200);
    QVERIFY(call->header("Location").isEmpty());
    call->deleteLater();

    // Classic requires an api-version.
    api::Connection noVersion = classic.connection();
    QUrl url = noVersion.url(QStringLiteral("/files"));
    url.setQuery(QString());
    call = classic.transport().send(api::Transport::get(url));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 404);
    call->deleteLater();
}

void TestClientRoutes::wire_errorShapesPerService()
{
    struct Row
    {
        Kind kind;
        const char *expectKey;
    };
    for (const Row &row :
         {Row{Kind::OpenAI, "type"}, Row{Kind::AzureV1, "type"}, Row{Kind::AzureClassic, "code"}}) {
        api::Client &c = client(row.kind);
        api::PendingCall *call =
            c.transport().send(api::Transport::get(c.connection().url(QStringLiteral("/files/file-x"))));
        QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
        QCOMPARE(call->status(), 404);
        core::js::Json body;
        QVERIFY(core::js::parse(call->body(), body));
        QVERIFY(body["error"].is_object());
        QVERIFY(body["error"].contains(row.expectKey));
        QVERIFY(body["error"]["message"].is_string());
        if (row.kind == Kind::AzureClassic) {
            QVERIFY(!body["error"].contains("type"));
            QCOMPARE(core::js::str(body["error"], "code"), QStringLiteral("notFound"));
        } else if (row.kind == Kind::OpenAI) {
            QVERIFY(body["error"].contains("param"));
            QCOMPARE(core::js::str(body["error"], "type"), QStringLiteral("invalid_request_error"));
        } else {
            QCOMPARE(core::js::str(body["error"], "type"), QStringLiteral("error")); // AzureErrorResponse
        }
        call->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestClientRoutes)
#include "tst_client_routes.moc"
