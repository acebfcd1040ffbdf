// Surviving faults, with the real binaries: ftctl runs the whole flow (a 100 MB upload through the
// Uploads API, create, wait, download the results, deploy, delete) against finetune-emulator
// --fault-rate 0.2 with five fault seeds and ends with exactly one job and the expected files; an
// ftctl killed during a 300 MB chunked upload resumes from its last confirmed part; an emulator
// killed ten times at random moments always loads again and every job ends.

#include "ctlrunner.h"
#include "datagen.h"
#include "datatable.h"
#include "emulatorprocess.h"

#include "core/jsonutil.h"
#include "core/resultstable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::CtlResult;
namespace js = core::js;

#define CTL_OK(result) QVERIFY2((result).exitCode == 0, (result).err.constData())

namespace {
// An SFT file of `megabytes` MiB made of long examples (a few KiB each: few steps, many bytes).
void writeBigSft(const QString &path, qint64 megabytes, int seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator rng{quint32(seed)};
    const QByteArray words[] = {"ocean",  "ledger", "quartz", "lantern", "harbor",  "meadow",
                                "signal", "copper", "orbit",  "willow",  "saffron", "glacier",
                                "tundra", "cipher", "beacon", "falcon"};
    const qint64 target = megabytes * 1024 * 1024;
    qint64 written = 0;
    int i = 0;
    while (written < target) {
        QByteArray text;
        const int n = 600 + int(rng.bounded(400));
        for (int w = 0; w < n; ++w)
            text += words[rng.bounded(16)] + ' ';
        const QByteArray line =
            js::dump(js::Json{
                {"messages",
                 {{{"role", "system"}, {"content", "You summarise field notes."}},
                  {{"role", "user"}, {"content", "Notes " + std::to_string(i) + ": " + text.toStdString()}},
                  {{"role", "assistant"}, {"content", "Summary " + std::to_string(i) + "."}}}}})
            + '\n';
        f.write(line);
        written += line.size();
        ++i;
    }
}

QStringList emulatorArgs(const QString &dataDir, const QStringList &extra)
{
    return QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--speed"),
                       QStringLiteral("5000")}
    + extra;
}
} // namespace

class TestFaultTolerance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeFlow_underFaults_endsWithOneJobAndTheFiles_data();
    void wholeFlow_underFaults_endsWithOneJobAndTheFiles();
    void lostAnswers_neverDuplicateACreation_data();
    void lostAnswers_neverDuplicateACreation();
    void killedDuringChunkedUpload_resumesFromTheLastPart();
    void emulatorKilledTenTimes_loadsAndFinishesEveryJob();

private:
    QTemporaryDir m_dir;
    QString m_big;
};

void TestFaultTolerance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(QStringLiteral("big-train.jsonl"));
    writeBigSft(m_big, 100, 1);
    QVERIFY(QFileInfo(m_big).size() >= 100LL * 1024 * 1024);
}

void TestFaultTolerance::wholeFlow_underFaults_endsWithOneJobAndTheFiles_data()
{
    QTest::addColumn<int>("seed");
    for (int seed : {11, 22, 33, 44, 55})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestFaultTolerance::wholeFlow_underFaults_endsWithOneJobAndTheFiles()
{
    QFETCH(int, seed);
    const QString base = m_dir.filePath(QStringLiteral("flow-%1").arg(seed));
    test::EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start(emulatorArgs(base + QStringLiteral("/emu"),
                                         {QStringLiteral("--fault-rate"), QStringLiteral("0.2"),
                                          QStringLiteral("--fault-seed"), QString::number(seed)}),
                            &error),
             qPrintable(error));
    test::CtlRunner ctl(emulator.url());
    ctl.setEnv(QStringLiteral("XDG_DATA_HOME"), base + QStringLiteral("/data"));
    const QStringList common{QStringLiteral("--json"), QStringLiteral("--max-retries"), QStringLiteral("8")};
    QByteArray ctlErrors;
    auto run = [&](const QStringList &args, int timeoutMs = 300000) {
        CtlResult r = ctl.run(common + args, timeoutMs);
        ctlErrors += r.err;
        return r;
    };

    // 1. The 100 MB training file: above the threshold, so through the Uploads API.
    const CtlResult big = run({QStringLiteral("files"), QStringLiteral("upload"), m_big});
    CTL_OK(big);
    const QString trainId = js::str(big.json(), "id");
    QCOMPARE(js::int64(big.json(), "bytes"), QFileInfo(m_big).size());
    const QString validPath = test::writeFile(base + QStringLiteral("/valid.jsonl"), test::sftJsonl(20, 9));
    const CtlResult valid = run({QStringLiteral("files"), QStringLiteral("upload"), validPath});
    CTL_OK(valid);
    const QString validId = js::str(valid.json(), "id");

    // 2. Create (exactly once) and wait.
    const QString suffix = QStringLiteral("faults-%1").arg(seed);
    const CtlResult created = run(
        {QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
         QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"), trainId,
         QStringLiteral("--validation-file"), validId, QStringLiteral("--suffix"), suffix,
         QStringLiteral("--n-epochs"), QStringLiteral("1"), QStringLiteral("--seed"), QString::number(seed)});
    CTL_OK(created);
    const QString jobId = js::str(created.json(), "id");
    const CtlResult waited =
        run({QStringLiteral("jobs"), QStringLiteral("wait"), jobId, QStringLiteral("--interval"),
             QStringLiteral("0.3"), QStringLiteral("--timeout"), QStringLiteral("600")},
            660000);
    CTL_OK(waited);
    const js::Json job = waited.json();
    QCOMPARE(js::str(job, "status"), QStringLiteral("succeeded"));
    const QString model = js::str(job, "fine_tuned_model");
    const QString resultsId = js::toQ(job["result_files"][0]);

    // 3. Download the results.
    const QString csvPath = base + QStringLiteral("/results.csv");
    CTL_OK(run({QStringLiteral("files"), QStringLiteral("download"), resultsId, csvPath}));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const auto table = core::ResultsTable::parse(csv.readAll());
    QVERIFY(table && table->rowCount() > 0);

    // 4. Deploy, then delete the deployment.
    const QStringList arm = ctl.armOptions();
    const QString deployment = QStringLiteral("dep-%1").arg(seed);
    CTL_OK(
        run(QStringList{QStringLiteral("deploy"), QStringLiteral("create"), deployment,
                        QStringLiteral("--model"), model, QStringLiteral("--interval"), QStringLiteral("0.3")}
            + arm));
    CTL_OK(run(QStringList{QStringLiteral("deploy"), QStringLiteral("delete"), deployment} + arm));

    // Exactly one job, and exactly the expected files: no duplicate from a repeated create or upload.
    const CtlResult jobs = run({QStringLiteral("jobs"), QStringLiteral("list")});
    CTL_OK(jobs);
    const js::Json jobList = jobs.json();
    QCOMPARE(int(jobList["data"].size()), 1);
    QCOMPARE(js::str(jobList["data"][0], "id"), jobId);
    const CtlResult files = run({QStringLiteral("files"), QStringLiteral("list")});
    CTL_OK(files);
    const js::Json fileList = files.json();
    QMultiMap<QString, QString> byName;
    for (const auto &f : fileList["data"])
        byName.insert(js::str(f, "filename"), js::str(f, "id"));
    QCOMPARE(byName.values(QStringLiteral("big-train.jsonl")), QStringList{trainId});
    QCOMPARE(byName.values(QStringLiteral("valid.jsonl")), QStringList{validId});
    QVERIFY(byName.values().contains(resultsId));
    QCOMPARE(byName.size(), 3);
    const CtlResult deployments = run(QStringList{QStringLiteral("deploy"), QStringLiteral("list")} + arm);
    CTL_OK(deployments);
    QVERIFY(deployments.json()["data"].empty());

    // Faults did happen, and were ridden out by retries.
    const QByteArray log = emulator.standardError();
    QVERIFY2(log.count("[fault") >= 3, log.right(2000).constData());
    qInfo("seed %d: %lld faults injected (%lld answers lost after the work was done); ftctl retried %lld "
          "times, "
          "found %lld lost creations",
          seed, static_cast<long long>(log.count("[fault")),
          static_cast<long long>(log.count("dropped before the answer")),
          static_cast<long long>(ctlErrors.count("retrying")),
          static_cast<long long>(ctlErrors.count("had succeeded") + ctlErrors.count("found the job")));
    QVERIFY(ctlErrors.contains("retrying"));
    QVERIFY(!ctlErrors.contains("test-key")); // retries are logged without secrets
}

void TestFaultTolerance::lostAnswers_neverDuplicateACreation_data()
{
    QTest::addColumn<QString>("only"); // --fault-only
    test::addColumns<QString, QString>("kinds", "rate");
    QTest::addColumn<QString>("what"); // file, chunked, job
    QTest::addColumn<QByteArray>("said"); // what ftctl logs when it resolves the lost answer
    QTest::addColumn<QString>("seed");
    QTest::newRow("file upload, answer lost")
        << QStringLiteral("^POST /openai/v1/files$") << QStringLiteral("drop-after") << QStringLiteral("1")
        << QStringLiteral("file") << QByteArray("had succeeded") << QStringLiteral("5");
    QTest::newRow("upload complete, answer lost")
        << QStringLiteral("^POST /openai/v1/uploads/[^/]+/complete$") << QStringLiteral("drop-after")
        << QStringLiteral("1") << QStringLiteral("chunked") << QByteArray("was completed as")
        << QStringLiteral("5");
    QTest::newRow("upload parts, half the answers lost")
        << QStringLiteral("^POST /openai/v1/uploads/[^/]+/parts$") << QStringLiteral("drop-after")
        << QStringLiteral("0.5") << QStringLiteral("chunked") << QByteArray("retrying")
        << QStringLiteral("5");
    QTest::newRow("job create, answer lost")
        << QStringLiteral("^POST /openai/v1/fine_tuning/jobs$") << QStringLiteral("drop-after")
        << QStringLiteral("1") << QStringLiteral("job") << QByteArray("found the job") << QStringLiteral("5");
    QTest::newRow("job create, 429 and 5xx")
        << QStringLiteral("^POST /openai/v1/fine_tuning/jobs$") << QStringLiteral("429,500,503")
        << QStringLiteral("0.7") << QStringLiteral("job") << QByteArray("looking for request")
        << QStringLiteral("6"); // 429, 500, then through
    // Azure classic has no job metadata: the lost job is recognised by its model, files, suffix and time.
    QTest::newRow("classic job create, answer lost")
        << QStringLiteral("^POST /openai/fine_tuning/jobs$") << QStringLiteral("drop-after")
        << QStringLiteral("1") << QStringLiteral("job") << QByteArray("found the job") << QStringLiteral("5");
}

void TestFaultTolerance::lostAnswers_neverDuplicateACreation()
{
    QFETCH(QString, only);
    QFETCH(QString, kinds);
    QFETCH(QString, rate);
    QFETCH(QString, what);
    QFETCH(QByteArray, said);
    QFETCH(QString, seed);
    const QString base = m_dir.filePath(QStringLiteral("lost-%1")
                                            .arg(QString::fromUtf8(QTest::currentDataTag()))
                                            .replace(u' ', u'_')
                                            .remove(u','));
    test::EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start(
                 emulatorArgs(base + QStringLiteral("/emu"),
                              {QStringLiteral("--fault-rate"), rate, QStringLiteral("--fault-seed"), seed,
                               QStringLiteral("--fault-only"), only, QStringLiteral("--fault-kinds"), kinds}),
                 &error),
             qPrintable(error));
    const bool classic = only.startsWith(QStringLiteral("^POST /openai/fine_tuning"));
    test::CtlRunner ctl(emulator.url(), classic ? QStringLiteral("azure-classic") : QStringLiteral("azure"));
    ctl.setEnv(QStringLiteral("XDG_DATA_HOME"), base + QStringLiteral("/data"));
    const QStringList common{QStringLiteral("--json"), QStringLiteral("--max-retries"), QStringLiteral("10")};
    const QByteArray content = test::sftJsonl(40, 4);
    const QString path = test::writeFile(base + QStringLiteral("/train.jsonl"), content);
    QStringList upload = common + QStringList{QStringLiteral("files"), QStringLiteral("upload"), path};
    if (what == u"chunked")
        upload << QStringLiteral("--chunked") << QStringLiteral("--part-size") << QStringLiteral("1000");
    const CtlResult up = ctl.run(upload);
    CTL_OK(up);
    const QString fileId = js::str(up.json(), "id");
    QByteArray said1 = up.err;
    if (what == u"job") {
        const CtlResult job =
            ctl.run(common
                    + QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                  QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"), fileId,
                                  QStringLiteral("--suffix"), QStringLiteral("lost")});
        CTL_OK(job);
        said1 += job.err + job.out;
        const CtlResult jobs = ctl.run(common + QStringList{QStringLiteral("jobs"), QStringLiteral("list")});
        const js::Json list = jobs.json();
        QCOMPARE(int(list["data"].size()), 1); // exactly one job
        QCOMPARE(js::str(list["data"][0], "id"), js::str(job.json(), "id"));
    }
    QVERIFY2(said1.contains(said), said1.constData());
    // Exactly one training file, holding exactly the bytes.
    const CtlResult files = ctl.run(common
                                    + QStringList{QStringLiteral("files"), QStringLiteral("list"),
                                                  QStringLiteral("--purpose"), QStringLiteral("fine-tune")});
    const js::Json list = files.json();
    QCOMPARE(int(list["data"].size()), 1);
    QCOMPARE(js::str(list["data"][0], "id"), fileId);
    const QString copy = base + QStringLiteral("/copy.jsonl");
    CTL_OK(ctl.run({QStringLiteral("files"), QStringLiteral("download"), fileId, copy}));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QVERIFY(emulator.standardError().contains("[fault"));
}

void TestFaultTolerance::killedDuringChunkedUpload_resumesFromTheLastPart()
{
    const QString base = m_dir.filePath(QStringLiteral("resume"));
    const QString big = base + QStringLiteral("/three-hundred.jsonl");
    QDir().mkpath(base);
    writeBigSft(big, 300, 2);
    test::EmulatorProcess emulator;
    QString error;
    // Each answer a little late: a part is stored in milliseconds (moved into place, not copied), so
    // without it the whole upload could end between two looks at the state file.
    QVERIFY2(emulator.start(emulatorArgs(base + QStringLiteral("/emu"),
                                         {QStringLiteral("--latency"), QStringLiteral("400")}),
                            &error),
             qPrintable(error));
    test::CtlRunner ctl(emulator.url());
    const QString data = base + QStringLiteral("/data");
    ctl.setEnv(QStringLiteral("XDG_DATA_HOME"), data);
    const QString states = data + QStringLiteral("/ftctl/uploads");

    // Kill it once the state file shows a confirmed part.
    auto confirmedParts = [&states]() -> int {
        const QDir dir(states);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            js::Json doc;
            if (f.open(QIODevice::ReadOnly) && js::parse(f.readAll(), doc))
                return int(doc["parts"].size());
        }
        return 0;
    };
    std::unique_ptr<QProcess> first =
        ctl.start({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), big});
    QVERIFY(QTest::qWaitFor([&] { return confirmedParts() >= 2 || first->state() == QProcess::NotRunning; },
                            120000));
    QVERIFY2(first->state() == QProcess::Running, "the upload finished before it could be killed");
    first->kill(); // SIGKILL
    first->waitForFinished();
    const int before = confirmedParts();
    QVERIFY(before >= 2 && before < 5);

    // Again: it resumes after the confirmed parts and completes.
    const CtlResult again =
        ctl.run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), big}, 300000);
    CTL_OK(again);
    QVERIFY2(again.err.contains(QStringLiteral("resuming upload").toUtf8()), again.err.constData());
    QVERIFY2(again.err.contains(QStringLiteral("after %1 confirmed part(s)").arg(before).toUtf8()),
             again.err.constData());
    const js::Json file = again.json();
    QCOMPARE(js::int64(file, "bytes"), QFileInfo(big).size());
    QCOMPARE(confirmedParts(), 0); // the state is gone once the upload is complete

    // The service holds the same bytes (md5 was checked on completion; compare a slice anyway).
    const QString copy = base + QStringLiteral("/copy.jsonl");
    CTL_OK(ctl.run({QStringLiteral("files"), QStringLiteral("download"), js::str(file, "id"), copy}, 300000));
    QCOMPARE(QFileInfo(copy).size(), QFileInfo(big).size());
    QFile a(big), b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    for (qint64 at :
         {qint64(0), 64LL * 1024 * 1024 - 10, 200LL * 1024 * 1024, QFileInfo(big).size() - 4096}) {
        a.seek(at);
        b.seek(at);
        QCOMPARE(a.read(8192), b.read(8192));
    }
    a.close();
    b.close();
    QFile::remove(big);
    QFile::remove(copy);
}

void TestFaultTolerance::emulatorKilledTenTimes_loadsAndFinishesEveryJob()
{
    const QString base = m_dir.filePath(QStringLiteral("kills"));
    const QString emuDir = base + QStringLiteral("/emu");
    QStringList args = emulatorArgs(emuDir, {});
    args[3] = QStringLiteral("40"); // slower: the jobs are still running when the kills come
    auto emulator = std::make_unique<test::EmulatorProcess>();
    QString error;
    QVERIFY2(emulator->start(args, &error), qPrintable(error));
    const quint16 port = quint16(emulator->url().port());
    args << QStringLiteral("--port") << QString::number(port);
    emulator.reset();
    emulator = std::make_unique<test::EmulatorProcess>();
    QVERIFY2(emulator->start(args, &error), qPrintable(error));
    test::CtlRunner ctl(emulator->url());

    QStringList jobIds;
    for (int i = 0; i < 4; ++i) {
        const QString path =
            test::writeFile(base + QStringLiteral("/t%1.jsonl").arg(i), test::sftJsonl(30, i));
        const CtlResult up =
            ctl.run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), path});
        CTL_OK(up);
        const CtlResult job = ctl.run(
            {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("create"),
             QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"),
             js::str(up.json(), "id"), QStringLiteral("--n-epochs"), QStringLiteral("3"),
             QStringLiteral("--batch-size"), QStringLiteral("1")});
        CTL_OK(job);
        jobIds << js::str(job.json(), "id");
    }

    QRandomGenerator rng(7);
    for (int kill = 0; kill < 10; ++kill) {
        QTest::qWait(int(50 + rng.bounded(400))); // a random moment: mid-tick, mid-write, mid-request
        // Requests in flight as the kill lands.
        std::unique_ptr<QProcess> busy = ctl.start({QStringLiteral("jobs"), QStringLiteral("list")});
        emulator->kill();
        busy->waitForFinished(10000);
        emulator = std::make_unique<test::EmulatorProcess>();
        QVERIFY2(emulator->start(args, &error),
                 qPrintable(QStringLiteral("restart %1: %2").arg(kill + 1).arg(error)));
        const CtlResult list =
            ctl.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
        CTL_OK(list);
        QSet<QString> listed;
        const js::Json listing = list.json();
        for (const auto &j : listing["data"])
            listed.insert(js::str(j, "id"));
        for (const QString &id : jobIds)
            QVERIFY2(
                listed.contains(id),
                qPrintable(QStringLiteral("restart %1 lost %2; listed: %3; on disk: %4; log: %5")
                               .arg(kill + 1)
                               .arg(id, QStringList(listed.begin(), listed.end()).join(u','),
                                    QDir(emuDir + QStringLiteral("/jobs")).entryList(QDir::Files).join(u','),
                                    QString::fromUtf8(emulator->standardError().right(1500)))));
    }
    // Every job carries on to a terminal state.
    for (const QString &id : jobIds) {
        const CtlResult waited =
            ctl.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("wait"), id,
                     QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--timeout"),
                     QStringLiteral("300")},
                    330000);
        const QString status = js::str(waited.json(), "status");
        QVERIFY2(status == u"succeeded" || status == u"failed" || status == u"cancelled",
                 qPrintable(id + QStringLiteral(": ") + status + QString::fromUtf8(waited.err)));
        QCOMPARE(status, QStringLiteral("succeeded"));
    }
}

QTEST_GUILESS_MAIN(TestFaultTolerance)
#include "tst_fault_tolerance.moc"
