// What the client writes on this computer when the disk is full: a download keeps the previous file
// and fails with the reason; an upload whose progress cannot be recorded says so, once, and still
// uploads; the auto-deploy queue says its file was not saved and keeps the last one.

#include "datagen.h"
#include "injectedwritefailure.h"
#include "waiting.h"

#include "api/autodeployqueue.h"
#include "api/chunkeduploader.h"
#include "api/client.h"
#include "emulator/emulator.h"

#include "core/atomicfile.h"
#include "core/uploadstate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::await;

class TestLocalWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void download_notSaved_keepsThePreviousFileAndSaysWhy();
    void chunkedUpload_progressNotRecorded_saysSoOnceAndStillUploads();
    void autoDeployQueue_notSaved_saysSoAndKeepsTheLastFile();

private:
    api::Client &client();

    QTemporaryDir m_dir;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<api::Client> m_client;
};

void TestLocalWrites::initTestCase()
{
    emu::Emulator::Options o;
    o.dataDir = m_dir.filePath(QStringLiteral("emulator"));
    o.speed = 400;
    m_emulator = std::make_unique<emu::Emulator>(o);
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
    api::Connection c;
    c.kind = api::ServiceKind::OpenAI;
    c.endpoint = m_emulator->baseUrl();
    c.secret = QStringLiteral("key");
    m_client = std::make_unique<api::Client>(c);
}

void TestLocalWrites::download_notSaved_keepsThePreviousFileAndSaysWhy()
{
    const QString source = test::writeFile(m_dir.filePath(QStringLiteral("d.jsonl")), test::sftJsonl(10));
    auto up = await<core::File>(
        [&](auto cb) { m_client->files().upload(source, QStringLiteral("fine-tune"), this, cb); });
    QVERIFY2(up, qPrintable(up.error().toString()));
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("copy.jsonl"));
    QVERIFY(!core::AtomicFile::save(target, "the previous download"));

    test::InjectedWriteFailure full(QStringLiteral("copy\\.jsonl$"), 100);
    auto done =
        await<core::Nothing>([&](auto cb) { m_client->files().download(up.value().id, target, this, cb); });
    QVERIFY(!done);
    QVERIFY2(done.error().message.contains(QStringLiteral("copy.jsonl")),
             qPrintable(done.error().toString()));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the previous download"));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("copy.jsonl")});
}

void TestLocalWrites::chunkedUpload_progressNotRecorded_saysSoOnceAndStillUploads()
{
    const QByteArray content = test::sftJsonl(40);
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("chunked.jsonl")), content);
    const QString states = m_dir.filePath(QStringLiteral("upload-states"));
    core::UploadStateStore store(states);
    test::InjectedWriteFailure full(QRegularExpression::escape(states));
    api::ChunkedUploader uploader(m_client->uploads(), path, QStringLiteral("fine-tune"), 1024);
    uploader.setStateStore(&store, m_client->connection().endpoint.toString());
    QSignalSpy told(&uploader, &api::ChunkedUploader::stateNotSaved);
    auto file = await<core::File>([&](auto cb) { uploader.start(cb); }, 60000);
    QVERIFY2(file, qPrintable(file.error().toString()));
    QCOMPARE(file.value().bytes.value_or(0), content.size());
    QCOMPARE(told.size(), 1); // once, though every part failed to be recorded
    QVERIFY(!told.first().first().toString().isEmpty());
    QVERIFY(store.all().isEmpty());
}

void TestLocalWrites::autoDeployQueue_notSaved_saysSoAndKeepsTheLastFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("auto-deploy.json"));
    {
        api::AutoDeployQueue queue(path);
        QSignalSpy failed(&queue, &api::AutoDeployQueue::saveFailed);
        queue.add(QStringLiteral("ftjob-1"), QStringLiteral("first"), QStringLiteral("GlobalStandard"));
        QCOMPARE(failed.size(), 0);
        test::InjectedWriteFailure full(QStringLiteral("auto-deploy\\.json$"), 3);
        queue.add(QStringLiteral("ftjob-2"), QStringLiteral("second"), QStringLiteral("GlobalStandard"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("auto-deploy.json")),
                 qPrintable(failed.first().first().toString()));
    }
    api::AutoDeployQueue reread(path);
    QCOMPARE(reread.entries().size(), 1);
    QCOMPARE(reread.entries().first().deploymentName, QStringLiteral("first"));
}

QTEST_GUILESS_MAIN(TestLocalWrites)
#include "tst_local_writes.moc"
