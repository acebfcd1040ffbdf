// Whole-or-nothing writes: a write that fails at any point (a full disk, for real on a tiny tmpfs or
// injected) leaves the previous version byte for byte, leaves no temporary file, and says why. The
// app's own files (the offline cache, the upload state, a split dataset) are written that way.

#include "injectedwritefailure.h"
#include "tinyfilesystem.h"

#include "core/atomicfile.h"
#include "core/datasetsplitter.h"
#include "core/localcache.h"
#include "core/uploadstate.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Everything in the directory, temporary files included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

core::FineTuningJob job(const QString &id, const QString &status)
{
    core::FineTuningJob j;
    j.id = id;
    j.model = QStringLiteral("gpt-4.1-mini");
    j.createdAt = 5;
    j.status = status;
    j.trainingFile = QStringLiteral("file-t");
    return j;
}

// A tmpfs of 256 KiB under a temporary directory: `why` says why it is not mounted, or why it did not fill.
struct TinyDisk
{
    QTemporaryDir dir;
    test::TinyFilesystem fs;
    QString why;
    bool mounted = fs.mount(dir.filePath(QStringLiteral("tiny")), qint64(256) * 1024, &why);
    QString path() const { return fs.path(); }
};
} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void save_replacesTheWholeFile();
    void save_failingAtAnyPoint_keepsThePreviousVersion_data();
    void save_failingAtAnyPoint_keepsThePreviousVersion();
    void save_onAFullDisk_keepsThePreviousVersion();
    void streamedWrite_failing_keepsThePreviousVersion();
    void remove_ofAMissingFile_succeeds();
    void localCache_notSaved_keepsTheLastCopyAndSaysWhy();
    void localCache_onAFullDisk_keepsTheLastCopyAndSaysWhy();
    void uploadState_notSaved_keepsTheLastStateAndSaysWhy();
    void splitDataset_notSaved_failsAndLeavesNoFiles();
};

void TestAtomicFile::save_replacesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/doc.json"));
    QVERIFY(!core::AtomicFile::save(path, "first version, rather long"));
    QVERIFY(!core::AtomicFile::save(path, "second"));
    QCOMPARE(readAll(path), QByteArray("second"));
    QCOMPARE(entries(dir.filePath(QStringLiteral("sub"))), QStringList{QStringLiteral("doc.json")});
}

void TestAtomicFile::save_failingAtAnyPoint_keepsThePreviousVersion_data()
{
    QTest::addColumn<int>("afterBytes");
    QTest::newRow("at the first byte") << 0;
    QTest::newRow("half way") << 4;
    QTest::newRow("when all is written") << 1000;
}

void TestAtomicFile::save_failingAtAnyPoint_keepsThePreviousVersion()
{
    QFETCH(int, afterBytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.json"));
    QVERIFY(!core::AtomicFile::save(path, "{\"the\": \"previous version\"}"));
    std::optional<core::WriteError> failed;
    {
        test::InjectedWriteFailure full(QStringLiteral("/doc\\.json$"), afterBytes);
        failed = core::AtomicFile::save(path, "{\"a\": \"new version that does not fit\"}");
    }
    QVERIFY(failed);
    QCOMPARE(failed->reason, core::WriteError::Reason::NoSpace);
    QCOMPARE(failed->path, path);
    QVERIFY2(failed->message().contains(QStringLiteral("doc.json"))
                 && failed->message().contains(QStringLiteral("full")),
             qPrintable(failed->message()));
    QCOMPARE(readAll(path), QByteArray("{\"the\": \"previous version\"}"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("doc.json")}); // no temporary file left
}

void TestAtomicFile::save_onAFullDisk_keepsThePreviousVersion()
{
    TinyDisk disk;
    if (!disk.mounted)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.why)));
    const QString path = disk.path() + QStringLiteral("/doc.json");
    const QByteArray previous(3000, 'p');
    QVERIFY(!core::AtomicFile::save(path, previous));
    QVERIFY2(disk.fs.fill(&disk.why), qPrintable(disk.why));

    const auto failed = core::AtomicFile::save(path, QByteArray(100, 'n'));
    QVERIFY(failed);
    QCOMPARE(failed->reason, core::WriteError::Reason::NoSpace);
    QCOMPARE(readAll(path), previous);
    QCOMPARE(entries(disk.path()), (QStringList{QStringLiteral("doc.json"), QStringLiteral("filler.bin")}));

    QVERIFY2(disk.fs.free(&disk.why), qPrintable(disk.why));
    QVERIFY(!core::AtomicFile::save(path, QByteArray(100, 'n')));
    QCOMPARE(readAll(path), QByteArray(100, 'n'));
}

void TestAtomicFile::streamedWrite_failing_keepsThePreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QVERIFY(!core::AtomicFile::save(path, "old"));
    test::InjectedWriteFailure full(QStringLiteral("blob\\.bin$"), 10);
    core::AtomicFile out(path);
    QVERIFY(!out.open());
    QByteArray source(1000, 's');
    QBuffer in(&source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QVERIFY(out.writeFrom(in)); // fails after 10 bytes
    QVERIFY(out.write("more")); // and every later call says so
    QVERIFY(out.commit());
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("blob.bin")});
}

void TestAtomicFile::remove_ofAMissingFile_succeeds()
{
    QTemporaryDir dir;
    QVERIFY(!core::AtomicFile::remove(dir.filePath(QStringLiteral("never-there"))));
    const QString path = dir.filePath(QStringLiteral("there"));
    QVERIFY(!core::AtomicFile::save(path, "x"));
    QVERIFY(!core::AtomicFile::remove(path));
    QVERIFY(!QFile::exists(path));
}

void TestAtomicFile::localCache_notSaved_keepsTheLastCopyAndSaysWhy()
{
    QTemporaryDir dir;
    core::LocalCache cache(dir.filePath(QStringLiteral("conn")));
    QVERIFY(!cache.storeJobs({job(QStringLiteral("ftjob-a"), QStringLiteral("running"))}));
    QVERIFY(!cache.storeEvents(QStringLiteral("ftjob-a"), {}));
    QVERIFY(!cache.storeResults(QStringLiteral("ftjob-a"), "step,train_loss\n1,2\n"));
    const QByteArray jobsBefore = readAll(dir.filePath(QStringLiteral("conn/jobs.json")));

    test::InjectedWriteFailure full(QStringLiteral("/conn/"), 5);
    const auto jobsFailed = cache.storeJobs({job(QStringLiteral("ftjob-a"), QStringLiteral("succeeded")),
                                             job(QStringLiteral("ftjob-b"), QStringLiteral("queued"))});
    QVERIFY(jobsFailed);
    QVERIFY2(jobsFailed->message().contains(QStringLiteral("jobs.json")), qPrintable(jobsFailed->message()));
    QVERIFY(cache.storeResults(QStringLiteral("ftjob-a"), "step,train_loss\n1,2\n2,1\n"));
    QVERIFY(cache.storeEvents(QStringLiteral("ftjob-a"), {core::JobEvent{}}));

    QCOMPARE(readAll(dir.filePath(QStringLiteral("conn/jobs.json"))), jobsBefore);
    QCOMPARE(cache.jobs().size(), 1);
    QCOMPARE(cache.jobs().first().status, QStringLiteral("running"));
    QCOMPARE(cache.results(QStringLiteral("ftjob-a")).value_or(QByteArray()),
             QByteArray("step,train_loss\n1,2\n"));
    QVERIFY(cache.events(QStringLiteral("ftjob-a")).isEmpty());
}

void TestAtomicFile::localCache_onAFullDisk_keepsTheLastCopyAndSaysWhy()
{
    TinyDisk disk;
    if (!disk.mounted)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.why)));
    core::LocalCache cache(disk.path() + QStringLiteral("/conn"));
    QVERIFY(!cache.storeJobs({job(QStringLiteral("ftjob-a"), QStringLiteral("running"))}));
    const QByteArray before = readAll(disk.path() + QStringLiteral("/conn/jobs.json"));
    QVERIFY2(disk.fs.fill(&disk.why), qPrintable(disk.why));

    const auto failed = cache.storeJobs({job(QStringLiteral("ftjob-a"), QStringLiteral("succeeded"))});
    QVERIFY(failed);
    QCOMPARE(failed->reason, core::WriteError::Reason::NoSpace);
    QCOMPARE(readAll(disk.path() + QStringLiteral("/conn/jobs.json")), before);
    QCOMPARE(cache.jobs().first().status, QStringLiteral("running"));
}

void TestAtomicFile::uploadState_notSaved_keepsTheLastStateAndSaysWhy()
{
    QTemporaryDir dir;
    core::UploadStateStore store(dir.filePath(QStringLiteral("uploads")));
    core::UploadState s;
    s.endpoint = QStringLiteral("http://127.0.0.1:1");
    s.path = QStringLiteral("/data/train.jsonl");
    s.bytes = 300;
    s.modifiedMs = 1000;
    s.purpose = QStringLiteral("fine-tune");
    s.uploadId = QStringLiteral("upload_abc");
    s.partSize = 100;
    s.parts = {{QStringLiteral("part_1"), 0, 100}};
    QVERIFY(!store.save(s));

    s.parts.append({QStringLiteral("part_2"), 100, 100});
    {
        test::InjectedWriteFailure full(QStringLiteral("/uploads/"), 20);
        const auto failed = store.save(s);
        QVERIFY(failed);
        QCOMPARE(failed->reason, core::WriteError::Reason::NoSpace);
        QVERIFY(!failed->message().isEmpty());
    }
    const auto found = store.find(s.endpoint, s.path, s.bytes, s.modifiedMs, s.purpose, 0);
    QVERIFY(found);
    QCOMPARE(found->parts.size(), 1); // the last state that was saved, whole
    QCOMPARE(store.all().size(), 1);
    QCOMPARE(entries(store.directory()).size(), 1);
}

void TestAtomicFile::splitDataset_notSaved_failsAndLeavesNoFiles()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("all.jsonl"));
    QByteArray lines;
    for (int i = 0; i < 50; ++i)
        lines += "{\"n\": " + QByteArray::number(i) + "}\n";
    QVERIFY(!core::AtomicFile::save(source, lines));
    test::InjectedWriteFailure full(QStringLiteral("valid\\.jsonl$"), 30);
    QString error;
    QVERIFY(!core::splitDataset(source, 20, 1, dir.filePath(QStringLiteral("train.jsonl")),
                                dir.filePath(QStringLiteral("valid.jsonl")), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("valid.jsonl")), qPrintable(error));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("all.jsonl")});
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
