// The client's distrust of what it is sent, over loopback HTTP: against a hostile server that answers with
// broken HTTP, broken JSON, fields of the wrong type, endless, oversized or dripping bodies, a redirect to
// another host, plain HTTP where TLS was asked for, or nothing at all. Each ends as a typed error, within its
// bounds, and is retried only where asking again could help.

#include "hostileserver.h"
#include "messagelog.h"
#include "testclients.h"
#include "waiting.h"

#include "api/client.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ft;
using test::answerWith;
using test::await;
using test::HostileServer;
using test::httpAnswer;
using test::TestClients;

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

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
    // Lists the models; with `elapsedMs`, says how long that took.
    core::Result<core::Page<core::Model>> listModels(api::Client &client, qint64 *elapsedMs = nullptr);
    // Lists the models through a client with `policy`: the timeout that call ends in, if it ends in one after
    // `fromMs` and before `toMs` (else nothing, and a warning says how it ended).
    std::optional<core::ApiError> timeoutListingModels(const QUrl &url, const api::RetryPolicy &policy,
                                                       qint64 fromMs, qint64 toMs);

    TestClients m_clients;
    std::unique_ptr<test::MessageLog> m_log;
};

void TestHostileServer::initTestCase()
{
    m_log = std::make_unique<test::MessageLog>(QStringLiteral("ft.api.retry.info=true"));
}

void TestHostileServer::cleanupTestCase()
{
    m_log.reset();
}

core::Result<core::Page<core::Model>> TestHostileServer::listModels(api::Client &client, qint64 *elapsedMs)
{
    QElapsedTimer clock;
    clock.start();
    auto models = await<core::Page<core::Model>>([&](auto cb) { client.models().list(this, cb); });
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return models;
}

std::optional<core::ApiError> TestHostileServer::timeoutListingModels(const QUrl &url,
                                                                      const api::RetryPolicy &policy,
                                                                      qint64 fromMs, qint64 toMs)
{
    api::Client &c = m_clients.client(url, policy);
    qint64 took = 0;
    auto models = listModels(c, &took);
    if (models || models.error().kind != core::ApiError::Kind::Timeout || took < fromMs || took >= toMs) {
        qWarning("not a timeout after %lld ms: %s", took,
                 models ? "models listed" : qPrintable(models.error().toString()));
        return std::nullopt;
    }
    return models.error();
}

void TestHostileServer::retryLog_namesEachRetryButNoSecret()
{
    // Runs last: everything the tests above logged, and never the key.
    const QString problem = TestClients::retryLogProblem(m_log->lines(), 4);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHostileServer::hostile_malformedJson_isATypedError()
{
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(s, httpAnswer("200 OK", "{\"id\": \"file-1\", \"object\": "));
    });
    api::Client &c = m_clients.client(server.url());
    auto f = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); });
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Malformed);
    QCOMPARE(server.connections, 1); // not retried: asking again gets the same

    HostileServer notAnObject(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("200 OK", "[1, 2, 3]")); });
    api::Client &c2 = m_clients.client(notAnObject.url());
    auto job =
        await<core::FineTuningJob>([&](auto cb) { c2.jobs().get(QStringLiteral("ftjob-1"), this, cb); });
    QVERIFY(!job);
    QCOMPARE(job.error().kind, core::ApiError::Kind::Malformed);

    // An error status with a body that is no error shape at all still names the status.
    HostileServer htmlError([](QTcpSocket *s, const QByteArray &) {
        answerWith(s, httpAnswer("418 I'm a teapot", "<html>nope</html>", "text/html"));
    });
    api::Client &c3 = m_clients.client(htmlError.url());
    auto models = listModels(c3);
    QVERIFY(!models);
    QCOMPARE(models.error().httpStatus, 418);
    QVERIFY(models.error().toString().contains(QStringLiteral("418")));
}

void TestHostileServer::hostile_wrongTypes_areTypedErrors()
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
    api::Client &c = m_clients.client(server.url());
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
    auto models = listModels(c);
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

void TestHostileServer::hostile_oversizedBody_isCappedAndNotRetried()
{
    const QByteArray big =
        "{\"id\": \"file-1\", \"pad\": \"" + QByteArray(qsizetype(65) * 1024 * 1024, 'x') + "\"}";
    HostileServer server(
        [&big](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("200 OK", big)); });
    api::Client &c = m_clients.client(server.url());
    auto f = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); }, 60000);
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Malformed);
    QVERIFY(f.error().message.contains(QStringLiteral("64 MB")));
    QCOMPARE(server.connections, 1);
}

void TestHostileServer::hostile_endlessBody_isCapped()
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
    api::Client &c = m_clients.client(server.url());
    QElapsedTimer clock;
    clock.start();
    auto f = await<core::Page<core::File>>([&](auto cb) { c.files().list({}, this, cb); }, 60000);
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Malformed);
    QCOMPARE(server.connections, 1);
    QVERIFY(clock.elapsed() < 60000);
}

void TestHostileServer::hostile_silence_timesOut()
{
    QList<QTcpSocket *> held;
    HostileServer server([&held](QTcpSocket *s, const QByteArray &) { held << s; }); // reads, never answers
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.idleTimeoutMs = 600;
    policy.maxRetries = 1;
    const auto error = timeoutListingModels(server.url(), policy, 1000, 10000);
    QVERIFY(error);
    QCOMPARE(error->attempts, 2);
    QCOMPARE(server.connections, 2);
}

void TestHostileServer::hostile_drip_endsAtTheCallDeadline()
{
    // A byte every 100 ms: the idle timeout never trips, the deadline of the whole call does.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        auto *drip = new QTimer(s);
        QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
        drip->start(100);
    });
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.idleTimeoutMs = 600;
    policy.callDeadlineMs = 1500;
    const auto error = timeoutListingModels(server.url(), policy, 1400, 5000);
    QVERIFY(error);
    QVERIFY(error->message.contains(QStringLiteral("1.5")));
    QCOMPARE(server.connections, 1); // not retried: the time of the whole call is up
}

void TestHostileServer::hostile_retries_endAtTheCallDeadline()
{
    // Every attempt answered 503: the deadline ends the call between attempts as well.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(s, httpAnswer("503 Service Unavailable", "{}"));
    });
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 1000;
    policy.initialDelayMs = 300;
    policy.maxDelayMs = 300;
    policy.callDeadlineMs = 1000;
    const auto error = timeoutListingModels(server.url(), policy, 900, 4000);
    QVERIFY(error);
    QVERIFY(server.connections >= 2);
}

void TestHostileServer::hostile_garbageHttp_isANetworkError()
{
    HostileServer server(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, "SMTP ready\r\n\r\n\x01\x02"); });
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 1;
    api::Client &c = m_clients.client(server.url(), policy);
    auto models = listModels(c);
    QVERIFY(!models);
    QVERIFY(models.error().kind == core::ApiError::Kind::Network
            || models.error().kind == core::ApiError::Kind::Malformed);
    QVERIFY(!models.error().message.isEmpty());
}

void TestHostileServer::hostile_truncatedBody_isRetriedThenReported()
{
    // Content-Length promises more than comes: a lost connection, retried for a GET, then reported.
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(
            s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":");
    });
    api::RetryPolicy policy = TestClients::fastPolicy();
    policy.maxRetries = 2;
    api::Client &c = m_clients.client(server.url(), policy);
    auto f = await<core::File>([&](auto cb) { c.files().get(QStringLiteral("file-1"), this, cb); });
    QVERIFY(!f);
    QCOMPARE(f.error().kind, core::ApiError::Kind::Network);
    QCOMPARE(f.error().attempts, 3);
    QCOMPARE(server.connections, 3);
}

void TestHostileServer::hostile_redirectToAnotherHost_isNotFollowed()
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
    api::Client &c = m_clients.client(server.url());
    auto models = listModels(c);
    QVERIFY(!models);
    QCOMPARE(elsewhere.connections, 0); // the key never went there
}

void TestHostileServer::http_isRefusedOffLoopback()
{
    for (const QString &url : {QStringLiteral("http://example.com"), QStringLiteral("http://10.0.0.8:8080"),
                               QStringLiteral("http://my-resource.openai.azure.com")}) {
        api::Client &c = m_clients.client(QUrl(url));
        auto models = listModels(c);
        QVERIFY(!models);
        QCOMPARE(models.error().kind, core::ApiError::Kind::Local);
        QVERIFY2(models.error().message.contains(QStringLiteral("http://"))
                     || models.error().message.contains(QStringLiteral("https")),
                 qPrintable(models.error().message));
        QVERIFY(!models.error().message.contains(QString::fromLatin1(TestClients::kKey)));
    }
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("http://127.0.0.1:1234"))).isEmpty());
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("http://localhost:1234"))).isEmpty());
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("http://[::1]:1234"))).isEmpty());
    QVERIFY(api::Connection::insecureProblem(QUrl(QStringLiteral("https://example.com"))).isEmpty());
    QVERIFY(
        !api::Connection::insecureProblem(QUrl(QStringLiteral("http://127.0.0.1.example.com"))).isEmpty());
}

void TestHostileServer::tls_errors_areShownAndNotRetried()
{
    QVERIFY2(QSslSocket::supportsSsl(), "the TLS backend is part of the Qt runtime");
    // A server that speaks plain HTTP where TLS is expected: the handshake fails.
    HostileServer server(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("400 Bad Request", "no")); }, true);
    api::Client &c = m_clients.client(server.url(QStringLiteral("https")));
    auto models = listModels(c);
    QVERIFY(!models);
    QCOMPARE(models.error().kind, core::ApiError::Kind::Network);
    QVERIFY2(models.error().message.contains(QStringLiteral("secure connection")),
             qPrintable(models.error().message));
    QCOMPARE(models.error().attempts, 1);
    QCOMPARE(server.connections, 1);
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
