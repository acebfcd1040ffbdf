// The emulator splits the raw request path on '/' and decodes each segment on its own: an encoded
// separator, a dot segment, a control character or an empty segment names nothing, so such a request
// is refused in the surface's error shape (404 on the data plane, 400 InvalidResourceName on ARM) and
// nothing is deleted, cancelled or read through it. Raw sockets, because no client library would send
// these paths.

#include "ctlrunner.h"
#include "datagen.h"
#include "datatable.h"
#include "emulatorprocess.h"
#include "rawhttp.h"

#include "core/jsonutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ft;
namespace js = core::js;

namespace {
const QByteArray kArm =
    "/subscriptions/sub-test/resourceGroups/rg-test/providers/Microsoft.CognitiveServices/"
    "accounts/acct-test";
const QByteArray kArmVersion = "?api-version=2024-10-01";
const QByteArray kClassicVersion = "?api-version=2025-04-01-preview";

const QList<QPair<QByteArray, QByteArray>> &auth()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{{"api-key", "test-key"},
                                                              {"Authorization", "Bearer test-key"}};
    return headers;
}
} // namespace

class TestEmulatorHostilePaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostilePath_isRefused_andNothingChanges_data();
    void hostilePath_isRefused_andNothingChanges();
    void armNamesAgainstTheRules_areRefusedWith400_data();
    void armNamesAgainstTheRules_areRefusedWith400();
    void ordinaryPaths_stillWork();

private:
    test::RawReply send(const QByteArray &method, QByteArray target, const QByteArray &body = {});
    void verifyNothingChanged();

    QTemporaryDir m_dir;
    test::EmulatorProcess m_emulator;
    QByteArray m_file;
    QByteArray m_job;
};

void TestEmulatorHostilePaths::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(test::EmulatorProcess::quietArguments(m_dir.filePath(QStringLiteral("emu")), 1),
                              &error),
             qPrintable(error));
    test::CtlRunner ctl(m_emulator.url(), QStringLiteral("openai"));
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("train.jsonl")), test::sftJsonl(12));
    const test::CtlResult up =
        ctl.run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), path});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    m_file = js::str(up.json(), "id").toUtf8();
    const test::CtlResult job =
        ctl.run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("create"),
                 QStringLiteral("--model"), QStringLiteral("gpt-4o-mini-2024-07-18"),
                 QStringLiteral("--training-file"), QString::fromUtf8(m_file)});
    QVERIFY2(job.exitCode == 0, job.err.constData());
    m_job = js::str(job.json(), "id").toUtf8();
    const test::RawReply dep = send(
        "PUT", kArm + "/deployments/dep-1" + kArmVersion,
        R"({"sku":{"name":"Standard","capacity":1},"properties":{"model":{"format":"OpenAI","name":"gpt-4o-mini-2024-07-18","version":"1"}}})");
    QVERIFY2(dep.status == 201, dep.body.constData());
    verifyNothingChanged();
}

test::RawReply TestEmulatorHostilePaths::send(const QByteArray &method, QByteArray target,
                                              const QByteArray &body)
{
    target.replace("{file}", m_file).replace("{job}", m_job);
    return test::wireRequest(m_emulator.url(), method, target, body, auth());
}

void TestEmulatorHostilePaths::verifyNothingChanged()
{
    const test::RawReply file = send("GET", "/openai/v1/files/{file}");
    QVERIFY2(file.status == 200, file.body.constData());
    const test::RawReply job = send("GET", "/openai/v1/fine_tuning/jobs/{job}");
    QVERIFY2(job.status == 200, job.body.constData());
    js::Json j;
    QVERIFY(js::parse(job.body, j));
    QVERIFY2(js::str(j, "status") != u"cancelled", job.body.constData());
    const test::RawReply dep = send("GET", kArm + "/deployments/dep-1" + kArmVersion);
    QVERIFY2(dep.status == 200, dep.body.constData());
}

void TestEmulatorHostilePaths::hostilePath_isRefused_andNothingChanges_data()
{
    test::addColumns<QByteArray, QByteArray, int>("method", "target", "status");
    // data plane
    QTest::newRow("v1 encoded slash reaches files/{id}")
        << QByteArray("DELETE") << QByteArray("/openai/v1/files%2F{file}") << 404;
    QTest::newRow("openai encoded slash reaches files/{id}")
        << QByteArray("DELETE") << QByteArray("/v1/files%2f{file}") << 404;
    QTest::newRow("classic encoded slash reaches files/{id}")
        << QByteArray("DELETE") << QByteArray("/openai/files%2F{file}") + kClassicVersion << 404;
    QTest::newRow("empty segment") << QByteArray("DELETE") << QByteArray("/openai/v1/files//{file}") << 404;
    QTest::newRow("encoded slash reaches content")
        << QByteArray("GET") << QByteArray("/openai/v1/files/{file}%2Fcontent") << 404;
    QTest::newRow("encoded slash reaches cancel")
        << QByteArray("POST") << QByteArray("/openai/v1/fine_tuning%2Fjobs%2F{job}%2Fcancel") << 404;
    QTest::newRow("encoded dot segments")
        << QByteArray("DELETE") << QByteArray("/openai/v1/files/%2e%2e/files/{file}") << 404;
    QTest::newRow("encoded dot") << QByteArray("POST") << QByteArray("/v1/fine_tuning/jobs/{job}/%2E/cancel")
                                 << 404;
    QTest::newRow("encoded slash and dots")
        << QByteArray("DELETE") << QByteArray("/openai/v1/files/..%2Ffiles%2F{file}") << 404;
    QTest::newRow("backslash") << QByteArray("DELETE") << QByteArray("/openai/v1/files/x%5C{file}") << 404;
    QTest::newRow("control character")
        << QByteArray("DELETE") << QByteArray("/openai/v1/files/{file}%0A") << 404;
    QTest::newRow("nul") << QByteArray("DELETE") << QByteArray("/openai/v1/files/{file}%00") << 404;
    // ARM
    QTest::newRow("arm encoded slash reaches deployments/{name}")
        << QByteArray("DELETE") << kArm + "%2Fdeployments%2Fdep-1" + kArmVersion << 400;
    QTest::newRow("arm encoded slash in the name")
        << QByteArray("DELETE") << kArm + "/deployments/x%2F..%2Fdep-1" + kArmVersion << 400;
    QTest::newRow("arm dot segments")
        << QByteArray("DELETE") << kArm + "/deployments/%2E%2E/deployments/dep-1" + kArmVersion << 400;
    QTest::newRow("arm encoded slash in the subscription")
        << QByteArray("GET")
        << QByteArray(
               "/subscriptions/sub-test%2FresourceGroups%2Frg-test/providers/Microsoft.CognitiveServices/"
               "accounts/acct-test/deployments")
            + kArmVersion
        << 400;
}

void TestEmulatorHostilePaths::hostilePath_isRefused_andNothingChanges()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    const test::RawReply r = send(method, target);
    QVERIFY2(r.status == status,
             qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
    js::Json body;
    QVERIFY2(js::parse(r.body, body), r.body.constData());
    const js::Json *err = js::find(body, "error");
    QVERIFY2(err && err->is_object() && !js::str(*err, "message").isEmpty(), r.body.constData());
    if (status == 400)
        QCOMPARE(js::str(*err, "code"), QStringLiteral("InvalidResourceName"));
    verifyNothingChanged();
}

void TestEmulatorHostilePaths::armNamesAgainstTheRules_areRefusedWith400_data()
{
    test::addColumns<QByteArray, QString>("target", "code");
    const QByteArray tail = "/providers/Microsoft.CognitiveServices/accounts/";
    QTest::newRow("subscription") << QByteArray("/subscriptions/sub_1/resourceGroups/rg") + tail
            + "acct/deployments" << QStringLiteral("InvalidSubscriptionId");
    QTest::newRow("resource group ending with .") << QByteArray("/subscriptions/s/resourceGroups/rg.") + tail
            + "acct/deployments" << QStringLiteral("InvalidResourceName");
    QTest::newRow("account of one letter") << QByteArray("/subscriptions/s/resourceGroups/rg") + tail
            + "a/deployments" << QStringLiteral("InvalidResourceName");
    QTest::newRow("account with a space") << QByteArray("/subscriptions/s/resourceGroups/rg") + tail
            + "a%20b/deployments/x" << QStringLiteral("InvalidResourceName");
}

void TestEmulatorHostilePaths::armNamesAgainstTheRules_areRefusedWith400()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, code);
    const test::RawReply r = send("GET", target + kArmVersion);
    QVERIFY2(r.status == 400, r.body.constData());
    js::Json body;
    QVERIFY(js::parse(r.body, body));
    QCOMPARE(js::str(body["error"], "code"), code);
}

void TestEmulatorHostilePaths::ordinaryPaths_stillWork()
{
    QCOMPARE(send("GET", "/openai/v1/models/gpt-4o-mini-2024-07-18").status, 200);
    QCOMPARE(send("GET", "/v1/files/{file}").status, 200);
    QCOMPARE(send("GET", "/openai/files/{file}" + kClassicVersion).status, 200);
    QCOMPARE(send("GET", "/openai/v1/fine_tuning/jobs/{job}/events/").status,
             200); // a trailing slash is fine
    // an encoded character that is not a separator is just that character
    QCOMPARE(send("GET", "/v1/models/gpt-4o-mini-2024-07-18%2E").status, 404);
    QCOMPARE(send("GET", "/openai/v1/fine_tuning/jobs/%66tjob-nope").body.contains("ftjob-nope"), true);
    const test::RawReply list = send("GET", kArm + "/deployments" + kArmVersion);
    QVERIFY2(list.status == 200 && list.body.contains("dep-1"), list.body.constData());
}

QTEST_GUILESS_MAIN(TestEmulatorHostilePaths)
#include "tst_emulator_hostile_paths.moc"
