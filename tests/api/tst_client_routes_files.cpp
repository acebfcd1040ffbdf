// The real client against the real emulator over loopback HTTP, files and uploads: for each service
// kind, the happy path and the service's errors (401, 404, 400 with its message).

#include "datagen.h"
#include "emulatorfixture.h"
#include "hostileserver.h"
#include "waiting.h"

#include "api/chunkeduploader.h"
#include "api/pager.h"

#include <QTcpSocket>
#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

class TestClientRoutesFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void files_uploadListGetContentDelete_data() { test::EmulatorFixture::addKindRows(); }
    void files_uploadListGetContentDelete();
    void files_errors_data() { test::EmulatorFixture::addKindRows(); }
    void files_errors();
    void files_importFromUrl_classicOnly_data() { test::EmulatorFixture::addKindRows(); }
    void files_importFromUrl_classicOnly();
    void uploads_partsCompleteCancel_data() { test::EmulatorFixture::addKindRows(); }
    void uploads_partsCompleteCancel();

private:
    test::EmulatorFixture m_emu;
};

void TestClientRoutesFiles::initTestCase()
{
    QString error;
    QVERIFY2(m_emu.start(test::EmulatorFixture::keyed(), &error), qPrintable(error));
}

void TestClientRoutesFiles::files_uploadListGetContentDelete()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const QByteArray content = test::sftJsonl(12);
    const core::File f = m_emu.uploadReady(c, content);
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

    const QString out = m_emu.filePath(QStringLiteral("downloaded.jsonl"));
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

void TestClientRoutesFiles::files_errors()
{
    QFETCH(int, kind);
    api::Client &wrong = m_emu.client(Kind(kind), QStringLiteral("not-the-key"));
    auto denied = await<core::Page<core::File>>([&](auto cb) { wrong.files().list({}, this, cb); });
    QVERIFY(!denied);
    QCOMPARE(denied.error().httpStatus, 401);
    QVERIFY(!denied.error().message.isEmpty());
    QVERIFY(!denied.error().message.contains(QStringLiteral("not-the-key"))); // never echo a secret

    api::Client &c = m_emu.client(Kind(kind));
    const QString path = test::writeFile(m_emu.filePath(QStringLiteral("notes.txt")), "hello");
    auto bad =
        await<core::File>([&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    QVERIFY(!bad);
    QCOMPARE(bad.error().httpStatus, 400);
    QVERIFY2(bad.error().message.contains(QStringLiteral(".jsonl")), qPrintable(bad.error().message));

    const QString jsonl = test::writeFile(m_emu.filePath(QStringLiteral("x.jsonl")), test::sftJsonl(10));
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
        c.files().upload(m_emu.filePath(QStringLiteral("absent.jsonl")), QStringLiteral("fine-tune"), this,
                         cb);
    });
    QVERIFY(!local);
    QCOMPARE(local.error().kind, core::ApiError::Kind::Local);
}

void TestClientRoutesFiles::files_importFromUrl_classicOnly()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
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

void TestClientRoutesFiles::uploads_partsCompleteCancel()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const QByteArray content = test::sftJsonl(40);
    const QString path = test::writeFile(m_emu.filePath(QStringLiteral("big.jsonl")), content);

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

QTEST_GUILESS_MAIN(TestClientRoutesFiles)
#include "tst_client_routes_files.moc"
