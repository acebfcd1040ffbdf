// The emulator keeps its promises across a crash: SIGKILL it mid-job, restart it on the same data
// directory, and the job is there and goes on to succeed; files and deployments survive too.

#include "ctlrunner.h"
#include "datagen.h"
#include "emulatorprocess.h"

#include "core/finetuningjob.h"
#include "core/jsonutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ft;
namespace js = core::js;

class TestEmulatorRestart : public QObject
{
    Q_OBJECT

private slots:
    void sigkillMidJob_jobCarriesOnAfterRestart();
    void apiKey_wrongOrMissingGets401();
};

void TestEmulatorRestart::sigkillMidJob_jobCarriesOnAfterRestart()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("emu"));
    const QStringList args = test::EmulatorProcess::quietArguments(data, 20);
    auto first = std::make_unique<test::EmulatorProcess>();
    QString error;
    QVERIFY2(first->start(args, &error), qPrintable(error));
    test::CtlRunner ctl(first->url());
    const QString path = test::writeFile(dir.filePath(QStringLiteral("t.jsonl")), test::sftJsonl(40));
    const test::CtlResult up =
        ctl.run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), path});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    const QString fileId = js::str(up.json(), "id");
    const test::CtlResult created = ctl.run(
        {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("create"),
         QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"), fileId,
         QStringLiteral("--n-epochs"), QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString jobId = js::str(created.json(), "id");

    // Wait until it is running with some steps done, then kill the emulator without warning.
    qint64 stepsBefore = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const test::CtlResult ev =
                ctl.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("events"), jobId});
            stepsBefore = 0;
            const js::Json evDoc = ev.json();

            for (const auto &e : evDoc["data"])
                if (js::str(e, "type") == u"metrics")
                    ++stepsBefore;
            return stepsBefore >= 3;
        },
        60000));
    first->kill();
    first.reset();

    test::EmulatorProcess second;
    QVERIFY2(second.start(args, &error), qPrintable(error));
    test::CtlRunner ctl2(second.url());
    const test::CtlResult show =
        ctl2.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("show"), jobId});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QVERIFY(!core::isTerminal(core::jobStateFromStatus(js::str(show.json(), "status"))));
    QVERIFY(ctl2.run({QStringLiteral("files"), QStringLiteral("show"), fileId}).exitCode == 0);

    const test::CtlResult wait =
        ctl2.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("wait"), jobId,
                  QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--timeout"),
                  QStringLiteral("180")},
                 200000);
    QVERIFY2(wait.exitCode == 0, wait.err.constData());
    const test::CtlResult ev =
        ctl2.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("events"), jobId});
    qint64 steps = 0;
    const js::Json evDoc = ev.json();

    for (const auto &e : evDoc["data"])
        if (js::str(e, "type") == u"metrics")
            ++steps;
    QCOMPARE(steps, 4 * 40); // every step exactly once: nothing lost, nothing repeated
    QVERIFY(steps > stepsBefore);
}

void TestEmulatorRestart::apiKey_wrongOrMissingGets401()
{
    test::EmulatorProcess emu;
    QString error;
    QVERIFY2(
        emu.start({QStringLiteral("--api-key"), QStringLiteral("s3cret"), QStringLiteral("--quiet")}, &error),
        qPrintable(error));
    QVERIFY(!emu.firstLine().contains(QStringLiteral("any non-empty")));
    test::CtlRunner ctl(emu.url()); // sends "test-key"
    const test::CtlResult r = ctl.run({QStringLiteral("files"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("401"));
    QVERIFY(!r.err.contains("test-key"));
}

QTEST_GUILESS_MAIN(TestEmulatorRestart)
#include "tst_emulator_restart.moc"
