// What the emulator's HTTP front costs the machine under load: it stays within its descriptor limit
// without spinning, and large bodies go to disk instead of memory.

#include "emulatorprocess.h"
#include "processstats.h"
#include "rawhttp.h"

#include "core/jsonutil.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace ft;
namespace js = core::js;

namespace {
const QByteArray kFiles = "/openai/v1/files";
} // namespace

class TestHttpResources final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void atTheDescriptorLimit_theEmulatorStillAnswersAndDoesNotSpin();
    void largeBodies_keepTheEmulatorsMemoryFlat();

private:
    QTemporaryDir m_dir;
    test::EmulatorProcess m_emulator;
    quint16 m_port = 0;
};

void TestHttpResources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_emulator.start({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("emu"))}, &error),
             qPrintable(error));
    m_port = quint16(m_emulator.url().port());
}

void TestHttpResources::cleanupTestCase()
{
    m_emulator.terminate();
}

void TestHttpResources::atTheDescriptorLimit_theEmulatorStillAnswersAndDoesNotSpin()
{
    // 256 descriptors and 400 clients holding connections open: the emulator caps itself below its
    // descriptor limit instead of failing accept() in a loop.
    test::EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.startWrapped(
                 {QStringLiteral("prlimit"), QStringLiteral("--nofile=256:256"), QStringLiteral("--")},
                 {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("limit")),
                  QStringLiteral("--quiet")},
                 &error),
             qPrintable(error));
    const auto port = quint16(emulator.url().port());
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 400; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        s->waitForConnected(2000);
        idle.push_back(std::move(s));
    }
    QTest::qWait(300);
    const qint64 before = test::processCpuTicks(emulator.processId());
    QTest::qWait(2000);
    const qint64 after = test::processCpuTicks(emulator.processId());
    QVERIFY(before >= 0 && after >= 0);
    QVERIFY2(after - before < 50,
             qPrintable(QStringLiteral("%1 ticks in 2 s").arg(after - before))); // < 0.5 s CPU
    const test::WireExchange ex = test::wireExchange(port, test::wireText("GET", kFiles, port), 1, 3000);
    QCOMPARE(ex.responses.value(0).status, 200);
    idle.clear();
    emulator.terminate();
}

void TestHttpResources::largeBodies_keepTheEmulatorsMemoryFlat()
{
    // A 300 MB part (over the 64 MB part limit, refused) and a 64 MB part (accepted), sent as a client
    // would stream them: the emulator's peak memory grows by well under either.
    const qint64 pid = m_emulator.processId();
    test::resetPeakMemory(pid);
    const qint64 before = test::processStatusKb(pid, "VmRSS");
    QVERIFY(before > 0);
    const QByteArray create =
        R"({"filename":"big.jsonl","purpose":"fine-tune","bytes":400000000,"mime_type":"text/jsonl"})";
    const test::WireExchange created = test::wireExchange(
        m_port,
        test::wireText("POST", "/openai/v1/uploads", m_port, "Content-Type: application/json\r\n", create));
    QCOMPARE(created.responses.value(0).status, 200);
    js::Json upload;
    QVERIFY(js::parse(created.responses[0].body, upload));
    const QByteArray target = "/openai/v1/uploads/" + js::str(upload, "id").toLatin1() + "/parts";

    auto sendPart = [&](qint64 megabytes) {
        const QByteArray boundary = "part-boundary-93f";
        const QByteArray head = "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"blob\"\r\nContent-Type: "
              "application/octet-stream\r\n\r\n";
        const QByteArray tail = "\r\n--" + boundary + "--\r\n";
        const qint64 size = megabytes * 1024 * 1024;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(3000))
            return 0;
        socket.write("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
                     + "\r\napi-key: k\r\nContent-Type: multipart/form-data; boundary=" + boundary
                     + "\r\nContent-Length: " + QByteArray::number(head.size() + size + tail.size())
                     + "\r\n\r\n" + head);
        const QByteArray block(1 << 20, 'z');
        for (qint64 sent = 0; sent < size; sent += block.size()) {
            socket.write(block);
            while (socket.bytesToWrite() > 4 * block.size())
                socket.waitForBytesWritten(1000);
        }
        socket.write(tail);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && test::parseResponses(answer).isEmpty()) {
            socket.waitForBytesWritten(50);
            if (socket.waitForReadyRead(50))
                answer += socket.readAll();
        }
        return test::parseResponses(answer).value(0).status;
    };
    QCOMPARE(sendPart(300), 400); // larger than a part may be
    QCOMPARE(sendPart(64), 200);
    const qint64 peak = test::processStatusKb(pid, "VmHWM");
    const qint64 growthMb = (peak - before) / 1024;
    qInfo("emulator RSS before %lld KiB, peak after %lld KiB: %lld MB growth for 364 MB of parts", before,
          peak, growthMb);
    QVERIFY2(growthMb < 64, qPrintable(QStringLiteral("%1 MB").arg(growthMb)));
}

QTEST_GUILESS_MAIN(TestHttpResources)
#include "tst_http_resources.moc"
