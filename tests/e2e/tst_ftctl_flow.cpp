// ftctl and finetune-emulator as a script would run them: the whole flow for each method, the
// determinism of results.csv, a failing file, and the job actions.

#include "ctlrunner.h"
#include "datagen.h"
#include "datatable.h"
#include "emulatorprocess.h"

#include "core/jsonutil.h"
#include "core/resultstable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::CtlResult;
namespace js = core::js;

#define CTL_OK(result) QVERIFY2((result).exitCode == 0, (result).err.constData())

class TestFtctlFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeFlow_uploadTrainDeployChatCleanUp_data();
    void wholeFlow_uploadTrainDeployChatCleanUp();
    void sameSeedAndInputs_giveByteIdenticalResults();
    void invalidTrainingFile_failsTheJobNamingTheLine();
    void pauseResumeCancel_followTheRules();
    void usageErrors_exitWith2_data();
    void usageErrors_exitWith2();
    void serviceErrors_exitWith1AndSayWhy();

private:
    QString upload(const QString &name, const QByteArray &content);
    QString createJob(const QStringList &options);
    QByteArray resultsOf(const QString &jobId);

    QTemporaryDir m_dir;
    test::EmulatorProcess m_emulator;
    std::unique_ptr<test::CtlRunner> m_ctl;
};

void TestFtctlFlow::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(
                 test::EmulatorProcess::quietArguments(m_dir.filePath(QStringLiteral("emu")), 200), &error),
             qPrintable(error));
    QVERIFY(m_emulator.firstLine().contains(QStringLiteral("any non-empty API key")));
    m_ctl = std::make_unique<test::CtlRunner>(m_emulator.url());
}

QString TestFtctlFlow::upload(const QString &name, const QByteArray &content)
{
    const QString path = test::writeFile(m_dir.filePath(name), content);
    const CtlResult r =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), path});
    if (r.exitCode != 0)
        qFatal("upload failed: %s", r.err.constData());
    const js::Json f = r.json();
    if (js::str(f, "status") != u"processed")
        qFatal("upload returned before the file was processed: %s", r.out.constData());
    return js::str(f, "id");
}

QString TestFtctlFlow::createJob(const QStringList &options)
{
    const CtlResult r = m_ctl->run(
        QStringList{QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("create")} + options);
    if (r.exitCode != 0)
        qFatal("jobs create failed: %s", r.err.constData());
    return js::str(r.json(), "id");
}

QByteArray TestFtctlFlow::resultsOf(const QString &jobId)
{
    const CtlResult show =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("show"), jobId});
    const QString results = js::toQ(show.json()["result_files"][0]);
    const QString out = m_dir.filePath(jobId + QStringLiteral(".csv"));
    const CtlResult dl = m_ctl->run({QStringLiteral("files"), QStringLiteral("download"), results, out});
    if (dl.exitCode != 0)
        qFatal("download failed: %s", dl.err.constData());
    QFile f(out);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void TestFtctlFlow::wholeFlow_uploadTrainDeployChatCleanUp_data()
{
    test::addColumns<QString, QString, QStringList, QString, QString>("method", "model", "extra", "question",
                                                                      "answer");
    QTest::newRow("sft") << QStringLiteral("sft") << QStringLiteral("gpt-4.1-mini")
                         << QStringList{QStringLiteral("--n-epochs"),
                                        QStringLiteral("3"),
                                        QStringLiteral("--batch-size"),
                                        QStringLiteral("2"),
                                        QStringLiteral("--learning-rate-multiplier"),
                                        QStringLiteral("0.5")}
                         << QStringLiteral("What is the capital of Kenya?")
                         << QStringLiteral("The capital of Kenya is Nairobi.");
    QTest::newRow("dpo") << QStringLiteral("dpo") << QStringLiteral("gpt-4o")
                         << QStringList{QStringLiteral("--n-epochs"), QStringLiteral("3"),
                                        QStringLiteral("--beta"), QStringLiteral("0.2")}
                         << QStringLiteral("Capital of Peru?")
                         << QStringLiteral("Lima is the capital of Peru.");
    QTest::newRow("rft") << QStringLiteral("rft") << QStringLiteral("o4-mini")
                         << QStringList{QStringLiteral("--n-epochs"), QStringLiteral("3"),
                                        QStringLiteral("--reasoning-effort"), QStringLiteral("low")}
                         << QStringLiteral("Name the capital of Norway.") << QStringLiteral("Oslo");
}

void TestFtctlFlow::wholeFlow_uploadTrainDeployChatCleanUp()
{
    QFETCH(QString, method);
    QFETCH(QString, model);
    QFETCH(QStringList, extra);
    QFETCH(QString, question);
    QFETCH(QString, answer);
    const int examples = 12;
    const QByteArray train = method == u"dpo" ? test::dpoJsonl(examples)
        : method == u"rft"                    ? test::rftJsonl(examples)
                                              : test::sftJsonl(examples);
    const QByteArray valid = method == u"dpo" ? test::dpoJsonl(4, 5)
        : method == u"rft"                    ? test::rftJsonl(4, 5)
                                              : test::sftJsonl(4, 5);
    const QString trainId = upload(method + QStringLiteral("-train.jsonl"), train);
    const QString validId = upload(method + QStringLiteral("-valid.jsonl"), valid);

    QStringList options{QStringLiteral("--model"),
                        model,
                        QStringLiteral("--training-file"),
                        trainId,
                        QStringLiteral("--validation-file"),
                        validId,
                        QStringLiteral("--method"),
                        method,
                        QStringLiteral("--suffix"),
                        method + QStringLiteral("-flow"),
                        QStringLiteral("--seed"),
                        QStringLiteral("1234"),
                        QStringLiteral("--metadata"),
                        QStringLiteral("test=flow")};
    if (method == u"rft")
        options << QStringLiteral("--grader-file")
                << test::writeFile(m_dir.filePath(QStringLiteral("grader.json")), test::stringCheckGrader());
    const QString jobId = createJob(options + extra);
    QVERIFY(jobId.startsWith(QStringLiteral("ftjob-")));

    const CtlResult wait =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("wait"), jobId,
                    QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--timeout"),
                    QStringLiteral("120")});
    CTL_OK(wait);
    const js::Json job = wait.json();
    QCOMPARE(js::str(job, "status"), QStringLiteral("succeeded"));
    QCOMPARE(js::int64(job, "seed"), 1234);
    QCOMPARE(js::str(job, "user_provided_suffix"), method + QStringLiteral("-flow"));
    const std::string methodKey = method == u"sft" ? "supervised"
        : method == u"dpo"                         ? "dpo"
                                                   : "reinforcement";
    QCOMPARE(js::str(job["method"], "type"), QString::fromStdString(methodKey));
    const js::Json &hp = job["method"][methodKey]["hyperparameters"];
    QCOMPARE(js::int64(hp, "n_epochs"), 3);
    if (method == u"sft") {
        QCOMPARE(js::int64(hp, "batch_size"), 2);
        QCOMPARE(js::optNum(hp, "learning_rate_multiplier").value_or(0), 0.5);
    }
    if (method == u"dpo")
        QCOMPARE(js::optNum(hp, "beta").value_or(0), 0.2);
    if (method == u"rft")
        QCOMPARE(js::str(job["method"]["reinforcement"]["grader"], "type"), QStringLiteral("string_check"));
    const QString fineTuned = js::str(job, "fine_tuned_model");
    QVERIFY(fineTuned.endsWith(method + QStringLiteral("-flow")));

    // results.csv: a row per step (3 epochs × steps per epoch).
    const QByteArray csv = resultsOf(jobId);
    QString why;
    const auto table = core::ResultsTable::parse(csv, &why);
    QVERIFY2(table, qPrintable(why));
    const int batch = method == u"sft" ? 2 : 1;
    const int steps = 3 * ((examples + batch - 1) / batch);
    QCOMPARE(table->rowCount(), steps);
    for (int i = 0; i < steps; ++i)
        QCOMPARE(table->steps()[i], double(i + 1));
    const QString headline =
        method == u"rft" ? QStringLiteral("train_mean_reward") : QStringLiteral("train_loss");
    QCOMPARE(table->series(headline).size(), steps);
    QVERIFY(table->hasValues(method == u"rft" ? QStringLiteral("full_valid_mean_reward")
                                              : QStringLiteral("full_valid_loss")));

    // Three checkpoints, one per epoch.
    const CtlResult ckpts =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("checkpoints"), jobId});
    CTL_OK(ckpts);
    QCOMPARE(ckpts.json()["data"].size(), size_t(3));

    // Deploy through ARM, chat, delete the deployment, the model and the files.
    const QString deployment = method + QStringLiteral("-deployment");
    const CtlResult dep = m_ctl->run(
        QStringList{QStringLiteral("--json"), QStringLiteral("deploy"), QStringLiteral("create"), deployment,
                    QStringLiteral("--model"), fineTuned, QStringLiteral("--sku"),
                    QStringLiteral("GlobalStandard"), QStringLiteral("--interval"), QStringLiteral("0.1")}
        + m_ctl->armOptions());
    CTL_OK(dep);
    QCOMPARE(js::str(dep.json()["properties"], "provisioningState"), QStringLiteral("Succeeded"));
    const CtlResult chat =
        m_ctl->run({QStringLiteral("chat"), QStringLiteral("--model"), deployment, question});
    CTL_OK(chat);
    QCOMPARE(QString::fromUtf8(chat.out).trimmed(), answer);
    CTL_OK(m_ctl->run(QStringList{QStringLiteral("deploy"), QStringLiteral("delete"), deployment}
                      + m_ctl->armOptions()));
    const CtlResult list =
        m_ctl->run(QStringList{QStringLiteral("--json"), QStringLiteral("deploy"), QStringLiteral("list")}
                   + m_ctl->armOptions());
    const js::Json listDoc = list.json();

    for (const auto &d : listDoc["value"])
        QVERIFY(js::str(d, "name") != deployment);
    CTL_OK(m_ctl->run({QStringLiteral("models"), QStringLiteral("delete"), fineTuned}));
    const CtlResult models =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")});
    const js::Json modelsDoc = models.json();

    for (const auto &m : modelsDoc["data"])
        QVERIFY(js::str(m, "id") != fineTuned);
    const QString resultsId = js::toQ(job["result_files"][0]);
    for (const QString &id : {trainId, validId, resultsId})
        CTL_OK(m_ctl->run({QStringLiteral("files"), QStringLiteral("delete"), id}));
    const CtlResult gone = m_ctl->run({QStringLiteral("files"), QStringLiteral("show"), trainId});
    QCOMPARE(gone.exitCode, 1);
}

void TestFtctlFlow::sameSeedAndInputs_giveByteIdenticalResults()
{
    const QString train = upload(QStringLiteral("det-train.jsonl"), test::sftJsonl(20, 9));
    const QString valid = upload(QStringLiteral("det-valid.jsonl"), test::sftJsonl(5, 2));
    auto run = [&](const QString &seed) {
        const QString id =
            createJob({QStringLiteral("--model"), QStringLiteral("gpt-4.1-nano"),
                       QStringLiteral("--training-file"), train, QStringLiteral("--validation-file"), valid,
                       QStringLiteral("--seed"), seed, QStringLiteral("--n-epochs"), QStringLiteral("2")});
        const CtlResult w = m_ctl->run({QStringLiteral("jobs"), QStringLiteral("wait"), id,
                                        QStringLiteral("--interval"), QStringLiteral("0.2")});
        if (w.exitCode != 0)
            qFatal("job failed: %s", w.err.constData());
        return resultsOf(id);
    };
    const QByteArray a = run(QStringLiteral("77"));
    const QByteArray b = run(QStringLiteral("77"));
    const QByteArray c = run(QStringLiteral("78"));
    QVERIFY(a.size() > 100);
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestFtctlFlow::invalidTrainingFile_failsTheJobNamingTheLine()
{
    QByteArray bad = test::sftJsonl(12);
    QList<QByteArray> lines = bad.split('\n');
    lines[4] = R"({"messages":[{"role":"user","content":"no answer here"}]})";
    const QString id = upload(QStringLiteral("bad.jsonl"), lines.join('\n'));
    const QString job = createJob(
        {QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"), id});
    const CtlResult wait =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("wait"), job,
                    QStringLiteral("--interval"), QStringLiteral("0.2")});
    QCOMPARE(wait.exitCode, 1);
    const js::Json j = wait.json();
    QCOMPARE(js::str(j, "status"), QStringLiteral("failed"));
    const QString message = js::str(j["error"], "message");
    QVERIFY2(message.contains(QStringLiteral("Line 5")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("assistant")));
    QCOMPARE(js::str(j["error"], "code"), QStringLiteral("invalid_training_file"));
    QVERIFY(QString::fromUtf8(wait.err).contains(QStringLiteral("Line 5")));

    const QString few = upload(QStringLiteral("few.jsonl"), test::sftJsonl(3));
    const QString job2 = createJob(
        {QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"), few});
    const CtlResult wait2 =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("wait"), job2,
                    QStringLiteral("--interval"), QStringLiteral("0.2")});
    QCOMPARE(wait2.exitCode, 1);
    QVERIFY(js::str(wait2.json()["error"], "message").contains(QStringLiteral("at least 10")));
}

void TestFtctlFlow::pauseResumeCancel_followTheRules()
{
    const QString train = upload(QStringLiteral("long.jsonl"), test::sftJsonl(200));
    const QStringList job{QStringLiteral("--model"),         QStringLiteral("gpt-4.1-nano"),
                          QStringLiteral("--training-file"), train,
                          QStringLiteral("--n-epochs"),      QStringLiteral("10")};
    const QString id = createJob(job);
    auto act = [&](const char *verb, const QString &jobId) {
        return m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QLatin1String(verb), jobId});
    };
    // Validating: no step trained yet, so pause is refused with the service's message.
    const CtlResult early = act("pause", id);
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("cannot be paused"), early.err.constData());

    QVERIFY(QTest::qWaitFor(
        [&] {
            const CtlResult ev =
                m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("events"), id});
            return ev.out.contains("\"metrics\"");
        },
        30000));
    const CtlResult paused = act("pause", id);
    CTL_OK(paused);
    QCOMPARE(js::str(paused.json(), "status"), QStringLiteral("paused"));
    const CtlResult resumeAgain = act("pause", id);
    QCOMPARE(resumeAgain.exitCode, 1);
    const CtlResult resumed = act("resume", id);
    CTL_OK(resumed);
    QCOMPARE(js::str(resumed.json(), "status"), QStringLiteral("running"));
    const CtlResult cancelled = act("cancel", id);
    CTL_OK(cancelled);
    QCOMPARE(js::str(cancelled.json(), "status"), QStringLiteral("cancelled"));
    QCOMPARE(act("resume", id).exitCode, 1);
    const CtlResult wait = m_ctl->run({QStringLiteral("jobs"), QStringLiteral("wait"), id});
    QCOMPARE(wait.exitCode, 1); // terminal but not succeeded

    // Cancel from queued: a second job waits behind a running one.
    const QString first = createJob(job);
    const QString second = createJob(job);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return js::str(act("show", second).json(), "status") == u"queued"
                && js::str(act("show", first).json(), "status") == u"running";
        },
        30000));
    const CtlResult cancelQueued = act("cancel", second);
    CTL_OK(cancelQueued);
    QCOMPARE(js::str(cancelQueued.json(), "status"), QStringLiteral("cancelled"));
    CTL_OK(act("cancel", first));
}

void TestFtctlFlow::usageErrors_exitWith2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown group") << QStringList{QStringLiteral("pets"), QStringLiteral("list")};
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("jobs"), QStringLiteral("explode")};
    QTest::newRow("missing argument") << QStringList{QStringLiteral("jobs"), QStringLiteral("show")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("jobs"),
                                                   QStringLiteral("list")};
    QTest::newRow("bad method") << QStringList{QStringLiteral("jobs"),
                                               QStringLiteral("create"),
                                               QStringLiteral("--model"),
                                               QStringLiteral("m"),
                                               QStringLiteral("--training-file"),
                                               QStringLiteral("f"),
                                               QStringLiteral("--method"),
                                               QStringLiteral("magic")};
    QTest::newRow("bad epochs") << QStringList{QStringLiteral("jobs"),
                                               QStringLiteral("create"),
                                               QStringLiteral("--model"),
                                               QStringLiteral("m"),
                                               QStringLiteral("--training-file"),
                                               QStringLiteral("f"),
                                               QStringLiteral("--n-epochs"),
                                               QStringLiteral("many")};
    QTest::newRow("bad kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("aws"),
                                             QStringLiteral("jobs"), QStringLiteral("list")};
    QTest::newRow("upload missing file") << QStringList{QStringLiteral("files"), QStringLiteral("upload"),
                                                        QStringLiteral("/nonexistent/file.jsonl")};
}

void TestFtctlFlow::usageErrors_exitWith2()
{
    QFETCH(QStringList, args);
    const CtlResult r = m_ctl->run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("ftctl: "));
    QVERIFY(r.out.isEmpty());
}

void TestFtctlFlow::serviceErrors_exitWith1AndSayWhy()
{
    const CtlResult missing =
        m_ctl->run({QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("ftjob-missing")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("ftjob-missing") && missing.err.contains("404"), missing.err.constData());
    const QString train = upload(QStringLiteral("sfx.jsonl"), test::sftJsonl(10));
    const CtlResult suffix =
        m_ctl->run({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                    QStringLiteral("gpt-4.1-mini"), QStringLiteral("--training-file"), train,
                    QStringLiteral("--suffix"), QStringLiteral("not allowed!")});
    QCOMPARE(suffix.exitCode, 1);
    QVERIFY2(suffix.err.contains("suffix"), suffix.err.constData());
    const CtlResult noArm = m_ctl->run({QStringLiteral("deploy"), QStringLiteral("list")});
    QCOMPARE(noArm.exitCode, 1);
    QVERIFY(noArm.err.contains("subscription"));
}

QTEST_GUILESS_MAIN(TestFtctlFlow)
#include "tst_ftctl_flow.moc"
