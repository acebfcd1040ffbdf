// The emulator's HTTP front as a hostile or careless client finds it: request framing, pipelining,
// header limits, Connection: close, Host, deadlines and the connection cap. What the front costs the
// machine (descriptors, memory for large bodies) is in tst_http_resources.

#include "datatable.h"
#include "emulatorprocess.h"
#include "rawhttp.h"

#include "core/jsonutil.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ft;
namespace js = core::js;

namespace {
const QByteArray kFiles = "/openai/v1/files";

QByteArray multipartUpload(quint16 port, const QByteArray &name, const QByteArray &content)
{
    const QByteArray boundary = "robustness-boundary-7d1";
    const QByteArray body = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return test::wireText("POST", kFiles, port,
                          "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n", body);
}

QByteArray sftLines(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += R"({"messages":[{"role":"user","content":"q)" + QByteArray::number(i)
            + R"("},{"role":"assistant","content":"a"}]})" + "\n";
    return out;
}
} // namespace

class TestHttpRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void malformedContentLength_isRefusedAndNothingSmuggled_data();
    void malformedContentLength_isRefusedAndNothingSmuggled();
    void ambiguousBodyLength_isRefusedAndTheConnectionClosed_data();
    void ambiguousBodyLength_isRefusedAndTheConnectionClosed();
    void chunkedBody_isRead();
    void pipelinedRequests_areAnsweredInOrder();
    void headerFloods_areAnswered431_data();
    void headerFloods_areAnswered431();
    void manyButAllowedHeaders_areServed();
    void connectionClose_isHonoured();
    void foreignHost_isRefused_data();
    void foreignHost_isRefused();
    void loopbackNames_areServed_data();
    void loopbackNames_areServed();
    void idleConnection_isClosedAfterTheIdleTimeout();
    void drippedHeaders_areCutOffDespiteActivity();
    void drippedBody_isCutOffAfterTheRequestTimeout();
    void idleConnectionsAtTheCap_normalClientIsStillAnswered();
    void controlBytesInARequest_cannotForgeOrHideLogLines();

private:
    bool fileExists(const QString &id);

    QTemporaryDir m_dir;
    test::EmulatorProcess m_emulator; // short deadlines, a small cap
    quint16 m_port = 0;
    QString m_fileId;
};

void TestHttpRobustness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_emulator.start({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("emu")),
                               QStringLiteral("--idle-timeout"), QStringLiteral("1.5"),
                               QStringLiteral("--request-timeout"), QStringLiteral("2"),
                               QStringLiteral("--max-connections"), QStringLiteral("20")},
                              &error),
             qPrintable(error));
    m_port = quint16(m_emulator.url().port());
    const test::WireExchange up =
        test::wireExchange(m_port, multipartUpload(m_port, "keep.jsonl", sftLines(12)));
    QCOMPARE(up.responses.size(), 1);
    QCOMPARE(up.responses[0].status, 200);
    js::Json doc;
    QVERIFY(js::parse(up.responses[0].body, doc));
    m_fileId = js::str(doc, "id");
    QVERIFY(fileExists(m_fileId));
}

void TestHttpRobustness::cleanupTestCase()
{
    m_emulator.terminate();
}

bool TestHttpRobustness::fileExists(const QString &id)
{
    const test::WireExchange ex =
        test::wireExchange(m_port, test::wireText("GET", kFiles + '/' + id.toLatin1(), m_port));
    return !ex.responses.isEmpty() && ex.responses[0].status == 200;
}

void TestHttpRobustness::malformedContentLength_isRefusedAndNothingSmuggled_data()
{
    test::addTextRows<QByteArray>("length",
                                  {{"letters", "abc"},
                                   {"negative", "-1"},
                                   {"exponent", "1e2"},
                                   {"hex", "0x10"},
                                   {"sign", "+5"},
                                   {"two numbers", "5 5"},
                                   {"empty", ""}});
}

void TestHttpRobustness::malformedContentLength_isRefusedAndNothingSmuggled()
{
    QFETCH(QByteArray, length);
    // A server that skips the bad length reads the "body" as a second request: a DELETE of the file.
    const QByteArray smuggled = "DELETE " + kFiles + '/' + m_fileId.toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\napi-key: k\r\n\r\n";
    const QByteArray request = "POST /openai/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(m_port) + "\r\napi-key: k\r\nContent-Type: application/json\r\nContent-Length: "
        + length + "\r\n\r\n" + smuggled;
    const test::WireExchange ex = test::wireExchange(m_port, request, 2, 2000);
    QVERIFY2(!ex.responses.isEmpty(), ex.received.constData());
    QCOMPARE(ex.responses[0].status, 400);
    QVERIFY2(ex.closedByServer, ex.received.constData());
    QVERIFY2(!ex.received.contains("\"deleted\""), ex.received.constData());
    QVERIFY(fileExists(m_fileId));
}

void TestHttpRobustness::ambiguousBodyLength_isRefusedAndTheConnectionClosed_data()
{
    test::addColumns<QByteArray, int>("framing", "status");
    QTest::newRow("two equal lengths") << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n") << 400;
    QTest::newRow("two different lengths")
        << QByteArray("Content-Length: 2\r\nContent-Length: 80\r\n") << 400;
    QTest::newRow("chunked and a length")
        << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 2\r\n") << 400;
    QTest::newRow("length and chunked")
        << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("gzip coding") << QByteArray("Transfer-Encoding: gzip\r\n") << 501;
    QTest::newRow("chunked twice") << QByteArray(
        "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
                                   << 501;
}

void TestHttpRobustness::ambiguousBodyLength_isRefusedAndTheConnectionClosed()
{
    QFETCH(QByteArray, framing);
    QFETCH(int, status);
    const QByteArray smuggled = "DELETE " + kFiles + '/' + m_fileId.toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\napi-key: k\r\n\r\n";
    const QByteArray request =
        "POST /openai/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
        + "\r\napi-key: k\r\nContent-Type: application/json\r\n" + framing + "\r\n{}" + smuggled;
    const test::WireExchange ex = test::wireExchange(m_port, request, 2, 2000);
    QVERIFY2(!ex.responses.isEmpty(), ex.received.constData());
    QCOMPARE(ex.responses[0].status, status);
    QCOMPARE(ex.responses.size(), 1);
    QVERIFY(ex.closedByServer);
    QVERIFY(fileExists(m_fileId));
}

void TestHttpRobustness::chunkedBody_isRead()
{
    const QByteArray json =
        R"({"filename":"c.jsonl","purpose":"fine-tune","bytes":10,"mime_type":"text/jsonl"})";
    const QByteArray chunked = QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n"
        + QByteArray::number(json.size() - 10, 16) + ";ext=1\r\n" + json.mid(10) + "\r\n0\r\n\r\n";
    const QByteArray request =
        "POST /openai/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
        + "\r\napi-key: k\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked;
    const test::WireExchange ex = test::wireExchange(m_port, request);
    QVERIFY2(!ex.responses.isEmpty(), ex.received.constData());
    QCOMPARE(ex.responses[0].status, 200);
    QVERIFY(ex.responses[0].body.contains("\"c.jsonl\""));
}

void TestHttpRobustness::pipelinedRequests_areAnsweredInOrder()
{
    // Three files, then twelve requests for them written at once: twelve answers, in order.
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const test::WireExchange up = test::wireExchange(
            m_port, multipartUpload(m_port, "p" + QByteArray::number(i) + ".jsonl", sftLines(11)));
        QCOMPARE(up.responses.value(0).status, 200);
        js::Json doc;
        QVERIFY(js::parse(up.responses[0].body, doc));
        ids << js::str(doc, "id");
    }
    QByteArray batch;
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        expected << ids[(i * 7) % 3];
        batch += test::wireText("GET", kFiles + '/' + expected.last().toLatin1(), m_port);
    }
    const test::WireExchange ex = test::wireExchange(m_port, batch, 12, 5000);
    QCOMPARE(ex.responses.size(), 12);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(ex.responses[i].status, 200);
        js::Json doc;
        QVERIFY(js::parse(ex.responses[i].body, doc));
        QCOMPARE(js::str(doc, "id"), expected[i]);
    }
    QVERIFY(!ex.closedByServer); // keep-alive: the connection stays usable
}

void TestHttpRobustness::headerFloods_areAnswered431_data()
{
    QTest::addColumn<QByteArray>("headers");
    QByteArray many;
    for (int i = 0; i < 150; ++i)
        many += "X-Flood-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("150 fields") << many;
    QTest::newRow("one field of 100 KB") << "X-Big: " + QByteArray(qsizetype(100) * 1024, 'a') + "\r\n";
    QTest::newRow("one field of 300 KB") << "X-Big: " + QByteArray(qsizetype(300) * 1024, 'a') + "\r\n";
    QByteArray wide;
    for (int i = 0; i < 40; ++i)
        wide += "X-Wide-" + QByteArray::number(i) + ": " + QByteArray(2000, 'b') + "\r\n";
    QTest::newRow("40 fields of 2 KB") << wide;
}

void TestHttpRobustness::headerFloods_areAnswered431()
{
    QFETCH(QByteArray, headers);
    // Before: all headers silently dropped, so the request failed as unauthenticated (401).
    const test::WireExchange ex =
        test::wireExchange(m_port, test::wireText("GET", kFiles, m_port, headers), 0, 3000);
    QVERIFY2(!ex.responses.isEmpty(), ex.received.left(300).constData());
    QCOMPARE(ex.responses[0].status, 431);
    QVERIFY(ex.closedByServer);
}

void TestHttpRobustness::manyButAllowedHeaders_areServed()
{
    QByteArray headers;
    for (int i = 0; i < 90; ++i)
        headers += "X-Fine-" + QByteArray::number(i) + ": v\r\n";
    const test::WireExchange ex = test::wireExchange(m_port, test::wireText("GET", kFiles, m_port, headers));
    QCOMPARE(ex.responses.value(0).status, 200);
}

void TestHttpRobustness::connectionClose_isHonoured()
{
    QElapsedTimer timer;
    timer.start();
    const test::WireExchange ex =
        test::wireExchange(m_port, test::wireText("GET", kFiles, m_port, "Connection: close\r\n"), 0, 5000);
    QCOMPARE(ex.responses.size(), 1);
    QCOMPARE(ex.responses[0].status, 200);
    QVERIFY(ex.closedByServer);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpRobustness::foreignHost_isRefused_data()
{
    test::addColumns<QByteArray, int>("host", "status");
    QTest::newRow("a rebound name") << QByteArray("Host: attacker.example\r\n") << 421;
    QTest::newRow("a rebound name with our port") << QByteArray("Host: attacker.example:%1\r\n") << 421;
    QTest::newRow("another port") << QByteArray("Host: 127.0.0.1:1\r\n") << 421;
    QTest::newRow("a name ending in localhost") << QByteArray("Host: evillocalhost:%1\r\n") << 421;
    QTest::newRow("a private address") << QByteArray("Host: 10.0.0.5:%1\r\n") << 421;
    QTest::newRow("two hosts") << QByteArray("Host: 127.0.0.1:%1\r\nHost: 127.0.0.1:%1\r\n") << 400;
    QTest::newRow("none") << QByteArray() << 400;
}

void TestHttpRobustness::foreignHost_isRefused()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    host.replace("%1", QByteArray::number(m_port));
    const QByteArray request = "GET " + kFiles + " HTTP/1.1\r\n" + host + "api-key: k\r\n\r\n";
    const test::WireExchange ex = test::wireExchange(m_port, request);
    QVERIFY2(!ex.responses.isEmpty(), ex.received.constData());
    QCOMPARE(ex.responses[0].status, status);
    QVERIFY(!ex.responses[0].body.contains("\"data\""));
}

void TestHttpRobustness::loopbackNames_areServed_data()
{
    test::addTextRows<QByteArray>("host",
                                  {{"address", "127.0.0.1:%1"},
                                   {"localhost", "localhost:%1"},
                                   {"upper case", "LOCALHOST:%1"},
                                   {"a name under .localhost", "account.blob.localhost:%1"},
                                   {"no port", "127.0.0.1"}});
}

void TestHttpRobustness::loopbackNames_areServed()
{
    QFETCH(QByteArray, host);
    host.replace("%1", QByteArray::number(m_port));
    const QByteArray request = "GET " + kFiles + " HTTP/1.1\r\nHost: " + host + "\r\napi-key: k\r\n\r\n";
    const test::WireExchange ex = test::wireExchange(m_port, request);
    QCOMPARE(ex.responses.value(0).status, 200);
}

void TestHttpRobustness::idleConnection_isClosedAfterTheIdleTimeout()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(3000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(QTest::qWaitFor([&] { return socket.state() != QAbstractSocket::ConnectedState; }, 8000));
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpRobustness::drippedHeaders_areCutOffDespiteActivity()
{
    // One byte every 100 ms keeps a connection busy forever on a server with only an idle timeout.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(3000));
    const QByteArray request = test::wireText("GET", kFiles, m_port, QByteArray(4000, 'x'));
    QElapsedTimer timer;
    timer.start();
    qsizetype sent = 0;
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000
           && sent < request.size()) {
        socket.write(request.mid(sent++, 1));
        socket.waitForBytesWritten(100);
        QTest::qWait(100);
    }
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "still connected after 10 s of dripping");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpRobustness::drippedBody_isCutOffAfterTheRequestTimeout()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(3000));
    socket.write("POST /openai/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
                 + "\r\napi-key: k\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 12000) {
        socket.write(" ");
        socket.waitForBytesWritten(100);
        QTest::qWait(200);
    }
    QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, "still connected after 12 s");
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpRobustness::idleConnectionsAtTheCap_normalClientIsStillAnswered()
{
    // Three times the cap of idle connections, then an ordinary request.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 60; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(s->waitForConnected(3000));
        idle.push_back(std::move(s));
    }
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    const test::WireExchange ex = test::wireExchange(m_port, test::wireText("GET", kFiles, m_port), 1, 3000);
    QCOMPARE(ex.responses.value(0).status, 200);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    int open = 0;
    for (auto &s : idle) {
        s->waitForReadyRead(0);
        open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    QVERIFY2(open <= 20, qPrintable(QString::number(open))); // the cap held: the oldest made room
}

void TestHttpRobustness::controlBytesInARequest_cannotForgeOrHideLogLines()
{
    // ESC sequences, a bell, DEL and an encoded line break in the path and a header: the log line shows
    // them escaped, and no line of the log starts with the forged text.
    const QByteArray target = "/v1/files/x\x1b[2J\x07\x7f%0D%0AGET%20/forged";
    const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
        + "\r\nAuthorization: Bearer k\r\nX-Note: \x1b]8;;http://x\x07\r\n\r\n";
    const test::WireExchange ex = test::wireExchange(m_port, request);
    QVERIFY(!ex.responses.isEmpty());
    QTest::qWait(200);
    const QByteArray log = m_emulator.standardError();
    QVERIFY2(log.contains("x\\x1b[2J\\x07\\x7f%0D%0AGET%20/forged"), log.right(500).constData());
    for (const char c : log) {
        const auto b = static_cast<unsigned char>(c);
        QVERIFY2(b == '\n' || (b >= 0x20 && b < 0x7f),
                 qPrintable(QStringLiteral("raw byte 0x%1 in the log").arg(b, 0, 16)));
    }
    for (const QByteArray &line : log.split('\n'))
        QVERIFY(!line.startsWith("GET /forged"));
}

QTEST_GUILESS_MAIN(TestHttpRobustness)
#include "tst_http_robustness.moc"
