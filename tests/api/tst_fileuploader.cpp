// FileUploader, the one way a file gets onto the service, against the emulator: small files in one
// request and large ones in parts (the catalog's threshold decides), a chunked upload cut short resumes
// from its confirmed parts, Cancel stops any stage, and the wait for "processed" ends in the file or in
// a typed error (the service could not process it; still processing when the time is up).

#include "datagen.h"
#include "datatable.h"
#include "waiting.h"

#include "api/client.h"
#include "api/fileuploader.h"
#include "emulator/emulator.h"

#include "core/catalog.h"
#include "core/uploadstate.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::await;
using test::waitUntil;
using Method = core::UploadPlan::Method;

class TestFileUploader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void plan_followsTheCatalogThreshold_data();
    void plan_followsTheCatalogThreshold();
    void upload_smallFileOnAzure_isDeliveredProcessed();
    void upload_withoutWaiting_isDeliveredAsTheServiceAnswered();
    void upload_forcedChunked_goesThroughTheUploadsApi();
    void upload_cutShort_resumesFromTheConfirmedParts();
    void cancel_duringChunkedUpload_cancelsItOnTheServiceAndForgetsIt();
    void cancel_whileWaiting_stopsLooking();
    void wait_timeUp_isStillProcessingWithTheFileAsLastSeen();
    void import_theServiceCannotFetch_isATypedProcessingFailure();
    void waitUntilProcessed_unknownFile_isTheServicesError();

private:
    static emu::Emulator::Options withLatency(int ms); // parts take a while
    static emu::Emulator::Options slowProcessing(); // Azure takes ten seconds to process a file
    api::FileUploader::Options inParts() const; // the Uploads API, 1 KiB parts, the test's state store
    emu::Emulator &emulator(emu::Emulator::Options options = {});
    api::Client &client(const emu::Emulator &emulator, api::ServiceKind kind = api::ServiceKind::AzureV1);
    QString data(const QString &name, const QByteArray &content);
    QByteArray contentOf(api::Client &c, const QString &fileId);

    QTemporaryDir m_dir;
    std::unique_ptr<core::UploadStateStore> m_states;
    std::vector<std::unique_ptr<emu::Emulator>> m_emulators;
    std::vector<std::unique_ptr<api::Client>> m_clients;
};

void TestFileUploader::init()
{
    static int round = 0;
    m_states =
        std::make_unique<core::UploadStateStore>(m_dir.filePath(QStringLiteral("states-%1").arg(++round)));
}

emu::Emulator::Options TestFileUploader::withLatency(int ms)
{
    emu::Emulator::Options o;
    o.latencyMs = ms;
    return o;
}

emu::Emulator::Options TestFileUploader::slowProcessing()
{
    emu::Emulator::Options o;
    o.speed = 0.2;
    return o;
}

api::FileUploader::Options TestFileUploader::inParts() const
{
    api::FileUploader::Options o;
    o.forceChunked = true;
    o.partSize = 1024;
    o.states = m_states.get();
    return o;
}

emu::Emulator &TestFileUploader::emulator(emu::Emulator::Options options)
{
    options.dataDir = m_dir.filePath(QStringLiteral("emulator-%1").arg(m_emulators.size()));
    if (options.speed == 1.0)
        options.speed = 4; // Azure's processing takes half a second
    m_emulators.push_back(std::make_unique<emu::Emulator>(options));
    QString error;
    if (!m_emulators.back()->start(&error))
        qFatal("emulator: %s", qPrintable(error));
    return *m_emulators.back();
}

api::Client &TestFileUploader::client(const emu::Emulator &emulator, api::ServiceKind kind)
{
    api::Connection c;
    c.kind = kind;
    c.endpoint = emulator.baseUrl();
    c.secret = QStringLiteral("key");
    m_clients.push_back(std::make_unique<api::Client>(c));
    return *m_clients.back();
}

QString TestFileUploader::data(const QString &name, const QByteArray &content)
{
    return test::writeFile(m_dir.filePath(name), content);
}

QByteArray TestFileUploader::contentOf(api::Client &c, const QString &fileId)
{
    auto body = await<QByteArray>([&](auto cb) { c.files().content(fileId, this, cb); });
    return body ? body.value() : QByteArray("<" + body.error().toString().toUtf8() + ">");
}

void TestFileUploader::plan_followsTheCatalogThreshold_data()
{
    const core::Catalog &catalog = core::Catalog::builtin();
    const qint64 threshold = catalog.chunkedThresholdBytes();
    const qint64 maxPart = catalog.maxPartBytes();
    test::addColumns<qint64, bool, qint64, int, qint64, int>("bytes", "forceChunked", "partSize", "method",
                                                             "expectedPartSize", "parts");
    QTest::newRow("at the threshold")
        << threshold << false << qint64(0) << int(Method::Simple) << qint64(0) << 1;
    QTest::newRow("one byte above") << threshold + 1 << false << qint64(0) << int(Method::Chunked) << maxPart
                                    << int((threshold + maxPart) / maxPart);
    QTest::newRow("forced, small parts")
        << qint64(2500) << true << qint64(1000) << int(Method::Chunked) << qint64(1000) << 3;
    QTest::newRow("forced, part too large")
        << qint64(2500) << true << maxPart + 1 << int(Method::Chunked) << maxPart << 1;
    QTest::newRow("empty file") << qint64(0) << false << qint64(0) << int(Method::Simple) << qint64(0) << 1;
}

void TestFileUploader::plan_followsTheCatalogThreshold()
{
    QFETCH(qint64, bytes);
    QFETCH(bool, forceChunked);
    QFETCH(qint64, partSize);
    QFETCH(int, method);
    QFETCH(qint64, expectedPartSize);
    QFETCH(int, parts);
    api::FileUploader::Options o;
    o.forceChunked = forceChunked;
    o.partSize = partSize;
    const core::UploadPlan plan = api::FileUploader::plan(bytes, o);
    QCOMPARE(int(plan.method), method);
    QCOMPARE(plan.partSize, expectedPartSize);
    QCOMPARE(plan.parts(), parts);
}

void TestFileUploader::upload_smallFileOnAzure_isDeliveredProcessed()
{
    emu::Emulator &emu = emulator();
    api::Client &c = client(emu);
    const QByteArray content = test::sftJsonl(20);
    api::FileUploader uploader(c, {});
    QSignalSpy processing(&uploader, &api::FileUploader::processing);
    qint64 lastSent = 0;
    connect(&uploader, &api::FileUploader::progress, this, [&](qint64 sent, qint64) { lastSent = sent; });
    auto file = await<core::File>(
        [&](auto cb) { uploader.upload(data(QStringLiteral("small.jsonl"), content), cb); });
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(file.value().status, QStringLiteral("processed")); // Azure answered "pending" first
    QCOMPARE(processing.size(), 1);
    QCOMPARE(processing.first().first().toString(), file.value().id);
    QVERIFY(lastSent >= content.size());
    QVERIFY(uploader.uploadId().isEmpty()); // one request, no Uploads API
    QCOMPARE(uploader.file()->id, file.value().id);
    QCOMPARE(contentOf(c, file.value().id), content);
}

void TestFileUploader::upload_withoutWaiting_isDeliveredAsTheServiceAnswered()
{
    emu::Emulator &emu = emulator();
    api::Client &c = client(emu);
    api::FileUploader::Options o;
    o.waitUntilProcessed = false;
    api::FileUploader uploader(c, o);
    QSignalSpy processing(&uploader, &api::FileUploader::processing);
    auto file = await<core::File>(
        [&](auto cb) { uploader.upload(data(QStringLiteral("nowait.jsonl"), test::sftJsonl(12)), cb); });
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(file.value().status, QStringLiteral("pending"));
    QCOMPARE(processing.size(), 0);
}

void TestFileUploader::upload_forcedChunked_goesThroughTheUploadsApi()
{
    emu::Emulator &emu = emulator();
    api::Client &c = client(emu);
    const QByteArray content = test::sftJsonl(40);
    const api::FileUploader::Options o = inParts();
    api::FileUploader uploader(c, o);
    qint64 lastSent = 0;
    connect(&uploader, &api::FileUploader::progress, this, [&](qint64 sent, qint64) { lastSent = sent; });
    auto file = await<core::File>(
        [&](auto cb) { uploader.upload(data(QStringLiteral("chunked.jsonl"), content), cb); });
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(file.value().status, QStringLiteral("processed"));
    QCOMPARE(lastSent, content.size());
    const QString uploadId = uploader.uploadId();
    QVERIFY(!uploadId.isEmpty());
    // The service holds that upload, completed.
    auto again = await<core::Upload>([&](auto cb) { c.uploads().cancel(uploadId, this, cb); });
    QVERIFY(!again);
    QCOMPARE(again.error().httpStatus, 400);
    QCOMPARE(contentOf(c, file.value().id), content);
    QVERIFY(m_states->all().isEmpty()); // nothing left to resume
}

void TestFileUploader::upload_cutShort_resumesFromTheConfirmedParts()
{
    emu::Emulator &emu = emulator(withLatency(30)); // the first uploader is gone half-way
    api::Client &c = client(emu);
    const QByteArray content = test::sftJsonl(200);
    const QString path = data(QStringLiteral("resume.jsonl"), content);
    const api::FileUploader::Options o = inParts();
    auto confirmedParts = [this] {
        return m_states->all().isEmpty() ? 0 : int(m_states->all().first().parts.size());
    };

    auto first = std::make_unique<api::FileUploader>(c, o);
    bool firstDone = false;
    first->upload(path, [&](const core::Result<core::File> &) { firstDone = true; });
    QVERIFY(waitUntil([&] { return confirmedParts() >= 2 || firstDone; }, 20000));
    QVERIFY2(!firstDone, "the upload ended before it could be cut short");
    const QString firstUpload = first->uploadId();
    first.reset(); // as a crash would: nothing is cancelled
    const int before = confirmedParts();
    QVERIFY(before >= 2 && qint64(before) * 1024 < content.size());

    api::FileUploader second(c, o);
    QSignalSpy resumed(&second, &api::FileUploader::resumed);
    auto file = await<core::File>([&](auto cb) { second.upload(path, cb); }, 60000);
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().at(0).toString(), firstUpload);
    QCOMPARE(resumed.first().at(1).toInt(), before);
    QCOMPARE(resumed.first().at(2).toLongLong(), qint64(before) * 1024);
    QCOMPARE(second.uploadId(), firstUpload);
    QCOMPARE(contentOf(c, file.value().id), content);
    QCOMPARE(confirmedParts(), 0);
}

void TestFileUploader::cancel_duringChunkedUpload_cancelsItOnTheServiceAndForgetsIt()
{
    emu::Emulator &emu = emulator(withLatency(30));
    api::Client &c = client(emu);
    const api::FileUploader::Options o = inParts();
    api::FileUploader uploader(c, o);
    int progressed = 0;
    connect(&uploader, &api::FileUploader::progress, this, [&](qint64, qint64) {
        if (++progressed == 3)
            uploader.cancel();
    });
    auto file = await<core::File>(
        [&](auto cb) { uploader.upload(data(QStringLiteral("cancel.jsonl"), test::sftJsonl(80)), cb); });
    QVERIFY(!file);
    QCOMPARE(file.error().kind, core::ApiError::Kind::Cancelled);
    QVERIFY(!uploader.isBusy());
    const QString id = uploader.uploadId();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_states->all().isEmpty());
    QVERIFY(waitUntil(
        [&] {
            auto again = await<core::Upload>([&](auto cb) { c.uploads().cancel(id, this, cb); });
            return !again && again.error().httpStatus == 400; // cancelled already
        },
        5000));
}

void TestFileUploader::cancel_whileWaiting_stopsLooking()
{
    emu::Emulator &emu = emulator(slowProcessing());
    api::Client &c = client(emu);
    api::FileUploader uploader(c, {});
    connect(&uploader, &api::FileUploader::processing, &uploader, &api::FileUploader::cancel,
            Qt::QueuedConnection);
    QElapsedTimer clock;
    clock.start();
    auto file = await<core::File>(
        [&](auto cb) { uploader.upload(data(QStringLiteral("wait.jsonl"), test::sftJsonl(12)), cb); });
    QVERIFY(!file);
    QCOMPARE(file.error().kind, core::ApiError::Kind::Cancelled);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(uploader.file()->status, QStringLiteral("pending")); // uploaded, then no longer waited for
}

void TestFileUploader::wait_timeUp_isStillProcessingWithTheFileAsLastSeen()
{
    emu::Emulator &emu = emulator(slowProcessing());
    api::Client &c = client(emu);
    api::FileUploader::Options o;
    o.waitTimeoutMs = 300;
    o.pollIntervalMs = 50;
    api::FileUploader uploader(c, o);
    auto file = await<core::File>(
        [&](auto cb) { uploader.upload(data(QStringLiteral("slow.jsonl"), test::sftJsonl(12)), cb); });
    QVERIFY(!file);
    const core::ApiError &e = file.error();
    QCOMPARE(e.kind, core::ApiError::Kind::Timeout);
    QCOMPARE(e.operationStatus, QStringLiteral("pending"));
    QVERIFY(api::FileUploader::isProcessingOutcome(e));
    QVERIFY2(e.message.contains(QStringLiteral("slow.jsonl")), qPrintable(e.message));
    QVERIFY(uploader.file());
    QCOMPARE(e.param, uploader.file()->id);
    QCOMPARE(uploader.file()->status, QStringLiteral("pending"));
}

void TestFileUploader::import_theServiceCannotFetch_isATypedProcessingFailure()
{
    emu::Emulator::Options o;
    o.import.allowLoopback = true;
    emu::Emulator &emu = emulator(o);
    api::Client &c = client(emu, api::ServiceKind::AzureClassic);
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port nobody listens on once it is closed again
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    api::FileUploader uploader(c, {});
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/train.jsonl").arg(closedPort));
    auto file = await<core::File>([&](auto cb) { uploader.import(url, QStringLiteral("train.jsonl"), cb); });
    QVERIFY(!file);
    const core::ApiError &e = file.error();
    QCOMPARE(e.kind, core::ApiError::Kind::Operation);
    QCOMPARE(e.operationStatus, QStringLiteral("error"));
    QVERIFY(api::FileUploader::isProcessingOutcome(e));
    QVERIFY(uploader.file());
    QCOMPARE(e.param, uploader.file()->id);
    QVERIFY(uploader.file()->isFailed());
    QVERIFY(!uploader.file()->statusDetails.isEmpty());
    QVERIFY2(e.message.contains(uploader.file()->statusDetails), qPrintable(e.message));
}

void TestFileUploader::waitUntilProcessed_unknownFile_isTheServicesError()
{
    emu::Emulator &emu = emulator();
    api::Client &c = client(emu);
    api::FileUploader uploader(c, {});
    auto file = await<core::File>(
        [&](auto cb) { uploader.waitUntilProcessed(QStringLiteral("file-doesnotexist"), cb); });
    QVERIFY(!file);
    QCOMPARE(file.error().httpStatus, 404);
    QVERIFY(!api::FileUploader::isProcessingOutcome(file.error()));
    QVERIFY(!uploader.file());
}

QTEST_MAIN(TestFileUploader)
#include "tst_fileuploader.moc"
