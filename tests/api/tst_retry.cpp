// The retry policy and the client's distrust of what it is sent (issue 6), over loopback HTTP: the real
// client against the real emulator with faults switched on for chosen routes, and against a hostile
// server that answers with broken HTTP, broken JSON, endless or oversized bodies, or nothing at all.

#include "datagen.h"
#include "hostileserver.h"
#include "waiting.h"

#include "api/chunkeduploader.h"
#include "api/client.h"
#include "api/jobcreator.h"
#include "emulator/emulator.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ft;
using test::answerWith;
using test::await;
using test::HostileServer;
using test::httpAnswer;
using test::waitUntil;

namespace {

// Distinctive, so that a leak anywhere would be found by a plain search.
constexpr const char *kKey = "tst-retry-secret-key-5e1c9a";

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

QStringList logged()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

} // namespace

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

    void hostile_malformedJson_isATypedError();
    void hostile_wrongTypes_areTypedErrors();
    void hostile_oversizedBody_isCappedAndNotRetried();
    void hostile_endlessBody_isCapped();
    void hostile_silence_timesOut();
    void hostile_drip_endsAtTheCallDeadline();
    void hostile_retries_endAtTheCallDeadline();
    void hostile_garbageHttp_isANetworkError();
    void hostile_truncatedBody_isRetriedThenReported();
    void hostile_redirectToAnotherHost_isNotFollowed();

    void http_isRefusedOffLoopback();
    void tls_errors_areShownAndNotRetried();
    void retryLog_namesEachRetryButNoSecret(); // last

private:
    std::unique_ptr<emu::Emulator> emulator(const QString &faultOnly, const QStringList &kinds,
                                            double rate = 1.0, quint32 seed = 7);
    api::Client &client(const QUrl &endpoint, const api::RetryPolicy &policy = fastPolicy());
    static api::RetryPolicy fastPolicy();

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<api::Client>> m_clients;
};

void TestRetry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("ft.api.retry.info=true"));
    g_previous = qInstallMessageHandler(recordMessage);
}

void TestRetry::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestRetry::retryLog_namesEachRetryButNoSecret()
{
    // Runs last: everything the tests above logged.
    const QStringList all = logged();
    QVERIFY(all.filter(QStringLiteral("ft.api.retry")).size() > 5);
    for (const QString &line : all)
        QVERIFY2(!line.contains(QString::fromLatin1(kKey)), qPrintable(line)); // never the key
}

api::RetryPolicy TestRetry::fastPolicy()
{
    api::RetryPolicy p;
    p.maxRetries = 4;
    p.initialDelayMs = 20;
    p.maxDelayMs = 100;
    p.idleTimeoutMs = 5000;
    return p;
}

std::unique_ptr<emu::Emulator> TestRetry::emulator(const QString &faultOnly, const QStringList &kinds,
                                                   double rate, quint32 seed)
{
    emu::Emulator::Options o;
    o.speed = 400;
    o.apiKey = QString::fromLatin1(kKey);
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

api::Client &TestRetry::client(const QUrl &endpoint, const api::RetryPolicy &policy)
{
    api::Connection c;
    c.kind = api::ServiceKind::OpenAI;
    c.endpoint = endpoint;
    c.secret = QString::fromLatin1(kKey);
    m_clients.push_back(std::make_unique<api::Client>(c));
    m_clients.back()->transport().setRetryPolicy(policy);
    return *m_clients.back();
}

void TestRetry::transientFaults_areRetriedUntilTheCallSucceeds()
{
    auto emu = emulator(QStringLiteral("^GET /v1/models"),
                        {QStringLiteral("drop-before"), QStringLiteral("drop-after"), QStringLiteral("500"),
                         QStringLiteral("503")},
                        0.5, 11);
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 12;
    api::Client &c = client(emu->baseUrl(), policy);
    const qsizetype before = logged().filter(QStringLiteral("retrying GET /v1/models")).size();
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
    const QStringList retries = logged().filter(QStringLiteral("retrying GET /v1/models"));
    QCOMPARE(retries.size() - before, attempts - 12); // each retry logged once
    QVERIFY(retries.constLast().contains(QStringLiteral("attempt ")));
}

void TestRetry::retryAfterMs_isHonoured()
{
    // The emulator's 429 says Retry-After: 1 and retry-after-ms: 250; the finer one wins.
    auto emu = emulator(QStringLiteral("^GET /v1/files"), {QStringLiteral("429")});
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 2;
    api::Client &c = client(emu->baseUrl(), policy);
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
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 3;
    api::Client &c = client(emu->baseUrl(), policy);
    auto jobs = await<core::Page<core::FineTuningJob>>([&](auto cb) { c.jobs().list({}, this, cb); });
    QVERIFY(!jobs);
    QCOMPARE(jobs.error().httpStatus, 503);
    QCOMPARE(jobs.error().attempts, 4);
    QVERIFY(jobs.error().isTransient());
}

void TestRetry::totalTime_isBounded()
{
    auto emu = emulator(QStringLiteral("^GET /v1/fine_tuning/jobs$"), {QStringLiteral("500")});
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 20;
    policy.initialDelayMs = 150;
    policy.maxDelayMs = 150;
    policy.totalBudgetMs = 500;
    api::Client &c = client(emu->baseUrl(), policy);
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
    api::RetryPolicy policy = fastPolicy();
    policy.initialDelayMs = 30000;
    policy.maxDelayMs = 30000;
    api::Client &c = client(emu->baseUrl(), policy);
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
    api::Client &c = client(emu->baseUrl());
    const qsizetype before = logged().filter(QStringLiteral("retrying")).size();
    auto missing = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-nope"), this, cb); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
    QCOMPARE(missing.error().attempts, 1);
    api::Client &wrongKey = client(emu->baseUrl());
    api::Connection conn = wrongKey.connection();
    conn.secret = QStringLiteral("another-key");
    wrongKey.setConnection(conn);
    auto denied = await<core::Page<core::Model>>([&](auto cb) { wrongKey.models().list(this, cb); });
    QVERIFY(!denied);
    QCOMPARE(denied.error().httpStatus, 401);
    QCOMPARE(denied.error().attempts, 1);
    QCOMPARE(logged().filter(QStringLiteral("retrying")).size(), before);
}

void TestRetry::jobCreate_isNeverRepeatedBlindly()
{
    // The answer to the first create is lost after the job was made: the raw POST is not repeated, and
    // the JobCreator finds the job by its metadata instead of making a second one.
    auto emu = emulator(QStringLiteral("^POST /v1/fine_tuning/jobs$"), {QStringLiteral("drop-after")});
    api::Client &c = client(emu->baseUrl());
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
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 2;
    api::Client &c = client(emu->baseUrl(), policy);
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
    api::Client &c = client(emu->baseUrl());
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
    o.apiKey = QString::fromLatin1(kKey);
    o.latencyMs = 40; // parts take a while: Cancel lands in the middle
    emu::Emulator emu(o);
    QVERIFY(emu.start());
    api::Client &c = client(emu.baseUrl());
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

void TestRetry::hostile_malformedJson_isATypedError()
{
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(s, httpAnswer("200 OK", "{\"id\": \"file-1\", \"object\": "));
    });
    api::Client &c = client(server.url());
    auto f = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); });
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Malformed);
    QCOMPARE(server.connections, 1); // not retried: asking again gets the same

    HostileServer notAnObject(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("200 OK", "[1, 2, 3]")); });
    api::Client &c2 = client(notAnObject.url());
    auto job =
        await<core::FineTuningJob>([&](auto cb) { c2.jobs().get(QStringLiteral("ftjob-1"), this, cb); });
    QVERIFY(!job);
    QCOMPARE(job.error().kind, core::ApiError::Kind::Malformed);

    // An error status with a body that is no error shape at all still names the status.
    HostileServer htmlError([](QTcpSocket *s, const QByteArray &) {
        answerWith(s, httpAnswer("418 I'm a teapot", "<html>nope</html>", "text/html"));
    });
    api::Client &c3 = client(htmlError.url());
    auto models = await<core::Page<core::Model>>([&](auto cb) { c3.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(models.error().httpStatus, 418);
    QVERIFY(models.error().toString().contains(QStringLiteral("418")));
}

void TestRetry::hostile_wrongTypes_areTypedErrors()
{
    HostileServer server([](QTcpSocket *s, const QByteArray &request) {
        if (request.startsWith("GET /v1/files/"))
            answerWith(
                s, httpAnswer("200 OK", R"({"id": 5, "object": "file", "bytes": "many", "created_at": []})"));
        else if (request.startsWith("GET /v1/files"))
            answerWith(s, httpAnswer("200 OK", R"({"object": "list", "data": {"id": "file-1"}})"));
        else if (request.startsWith("GET /v1/fine_tuning/jobs/ftjob-1/events"))
            answerWith(s,
                       httpAnswer("200 OK", R"({"object": "list", "data": ["event"], "has_more": "yes"})"));
        else if (request.startsWith("GET /v1/fine_tuning/jobs/"))
            answerWith(s,
                       httpAnswer("200 OK",
                                  R"({"id": "ftjob-1", "status": 7, "hyperparameters": "fast",
                                         "method": [], "created_at": "yesterday", "metadata": 3})"));
        else
            answerWith(s, httpAnswer("200 OK", R"({"object": "list", "data": [{"id": null}]})"));
    });
    api::Client &c = client(server.url());
    auto file = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); });
    QVERIFY(!file);
    QCOMPARE(file.error().kind, core::ApiError::Kind::Malformed);
    auto files = await<core::Page<core::File>>([&](auto cb) { c.files().list({}, this, cb); });
    QVERIFY(!files);
    QCOMPARE(files.error().kind, core::ApiError::Kind::Malformed);
    auto events = await<core::Page<core::JobEvent>>(
        [&](auto cb) { c.jobs().events(QStringLiteral("ftjob-1"), {}, this, cb); });
    QVERIFY(!events);
    QCOMPARE(events.error().kind, core::ApiError::Kind::Malformed);
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Malformed);

    // Fields of the wrong type in an object with an id: read leniently, never a crash; the status is an
    // unknown state, shown as such.
    auto job =
        await<core::FineTuningJob>([&](auto cb) { c.jobs().get(QStringLiteral("ftjob-1"), this, cb); });
    QVERIFY2(job, qPrintable(job.error().toString()));
    QCOMPARE(job.value().id, QStringLiteral("ftjob-1"));
    QCOMPARE(job.value().state(), core::JobState::Unknown);
    QCOMPARE(job.value().createdAt, qint64(0));
}

void TestRetry::hostile_oversizedBody_isCappedAndNotRetried()
{
    const QByteArray big = "{\"id\": \"file-1\", \"pad\": \"" + QByteArray(65 * 1024 * 1024, 'x') + "\"}";
    HostileServer server(
        [&big](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("200 OK", big)); });
    api::Client &c = client(server.url());
    auto f = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); }, 60000);
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Malformed);
    QVERIFY(f.error().message.contains(QStringLiteral("64 MB")));
    QCOMPARE(server.connections, 1);
}

void TestRetry::hostile_endlessBody_isCapped()
{
    // A chunked body that never ends: the client stops at the cap instead of reading forever.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = QByteArray::number(1 << 20, 16) + "\r\n" + QByteArray(1 << 20, ' ') + "\r\n";
        auto *timer = new QTimer(s);
        QObject::connect(timer, &QTimer::timeout, s, [s, chunk] {
            if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 8 * chunk.size())
                s->write(chunk);
        });
        timer->start(1);
    });
    api::Client &c = client(server.url());
    QElapsedTimer clock;
    clock.start();
    auto f = await<core::Page<core::File>>([&](auto cb) { c.files().list({}, this, cb); }, 60000);
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Malformed);
    QCOMPARE(server.connections, 1);
    QVERIFY(clock.elapsed() < 60000);
}

void TestRetry::hostile_silence_timesOut()
{
    QList<QTcpSocket *> held;
    HostileServer server([&held](QTcpSocket *s, const QByteArray &) { held << s; }); // reads, never answers
    api::RetryPolicy policy = fastPolicy();
    policy.idleTimeoutMs = 600;
    policy.maxRetries = 1;
    api::Client &c = client(server.url(), policy);
    QElapsedTimer clock;
    clock.start();
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Timeout);
    QCOMPARE(models.error().attempts, 2);
    QCOMPARE(server.connections, 2);
    QVERIFY2(clock.elapsed() >= 1000 && clock.elapsed() < 10000,
             qPrintable(QString::number(clock.elapsed())));
}

void TestRetry::hostile_drip_endsAtTheCallDeadline()
{
    // A byte every 100 ms: the idle timeout never trips, the deadline of the whole call does.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        auto *drip = new QTimer(s);
        QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
        drip->start(100);
    });
    api::RetryPolicy policy = fastPolicy();
    policy.idleTimeoutMs = 600;
    policy.callDeadlineMs = 1500;
    api::Client &c = client(server.url(), policy);
    QElapsedTimer clock;
    clock.start();
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Timeout);
    QVERIFY(models.error().message.contains(QStringLiteral("1.5")));
    QCOMPARE(server.connections, 1); // not retried: the time of the whole call is up
    QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestRetry::hostile_retries_endAtTheCallDeadline()
{
    // Every attempt answered 503: the deadline ends the call between attempts as well.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(s, httpAnswer("503 Service Unavailable", "{}"));
    });
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 1000;
    policy.initialDelayMs = 300;
    policy.maxDelayMs = 300;
    policy.callDeadlineMs = 1000;
    api::Client &c = client(server.url(), policy);
    QElapsedTimer clock;
    clock.start();
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Timeout);
    QVERIFY(server.connections >= 2);
    QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
}

void TestRetry::hostile_garbageHttp_isANetworkError()
{
    HostileServer server(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, "SMTP ready\r\n\r\n\x01\x02"); });
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 1;
    api::Client &c = client(server.url(), policy);
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QVERIFY(models.error().kind == core::ApiError::Kind::Network
            || models.error().kind == core::ApiError::Kind::Malformed);
    QVERIFY(!models.error().message.isEmpty());
}

void TestRetry::hostile_truncatedBody_isRetriedThenReported()
{
    // Content-Length promises more than comes: a lost connection, retried for a GET, then reported.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(
            s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":");
    });
    api::RetryPolicy policy = fastPolicy();
    policy.maxRetries = 2;
    api::Client &c = client(server.url(), policy);
    auto f = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); });
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Network);
    QCOMPARE(f.error().attempts, 3);
    QCOMPARE(server.connections, 3);
}

void TestRetry::hostile_redirectToAnotherHost_isNotFollowed()
{
    HostileServer elsewhere([](QTcpSocket *s, const QByteArray &request) {
        answerWith(s, httpAnswer("200 OK", R"({"object": "list", "data": []})"));
        s->setProperty("request", request);
    });
    // "localhost" and "127.0.0.1" are different origins.
    const QByteArray target = "http://localhost:" + QByteArray::number(elsewhere.serverPort()) + "/v1/models";
    HostileServer server([&target](QTcpSocket *s, const QByteArray &) {
        answerWith(s,
                   "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target
                       + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    api::Client &c = client(server.url());
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(elsewhere.connections, 0); // the key never went there
}

void TestRetry::http_isRefusedOffLoopback()
{
    for (const QString &url : {QStringLiteral("http://example.com"), QStringLiteral("http://10.0.0.8:8080"),
                               QStringLiteral("http://my-resource.openai.azure.com")}) {
        api::Client &c = client(QUrl(url));
        auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
        QVERIFY(!models);
        QCOMPARE(models.error().kind, core::ApiError::Kind::Local);
        QVERIFY2(models.error().message.contains(QStringLiteral("http://"))
                     || models.error().message.contains(QStringLiteral("https")),
                 qPrintable(models.error().message));
        QVERIFY(!models.error().message.contains(QString::fromLatin1(kKey)));
    }
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("http://127.0.0.1:1234"))).isEmpty());
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("http://localhost:1234"))).isEmpty());
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("http://[::1]:1234"))).isEmpty());
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("https://example.com"))).isEmpty());
    QVERIFY(
        !api::Connection::insecureProblem(QUrl(QStringLiteral("http://127.0.0.1.example.com"))).isEmpty());
}

void TestRetry::tls_errors_areShownAndNotRetried()
{
    QVERIFY2(QSslSocket::supportsSsl(), "the TLS backend is part of the Qt runtime");
    // A server that speaks plain HTTP where TLS is expected: the handshake fails.
    HostileServer server(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("400 Bad Request", "no")); }, true);
    api::Client &c = client(server.url(QStringLiteral("https")));
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Network);
    QVERIFY2(models.error().message.contains(QStringLiteral("secure connection")),
             qPrintable(models.error().message));
    QCOMPARE(models.error().attempts, 1);
    QCOMPARE(server.connections, 1);
}

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
