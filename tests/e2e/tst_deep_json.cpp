// A JSON depth bomb (100,000 nested brackets) neither crashes ftctl when a server answers with one nor
// the emulator when a request carries one: both refuse it through the one parse entry, with exit 1
// and a clean message, or with 400 in the surface's error shape.

#include "ctlrunner.h"
#include "datatable.h"
#include "emulatorprocess.h"
#include "rawhttp.h"
#include "recordingserver.h"

#include "core/jsonutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ft;
namespace js = core::js;

namespace {
constexpr int kDepth = 100000;

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

const QList<QPair<QByteArray, QByteArray>> &auth()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{{"api-key", "test-key"},
                                                              {"Authorization", "Bearer test-key"}};
    return headers;
}

const QByteArray kArmDeployment =
    "/subscriptions/sub-test/resourceGroups/rg-test/providers/Microsoft.CognitiveServices/accounts/acct-test/"
    "deployments/dep-deep?api-version=2024-10-01";
} // namespace

class TestDeepJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ftctl_serverAnswersWithDepthBomb_exits1Cleanly_data();
    void ftctl_serverAnswersWithDepthBomb_exits1Cleanly();
    void emulator_requestWithDepthBomb_gets400_andKeepsServing_data();
    void emulator_requestWithDepthBomb_gets400_andKeepsServing();

private:
    QTemporaryDir m_dir;
    test::EmulatorProcess m_emulator;
};

void TestDeepJson::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("emu")),
                               QStringLiteral("--quiet")},
                              &error),
             qPrintable(error));
}

void TestDeepJson::ftctl_serverAnswersWithDepthBomb_exits1Cleanly_data()
{
    test::addColumns<QByteArray, QStringList>("body", "args");
    const QByteArray open(kDepth, '[');
    const QByteArray inFile = R"({"id":"file-1","object":"file","bytes":1,"x":)" + nested(kDepth) + "}";
    const QByteArray inList =
        R"({"object":"list","has_more":false,"data":[{"id":"ftjob-1","x":)" + nested(kDepth) + "}]}";
    const QStringList show{QStringLiteral("files"), QStringLiteral("show"), QStringLiteral("file-1")};
    const QStringList showJson = QStringList{QStringLiteral("--json")} + show;
    const QStringList jobs{QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")};
    QTest::newRow("100,000 [") << open << show;
    QTest::newRow("100,000 [ --json") << open << showJson;
    QTest::newRow("closed, in an object") << inFile << show;
    QTest::newRow("closed, in an object --json") << inFile << showJson;
    QTest::newRow("closed, in a list") << inList << jobs;
}

void TestDeepJson::ftctl_serverAnswersWithDepthBomb_exits1Cleanly()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, args);
    test::RecordingServer server("200 OK", body);
    QVERIFY(server.isListening());
    test::CtlRunner ctl(server.url());
    const test::CtlResult r =
        ctl.run(args + QStringList{QStringLiteral("--max-retries"), QStringLiteral("0")}, 60000);
    QVERIFY2(r.exitCode == 1,
             qPrintable(QStringLiteral("exit %1 (-1: crashed): %2")
                            .arg(r.exitCode)
                            .arg(QString::fromUtf8(r.err.left(300)))));
    QVERIFY2(r.err.startsWith("ftctl: ") && r.err.size() < 1000, r.err.left(300).constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(server.requestLines().size(), 1);
}

void TestDeepJson::emulator_requestWithDepthBomb_gets400_andKeepsServing_data()
{
    test::addColumns<QByteArray, QByteArray, QByteArray>("method", "target", "body");
    QTest::addColumn<QString>("errorCode"); // the surface's code; empty: OpenAI's shape (a message, no code)
    const QByteArray deep = nested(kDepth);
    const QByteArray job =
        R"({"model":"gpt-4o-mini-2024-07-18","training_file":"file-x","extra":)" + deep + "}";
    const QByteArray hyper =
        R"({"model":"gpt-4o-mini-2024-07-18","training_file":"file-x","method":{"type":"supervised","supervised":{"hyperparameters":)"
        + deep + "}}}";
    const QByteArray metadata =
        R"({"model":"gpt-4o-mini-2024-07-18","training_file":"file-x","metadata":{"a":)" + deep + "}}";
    for (const auto &[name, target, code] :
         {std::tuple{"openai", QByteArray("/v1/fine_tuning/jobs"), QString()},
          std::tuple{"azure v1", QByteArray("/openai/v1/fine_tuning/jobs"),
                     QStringLiteral("invalid_request_error")},
          std::tuple{"azure classic", QByteArray("/openai/fine_tuning/jobs?api-version=2025-04-01-preview"),
                     QStringLiteral("invalidPayload")}}) {
        QTest::addRow("job create, %s, whole body", name) << QByteArray("POST") << target << deep << code;
        QTest::addRow("job create, %s, whole body unclosed", name)
            << QByteArray("POST") << target << QByteArray(kDepth, '[') << code;
        QTest::addRow("job create, %s, unknown field", name) << QByteArray("POST") << target << job << code;
        QTest::addRow("job create, %s, hyperparameters", name)
            << QByteArray("POST") << target << hyper << code;
        QTest::addRow("job create, %s, metadata", name) << QByteArray("POST") << target << metadata << code;
    }
    for (const auto &[name, target] :
         {std::pair{"openai", QByteArray("/v1/fine_tuning/alpha/graders/validate")},
          std::pair{"azure v1", QByteArray("/openai/v1/fine_tuning/alpha/graders/validate")}}) {
        QTest::addRow("graders validate, %s", name)
            << QByteArray("POST") << target << QByteArray(R"({"grader":)") + deep + "}"
            << QString(qstrcmp(name, "openai") == 0 ? QString() : QStringLiteral("invalid_request_error"));
    }
    QTest::newRow("arm put, tags")
        << QByteArray("PUT") << kArmDeployment
        << QByteArray(
               R"({"sku":{"name":"Standard","capacity":1},"properties":{"model":{"format":"OpenAI","name":"gpt-4o-mini-2024-07-18","version":"1"}},"tags":{"a":)")
            + deep + "}}"
        << QStringLiteral("InvalidRequestContent");
}

void TestDeepJson::emulator_requestWithDepthBomb_gets400_andKeepsServing()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorCode);
    const test::RawReply r = test::wireRequest(m_emulator.url(), method, target, body, auth(), 60000);
    QVERIFY2(r.status == 400,
             qPrintable(QStringLiteral("status %1 (0: no answer, crashed?): %2")
                            .arg(r.status)
                            .arg(QString::fromUtf8(r.body.left(300)))));
    js::Json reply;
    QVERIFY2(js::parse(r.body, reply), r.body.left(300).constData());
    const js::Json *err = js::find(reply, "error");
    QVERIFY2(err && err->is_object() && !js::str(*err, "message").isEmpty(), r.body.left(300).constData());
    if (!errorCode.isEmpty())
        QCOMPARE(js::str(*err, "code"), errorCode);
    QVERIFY2(r.body.size() < 2000, "the answer does not echo the bomb");
    // still serving, and nothing was created
    const test::RawReply models = test::wireRequest(m_emulator.url(), "GET", "/v1/models", {}, auth());
    QCOMPARE(models.status, 200);
    const test::RawReply jobs =
        test::wireRequest(m_emulator.url(), "GET", "/v1/fine_tuning/jobs", {}, auth());
    QVERIFY2(jobs.status == 200 && !jobs.body.contains("ftjob-"), jobs.body.left(300).constData());
}

QTEST_GUILESS_MAIN(TestDeepJson)
#include "tst_deep_json.moc"
