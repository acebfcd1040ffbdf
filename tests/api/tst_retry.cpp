// The retry policy over loopback HTTP: the real client against the real emulator with faults switched on
// for chosen routes (lost connections, answers lost after the work was done, 429, 5xx). What it may repeat
// it repeats within its bounds; what it may not (a job create) it never repeats blindly.

#include "datagen.h"
#include "messagelog.h"
#include "testclients.h"
#include "waiting.h"

#include "api/chunkeduploader.h"
#include "api/client.h"
#include "api/jobcreator.h"
#include "emulator/emulator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ft;
using test::await;
using test::TestClients;
using test::waitUntil;

class TestRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void transientFaults_areRetriedUntilTheCallSucceeds();
    void retryAfterMs_isHonoured();
    void attempts_areBounded();
    void totalTime_isBounded();
    void abort_duringBackoff_cancelsTheCall();
    void clientErrors_areNotRetried();
    void jobCreate_isNeverRepeatedBlindly();
    void jobCreate_whenEveryAttemptFails_makesNoJob();
    void delete_afterALostAnswer_succeeds();
    void chunkedUpload_cancel_callsTheCancelRoute();
    void retryLog_namesEachRetryButNoSecret(); // last

private:
    std::unique_ptr<emu::Emulator> emulator(const QString &faultOnly, const QStringList &kinds,
                                            double rate = 1.0, quint32 seed = 7);

    QTemporaryDir m_dir;
    TestClients m_clients;
    std::unique_ptr<test::MessageLog> m_log;
};

void TestRetry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = std::make_unique<test::MessageLog>(QStringLiteral("ft.api.retry.info=true"));
}

void TestRetry::cleanupTestCase()
{
    m_log.reset();
}

void TestRetry::retryLog_namesEachRetryButNoSecret()
{
    // Runs last: everything the tests above logged, and never the key.
    const QString problem = TestClients::retryLogProblem(m_log->lines(), 6);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

std::unique_ptr<emu::Emulator> TestRetry::emulator(const QString &faultOnly, const QStringList &kinds,
                                                   double rate, quint32 seed)
{
    emu::Emulator::Options o;
    o.speed = 400;
    o.apiKey = QString::fromLatin1(TestClients::kKey);
    o.faultRate = rate;
    o.faultSeed = seed;
    o.faultOnly = faultOnly;
    o.faultKinds = kinds;
    auto e = std::make_unique<emu::Emulator>(o);
    QString error;
    if (!e->start(&error))
        qFatal("emulator: %s", qPrintable(error));
    return e;
}

void TestRetry::transientFaults_areRetriedUntilTheCallSucceeds()
{
    auto emu = emulator(QStringLiteral("^GET /v1/models"),
                        {QStringLiteral("drop-before"), QStringLiteral("drop-after"), QStringLiteral("500"),
                         QStringLiteral("503")},
                        0.5, 11);
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 12;
    api::Client &c = m_clients.client(emu->baseUrl(), policy);
    const qsizetype before = m_log->lines().filter(QStringLiteral("retrying GET /v1/models")).size();
    int attempts = 0;
    for (int i = 0; i < 12; ++i) {
        ++attempts;
        auto models = await<core::Page<core::Model>>([&](auto cb) {
            api::PendingCall *call = c.models().list(this, cb);
            connect(call, &api::PendingCall::retrying, this, [&attempts] { ++attempts; });
        });
        QVERIFY2(models, qPrintable(models.error().toString()));
        QVERIFY(!models.value().data.isEmpty());
    }
    QVERIFY2(attempts > 12, "with half of the calls failing, some were retried");
    const QStringList retries = m_log->lines().filter(QStringLiteral("retrying GET /v1/models"));
    QCOMPARE(retries.size() - before, attempts - 12); // each retry logged once
    QVERIFY(retries.constLast().contains(QStringLiteral("attempt ")));
}

void TestRetry::retryAfterMs_isHonoured()
{
    // The emulator's 429 says Retry-After: 1 and retry-after-ms: 250; the finer one wins.
    auto emu = emulator(QStringLiteral("^GET /v1/files"), {QStringLiteral("429")});
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 2;
    api::Client &c = m_clients.client(emu->baseUrl(), policy);
    QList<int> delays;
    QElapsedTimer clock;
    clock.start();
    auto files = await<core::Page<core::File>>([&](auto cb) {
        api::PendingCall *call = c.files().list({}, this, cb);
        connect(call, &api::PendingCall::retrying, this,
                [&delays](int, int delayMs, const QString &) { delays << delayMs; });
    });
    const qint64 took = clock.elapsed();
    QVERIFY(!files);
    QCOMPARE(files.error().httpStatus, 429);
    QCOMPARE(files.error().attempts, 3);
    QVERIFY(!files.error().mayHaveApplied); // a 429 was not taken
    QCOMPARE(delays, (QList<int>{250, 250}));
    QVERIFY2(took >= 450 && took < 1900, qPrintable(QString::number(took)));
}

void TestRetry::attempts_areBounded()
{
    auto emu = emulator(QStringLiteral("^GET /v1/fine_tuning/jobs$"), {QStringLiteral("503")});
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 3;
    api::Client &c = m_clients.client(emu->baseUrl(), policy);
    auto jobs = await<core::Page<core::FineTuningJob>>([&](auto cb) { c.jobs().list({}, this, cb); });
    QVERIFY(!jobs);
    QCOMPARE(jobs.error().httpStatus, 503);
    QCOMPARE(jobs.error().attempts, 4);
    QVERIFY(jobs.error().isTransient());
}

void TestRetry::totalTime_isBounded()
{
    auto emu = emulator(QStringLiteral("^GET /v1/fine_tuning/jobs$"), {QStringLiteral("500")});
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 20;
    policy.initialDelayMs = 150;
    policy.maxDelayMs = 150;
    policy.totalBudgetMs = 500;
    api::Client &c = m_clients.client(emu->baseUrl(), policy);
    QElapsedTimer clock;
    clock.start();
    auto jobs = await<core::Page<core::FineTuningJob>>([&](auto cb) { c.jobs().list({}, this, cb); });
    QVERIFY(!jobs);
    QVERIFY2(jobs.error().attempts >= 2 && jobs.error().attempts <= 6,
             qPrintable(QString::number(jobs.error().attempts)));
    QVERIFY(clock.elapsed() < 2000);
}

void TestRetry::abort_duringBackoff_cancelsTheCall()
{
    auto emu = emulator(QStringLiteral("^GET /v1/models$"), {QStringLiteral("503")});
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.initialDelayMs = 30000;
    policy.maxDelayMs = 30000;
    api::Client &c = m_clients.client(emu->baseUrl(), policy);
    QElapsedTimer clock;
    clock.start();
    auto models = await<core::Page<core::Model>>([&](auto cb) {
        api::PendingCall *call = c.models().list(this, cb);
        connect(call, &api::PendingCall::retrying, call, [call] {
            QTimer::singleShot(50, call, &api::PendingCall::abort); // in the middle of the backoff
        });
    });
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Cancelled);
    QCOMPARE(models.error().attempts, 1);
    QVERIFY(clock.elapsed() < 5000);
}

void TestRetry::clientErrors_areNotRetried()
{
    auto emu = emulator(QString(), {}, 0);
    api::Client &c = m_clients.client(emu->baseUrl());
    const qsizetype before = m_log->lines().filter(QStringLiteral("retrying")).size();
    auto missing = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-nope"), this, cb); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().attempts, 1);
    api::Client &wrongKey = m_clients.client(emu->baseUrl());
    api::Connection conn = wrongKey.connection();
    conn.secret = QStringLiteral("another-key");
    wrongKey.setConnection(conn);
    auto denied = await<core::Page<core::Model>>([&](auto cb) { wrongKey.models().list(this, cb); });
    QVERIFY(!denied);
    QCOMPARE(denied.error().httpStatus, 401);
    QCOMPARE(denied.error().attempts, 1);
    QCOMPARE(m_log->lines().filter(QStringLiteral("retrying")).size(), before);
}

void TestRetry::jobCreate_isNeverRepeatedBlindly()
{
    // The answer to the first create is lost after the job was made: the raw POST is not repeated, and
    // the JobCreator finds the job by its metadata instead of making a second one.
    auto emu = emulator(QStringLiteral("^POST /v1/fine_tuning/jobs$"), {QStringLiteral("drop-after")});
    api::Client &c = m_clients.client(emu->baseUrl());
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("train.jsonl")), test::sftJsonl(12));
    auto file =
        await<core::File>([&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    QVERIFY2(file, qPrintable(file.error().toString()));

    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    req.trainingFile = file.value().id;
    req.suffix = QStringLiteral("once");
    auto raw = await<core::FineTuningJob>([&](auto cb) { c.jobs().createOnce(req, this, cb); });
    QVERIFY(!raw);
    QCOMPARE(raw.error().attempts, 1); // never sent again by the transport
    QVERIFY(raw.error().mayHaveApplied);

    // The job exists although the answer was lost; the creator finds its own without another.
    auto listed = await<core::Page<core::FineTuningJob>>([&](auto cb) { c.jobs().list({}, this, cb); });
    QVERIFY(listed);
    QCOMPARE(listed.value().data.size(), 1);

    auto created = await<core::FineTuningJob>([&](auto cb) { c.jobs().create(req, this, cb); }, 60000);
    QVERIFY2(created, qPrintable(created.error().toString()));
    listed = await<core::Page<core::FineTuningJob>>([&](auto cb) { c.jobs().list({}, this, cb); });
    QVERIFY(listed);
    QCOMPARE(listed.value().data.size(), 2); // the raw one above and exactly one from the creator
    QVERIFY(std::any_of(listed.value().data.cbegin(), listed.value().data.cend(),
                        [&](const core::FineTuningJob &j) { return j.id == created.value().id; }));
    QVERIFY(created.value().metadata);
    QVERIFY(!created.value().metadata->value(QString::fromLatin1(api::JobCreator::kRequestIdKey)).isEmpty());
}

void TestRetry::jobCreate_whenEveryAttemptFails_makesNoJob()
{
    auto emu = emulator(QStringLiteral("^POST /v1/fine_tuning/jobs$"), {QStringLiteral("503")});
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 2;
    api::Client &c = m_clients.client(emu->baseUrl(), policy);
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("train2.jsonl")), test::sftJsonl(12));
    auto file =
        await<core::File>([&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    QVERIFY(file);
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    req.trainingFile = file.value().id;
    auto created = await<core::FineTuningJob>([&](auto cb) { c.jobs().create(req, this, cb); }, 60000);
    QVERIFY(!created);
    QCOMPARE(created.error().httpStatus, 503);
    auto listed = await<core::Page<core::FineTuningJob>>([&](auto cb) { c.jobs().list({}, this, cb); });
    QVERIFY(listed);
    QCOMPARE(listed.value().data.size(), 0);
}

void TestRetry::delete_afterALostAnswer_succeeds()
{
    // The first DELETE is done but its answer lost; the repeat finds nothing: that is success.
    auto emu = emulator(QStringLiteral("^DELETE /v1/files/"), {QStringLiteral("drop-after")}, 0.5, 3);
    api::Client &c = m_clients.client(emu->baseUrl());
    int lostThenGone = 0;
    for (int i = 0; i < 8; ++i) {
        const QString path =
            test::writeFile(m_dir.filePath(QStringLiteral("d%1.jsonl").arg(i)), test::sftJsonl(10, i));
        auto file = await<core::File>(
            [&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
        QVERIFY(file);
        bool retried = false;
        auto deleted = await<core::Deleted>([&](auto cb) {
            api::PendingCall *call = c.files().remove(file.value().id, this, cb);
            connect(call, &api::PendingCall::retrying, this, [&retried] { retried = true; });
        });
        QVERIFY2(deleted, qPrintable(deleted.error().toString()));
        QVERIFY(deleted.value().deleted);
        QCOMPARE(deleted.value().id, file.value().id);
        lostThenGone += retried;
        auto gone = await<core::File>([&](auto cb) { c.files().get(file.value().id, this, cb); });
        QCOMPARE(gone.error().httpStatus, 404);
    }
    QVERIFY(lostThenGone > 0);
}

void TestRetry::chunkedUpload_cancel_callsTheCancelRoute()
{
    emu::Emulator::Options o;
    o.apiKey = QString::fromLatin1(TestClients::kKey);
    o.latencyMs = 40; // parts take a while: Cancel lands in the middle
    emu::Emulator emu(o);
    QVERIFY(emu.start());
    api::Client &c = m_clients.client(emu.baseUrl());
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("cancel.jsonl")), test::sftJsonl(60));
    api::ChunkedUploader uploader(c.uploads(), path, QStringLiteral("fine-tune"), 1024);
    int parts = 0;
    connect(&uploader, &api::ChunkedUploader::progress, this, [&](qint64, qint64) {
        if (++parts == 2)
            uploader.cancel();
    });
    auto file = await<core::File>([&](auto cb) { uploader.start(cb); });
    QVERIFY(!file);
    QCOMPARE(file.error().kind, core::ApiError::Kind::Cancelled);
    const QString id = uploader.uploadId();
    QVERIFY(!id.isEmpty());
    // The service was told: the upload is cancelled there (a second cancel is refused as not open).
    QVERIFY(waitUntil(
        [&] {
            auto again = await<core::Upload>([&](auto cb) { c.uploads().cancel(id, this, cb); });
            return !again && again.error().httpStatus == 400;
        },
        5000));
}

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
