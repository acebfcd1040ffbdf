// The emulator on a full disk: files, uploads and parts, jobs (created, paused, cancelled, moving on by
// themselves), checkpoint copies and ARM deployments are each written again once there is no space;
// none of them may be answered 2xx, each answer is a 5xx in the surface's error shape, and after a
// SIGKILL and a restart with space again every object made before is there as it was, byte for byte.
// Run twice: on a tiny tmpfs filled for real (where this machine lets the test mount one), and with a
// failure injected into every write.

#include "datagen.h"
#include "emulatorprocess.h"
#include "injectedwritefailure.h"
#include "surfaceclient.h"
#include "tinyfilesystem.h"

#include "core/jsonutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
namespace js = core::js;
using Json = js::Json;
using test::Answer;
using test::FormField;
using test::Surface;
using test::SurfaceClient;

namespace {
// What is wrong with an answer that must say "not saved": empty when it is a 5xx in the error shape
// of its surface (the contract's three shapes).
QString notSavedProblem(const Answer &a, Surface s)
{
    if (a.status < 500 || a.status > 599)
        return QStringLiteral("expected a 5xx, got ") + a.text();
    const Json *e = js::find(a.body, "error");
    if (!e || !e->is_object())
        return QStringLiteral("no error object: ") + a.text();
    auto isString = [e](const char *k) { return js::find(*e, k) && (*e)[k].is_string(); };
    bool ok = isString("message") && !js::str(*e, "message").isEmpty();
    switch (s) {
    case Surface::OpenAI:
        ok = ok && isString("type") && e->contains("param") && e->contains("code");
        break;
    case Surface::AzureV1:
        ok = ok && js::str(*e, "type") == u"error" && isString("code");
        break;
    case Surface::Classic:
        ok = ok && isString("code");
        break;
    case Surface::Arm:
        ok = ok && isString("code") && js::find(*e, "details") && (*e)["details"].is_array();
        break;
    }
    return ok ? QString()
              : QStringLiteral("not the %1 error shape: %2").arg(QLatin1String(surfaceName(s)), a.text());
}

QSet<QString> eventIds(SurfaceClient &emu, const QString &job)
{
    QSet<QString> ids;
    const Answer a =
        emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs/%1/events?limit=10000").arg(job));
    for (const auto &e : a.body["data"])
        ids.insert(js::str(e, "id"));
    return ids;
}

QStringList idsOf(const Answer &list)
{
    QStringList ids;
    for (const auto &x : list.body["data"])
        ids << js::str(x, "id");
    ids.sort();
    return ids;
}

QStringList temporaryFiles(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QStringLiteral(".json")) && !path.endsWith(QStringLiteral(".blob")))
            out << path;
    }
    return out;
}

// What the test made while there was space, and what it saw of it.
struct Earlier
{
    QString fileA; // POST /files
    QString fileB; // through an upload
    QString done; // a succeeded job
    QString running; // a job still training
    QString model; // the succeeded job's model, deployed as "dep"
    QString pendingUpload; // holds one part, not completed
    QString partId;
    QByteArray partBytes;
    QString emptyUpload; // no parts yet
    QMap<QString, QByteArray> gets; // path → the answer's bytes
    QSet<QString> runningEvents; // every event of the running job a client has seen
    QStringList fileIds;
    QStringList jobIds;
};
} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void tinyFullTmpfs_answersNoSuccessForUnsavedData_andKeepsEverythingEarlier();
    void failureInjectedIntoEveryWrite_answersNoSuccessForUnsavedData_andKeepsEverythingEarlier();

private:
    // Starts the emulator on `dataDir`, makes the objects and notes what each answers.
    void startWithEarlierObjects(SurfaceClient &emu, const QString &dataDir, Earlier &e);
    // Starts the emulator on `dataDir` again and checks that everything earlier is as it was.
    void restartAndCheck(const Earlier &e, const QString &dataDir);
    void makeObjects(SurfaceClient &emu, Earlier &e);
    void snapshot(SurfaceClient &emu, Earlier &e);
    void writeAgainWhileFull(SurfaceClient &emu, Earlier &e);
    void checkAfterRestart(SurfaceClient &emu, const Earlier &e, const QString &dataDir);
};

void TestFullDisk::startWithEarlierObjects(SurfaceClient &emu, const QString &dataDir, Earlier &e)
{
    QString why;
    QVERIFY2(emu.start(dataDir, &why), qPrintable(why));
    makeObjects(emu, e);
    if (QTest::currentTestFailed())
        return;
    snapshot(emu, e);
}

void TestFullDisk::restartAndCheck(const Earlier &e, const QString &dataDir)
{
    SurfaceClient again;
    QString why;
    QVERIFY2(again.start(dataDir, &why), qPrintable(why));
    checkAfterRestart(again, e, dataDir);
}

void TestFullDisk::makeObjects(SurfaceClient &emu, Earlier &e)
{
    const Answer a = emu.postForm(Surface::AzureV1, QStringLiteral("/files"),
                                  {{"purpose", {}, "fine-tune"}, {"file", "a.jsonl", test::sftJsonl(10)}});
    QVERIFY2(a.status == 200, qPrintable(a.text()));
    e.fileA = js::str(a.body, "id");

    const QByteArray bBytes = test::sftJsonl(12, 2);
    Answer up = emu.postJson(Surface::AzureV1, QStringLiteral("/uploads"),
                             Json{{"filename", "b.jsonl"},
                                  {"purpose", "fine-tune"},
                                  {"bytes", bBytes.size()},
                                  {"mime_type", "text/jsonl"}});
    QVERIFY2(up.status == 200, qPrintable(up.text()));
    const QString u1 = js::str(up.body, "id");
    const Answer part = emu.postForm(Surface::AzureV1, QStringLiteral("/uploads/%1/parts").arg(u1),
                                     {{"data", "blob", bBytes}});
    QVERIFY2(part.status == 200, qPrintable(part.text()));
    const Answer done = emu.postJson(Surface::AzureV1, QStringLiteral("/uploads/%1/complete").arg(u1),
                                     Json{{"part_ids", {js::s(js::str(part.body, "id"))}}});
    QVERIFY2(done.status == 200, qPrintable(done.text()));
    e.fileB = js::str(done.body["file"], "id");

    e.partBytes = test::sftJsonl(10, 3);
    up = emu.postJson(Surface::AzureV1, QStringLiteral("/uploads"),
                      Json{{"filename", "c.jsonl"},
                           {"purpose", "fine-tune"},
                           {"bytes", e.partBytes.size()},
                           {"mime_type", "text/jsonl"}});
    QVERIFY2(up.status == 200, qPrintable(up.text()));
    e.pendingUpload = js::str(up.body, "id");
    const Answer p2 = emu.postForm(Surface::AzureV1, QStringLiteral("/uploads/%1/parts").arg(e.pendingUpload),
                                   {{"data", "blob", e.partBytes}});
    QVERIFY2(p2.status == 200, qPrintable(p2.text()));
    e.partId = js::str(p2.body, "id");
    up = emu.postJson(
        Surface::AzureV1, QStringLiteral("/uploads"),
        Json{{"filename", "d.jsonl"}, {"purpose", "fine-tune"}, {"bytes", 100}, {"mime_type", "text/jsonl"}});
    QVERIFY2(up.status == 200, qPrintable(up.text()));
    e.emptyUpload = js::str(up.body, "id");

    // Both files processed, then a short job that succeeds and a long one that keeps training.
    for (const QString &id : {e.fileA, e.fileB})
        QVERIFY(QTest::qWaitFor(
            [&] {
                return js::str(emu.get(Surface::AzureV1, QStringLiteral("/files/") + id).body, "status")
                    == u"processed";
            },
            20000));
    auto createJob = [&](const QString &file, int epochs) {
        const Answer j = emu.postJson(
            Surface::AzureV1, QStringLiteral("/fine_tuning/jobs"),
            Json{{"model", "gpt-4.1-mini"},
                 {"training_file", js::s(file)},
                 {"seed", 3},
                 {"method",
                  {{"type", "supervised"}, {"supervised", {{"hyperparameters", {{"n_epochs", epochs}}}}}}}});
        if (j.status != 200)
            qWarning("%s", qPrintable(j.text()));
        return js::str(j.body, "id");
    };
    e.done = createJob(e.fileA, 1);
    QVERIFY(!e.done.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const Answer j = emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs/") + e.done);
            e.model = js::str(j.body, "fine_tuned_model");
            return js::str(j.body, "status") == u"succeeded";
        },
        60000));
    e.running = createJob(e.fileB, 40);
    QVERIFY(!e.running.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            const Answer j =
                emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(e.running));
            return j.body["data"].size() >= 1; // a whole epoch trained
        },
        60000));

    const Json dep{
        {"sku", {{"name", "GlobalStandard"}, {"capacity", 1}}},
        {"properties", {{"model", {{"format", "OpenAI"}, {"name", js::s(e.model)}, {"version", "1"}}}}}};
    const Answer put = emu.send(Surface::Arm, "PUT", QStringLiteral("dep"), js::dump(dep));
    QVERIFY2(put.status == 201, qPrintable(put.text()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return js::str(emu.get(Surface::Arm, QStringLiteral("dep")).body["properties"],
                           "provisioningState")
                == u"Succeeded";
        },
        20000));
}

void TestFullDisk::snapshot(SurfaceClient &emu, Earlier &e)
{
    const QStringList paths{QStringLiteral("/files/") + e.fileA,
                            QStringLiteral("/files/%1/content").arg(e.fileA),
                            QStringLiteral("/files/") + e.fileB,
                            QStringLiteral("/files/%1/content").arg(e.fileB),
                            QStringLiteral("/fine_tuning/jobs/") + e.done,
                            QStringLiteral("/fine_tuning/jobs/%1/events?limit=10000").arg(e.done),
                            QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(e.done)};
    for (const QString &p : paths) {
        const Answer a = emu.get(Surface::AzureV1, p);
        QVERIFY2(a.status == 200, qPrintable(p + u' ' + a.text()));
        e.gets.insert(p, a.raw);
    }
    const Answer dep = emu.get(Surface::Arm, QStringLiteral("dep"));
    QVERIFY2(dep.status == 200, qPrintable(dep.text()));
    e.gets.insert(QStringLiteral("arm:dep"), dep.raw);
    e.runningEvents = eventIds(emu, e.running);
    QVERIFY(!e.runningEvents.isEmpty());
    e.fileIds = idsOf(emu.get(Surface::AzureV1, QStringLiteral("/files")));
    e.jobIds = idsOf(emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs?limit=100")));
}

void TestFullDisk::writeAgainWhileFull(SurfaceClient &emu, Earlier &e)
{
    auto notSaved = [](const char *what, Surface s, const Answer &a) {
        const QString problem = notSavedProblem(a, s);
        QVERIFY2(problem.isEmpty(), qPrintable(QLatin1String(what) + QStringLiteral(": ") + problem));
    };
    const QList<FormField> upload{{"purpose", {}, "fine-tune"},
                                  {"file", "full.jsonl", test::sftJsonl(10, 9)}};
    notSaved("upload (v1)", Surface::AzureV1,
             emu.postForm(Surface::AzureV1, QStringLiteral("/files"), upload));
    notSaved("upload (openai)", Surface::OpenAI,
             emu.postForm(Surface::OpenAI, QStringLiteral("/files"), upload));
    notSaved("upload (classic)", Surface::Classic,
             emu.postForm(Surface::Classic, QStringLiteral("/files"), upload));
    const Json job{{"model", "gpt-4.1-mini"}, {"training_file", js::s(e.fileA)}};
    for (Surface s : {Surface::OpenAI, Surface::AzureV1, Surface::Classic})
        notSaved("create job", s, emu.postJson(s, QStringLiteral("/fine_tuning/jobs"), job));
    const Json dep{
        {"sku", {{"name", "GlobalStandard"}, {"capacity", 2}}},
        {"properties", {{"model", {{"format", "OpenAI"}, {"name", "gpt-4.1-mini"}, {"version", "1"}}}}}};
    notSaved("ARM PUT (new)", Surface::Arm,
             emu.send(Surface::Arm, "PUT", QStringLiteral("dep2"), js::dump(dep)));
    Json change = dep;
    change["properties"]["model"]["name"] = js::s(e.model);
    notSaved("ARM PUT (update)", Surface::Arm,
             emu.send(Surface::Arm, "PUT", QStringLiteral("dep"), js::dump(change)));
    const Json newUpload{
        {"filename", "e.jsonl"}, {"purpose", "fine-tune"}, {"bytes", 10}, {"mime_type", "text/jsonl"}};
    for (Surface s : {Surface::OpenAI, Surface::AzureV1})
        notSaved("create upload", s, emu.postJson(s, QStringLiteral("/uploads"), newUpload));
    notSaved("add part", Surface::AzureV1,
             emu.postForm(Surface::AzureV1, QStringLiteral("/uploads/%1/parts").arg(e.pendingUpload),
                          {{"data", "blob", "{}\n"}}));
    notSaved("complete upload", Surface::AzureV1,
             emu.postJson(Surface::AzureV1, QStringLiteral("/uploads/%1/complete").arg(e.pendingUpload),
                          Json{{"part_ids", {js::s(e.partId)}}}));
    notSaved("cancel upload", Surface::OpenAI,
             emu.postJson(Surface::OpenAI, QStringLiteral("/uploads/%1/cancel").arg(e.emptyUpload),
                          Json::object()));
    for (const char *action : {"pause", "cancel"})
        notSaved(action, Surface::AzureV1,
                 emu.postJson(Surface::AzureV1,
                              QStringLiteral("/fine_tuning/jobs/%1/%2").arg(e.running, QLatin1String(action)),
                              Json::object()));
    const Answer checkpoints =
        emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(e.done));
    notSaved("checkpoint copy", Surface::AzureV1,
             emu.send(Surface::AzureV1, "POST",
                      QStringLiteral("/fine_tuning/jobs/%1/checkpoints/%2/copy")
                          .arg(e.done, js::str(checkpoints.body["data"][0], "id")),
                      js::dump(Json{{"destinationResourceId",
                                     "/subscriptions/x/resourceGroups/y/providers/"
                                     "Microsoft.CognitiveServices/accounts/z"},
                                    {"region", "eastus"}}),
                      "application/json", {{"aoai-copy-ft-checkpoints", "preview"}}));

    // The running job goes on by itself meanwhile: whatever a client sees of it must be saved.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2500) {
        e.runningEvents += eventIds(emu, e.running);
        QTest::qWait(100);
    }
    // Reading still works, and says what was saved.
    for (const QString &p :
         QStringList{QStringLiteral("/files/") + e.fileA, QStringLiteral("/fine_tuning/jobs/") + e.done}) {
        const Answer a = emu.get(Surface::AzureV1, p);
        QVERIFY2(a.raw == e.gets.value(p), qPrintable(p + u' ' + a.text()));
    }
}

void TestFullDisk::checkAfterRestart(SurfaceClient &emu, const Earlier &e, const QString &dataDir)
{
    QCOMPARE(temporaryFiles(dataDir), QStringList());
    for (auto it = e.gets.begin(); it != e.gets.end(); ++it) {
        const bool arm = it.key().startsWith(QStringLiteral("arm:"));
        const Answer a = arm ? emu.get(Surface::Arm, it.key().mid(4)) : emu.get(Surface::AzureV1, it.key());
        QVERIFY2(a.status == 200 && a.raw == it.value(),
                 qPrintable(it.key() + QStringLiteral(" before: ") + QString::fromUtf8(it.value().left(300))
                            + QStringLiteral("\nafter: ") + a.text()));
    }
    // Nothing of what was refused exists.
    QCOMPARE(idsOf(emu.get(Surface::AzureV1, QStringLiteral("/files"))), e.fileIds);
    QCOMPARE(idsOf(emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs?limit=100"))), e.jobIds);
    QCOMPARE(emu.get(Surface::Arm, QStringLiteral("dep2")).status, 404);
    // The running job lost nothing a client saw, and was neither paused nor cancelled.
    const QSet<QString> after = eventIds(emu, e.running);
    QVERIFY2(after.contains(e.runningEvents),
             qPrintable(QStringLiteral("%1 events seen, %2 after the restart")
                            .arg(e.runningEvents.size())
                            .arg(after.size())));
    const QString status =
        js::str(emu.get(Surface::AzureV1, QStringLiteral("/fine_tuning/jobs/") + e.running).body, "status");
    QVERIFY2(status == u"running" || status == u"succeeded", qPrintable(status));
    // The uploads are as they were: one still takes parts, the other completes with its part.
    const Answer part = emu.postForm(Surface::AzureV1, QStringLiteral("/uploads/%1/parts").arg(e.emptyUpload),
                                     {{"data", "blob", "{}\n"}});
    QVERIFY2(part.status == 200, qPrintable(part.text()));
    const Answer done =
        emu.postJson(Surface::AzureV1, QStringLiteral("/uploads/%1/complete").arg(e.pendingUpload),
                     Json{{"part_ids", {js::s(e.partId)}}});
    QVERIFY2(done.status == 200, qPrintable(done.text()));
    const Answer content =
        emu.get(Surface::AzureV1, QStringLiteral("/files/%1/content").arg(js::str(done.body["file"], "id")));
    QCOMPARE(content.raw, e.partBytes);
}

void TestFullDisk::tinyFullTmpfs_answersNoSuccessForUnsavedData_andKeepsEverythingEarlier()
{
    QTemporaryDir dir;
    test::TinyFilesystem disk;
    QString why;
    if (!disk.mount(dir.filePath(QStringLiteral("tiny")), qint64(2) * 1024 * 1024, &why))
        QSKIP(qPrintable(
            QStringLiteral("cannot mount a tmpfs here (%1); the injected test covers it").arg(why)));
    const QString data = disk.path() + QStringLiteral("/emu");
    Earlier e;
    {
        SurfaceClient emu;
        startWithEarlierObjects(emu, data, e);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(disk.fill(&why), qPrintable(why));
        writeAgainWhileFull(emu, e);
        emu.kill();
    }
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(disk.free(&why), qPrintable(why));
    restartAndCheck(e, data);
}

void TestFullDisk::failureInjectedIntoEveryWrite_answersNoSuccessForUnsavedData_andKeepsEverythingEarlier()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("emu"));
    QString why;
    Earlier e;
    {
        SurfaceClient emu;
        startWithEarlierObjects(emu, data, e);
        emu.kill();
        if (QTest::currentTestFailed())
            return;
    }
    {
        // Every write under the data directory fails, a few bytes in, as on a disk that just filled.
        test::InjectedWriteFailure full(QRegularExpression::escape(data), 7);
        SurfaceClient emu;
        QVERIFY2(emu.start(data, &why), qPrintable(why));
        writeAgainWhileFull(emu, e);
        emu.kill();
    }
    if (QTest::currentTestFailed())
        return;
    restartAndCheck(e, data);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
