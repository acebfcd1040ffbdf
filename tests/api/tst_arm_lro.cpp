// Long-running ARM operations as ARM documents them and the official Azure SDKs poll them: a deployment
// PUT answers 201 + Azure-AsyncOperation (a separate operation-status resource: InProgress ... Succeeded
// or Failed), PATCH answers 200 or 202 + Location, DELETE answers 202 + Location polled to 204. Checked
// on the wire (status codes and headers, as an SDK's poller reads them) against the real emulator
// binary, and through ftctl; tst_arm_lro_client follows them through the real client.

#include "ctlrunner.h"
#include "emulatorprocess.h"
#include "waiting.h"

#include "core/armoperationstatus.h"
#include "core/jsonutil.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ft;
namespace js = core::js;

namespace {
constexpr const char *kKey = "lro-key";
constexpr const char *kArmToken = "lro-arm-token";
constexpr const char *kApiVersion = "2024-10-01";

struct Exchange
{
    int status = 0;
    QByteArray raw;
    js::Json body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};
} // namespace

class TestArmLro : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void create_answers201WithAsyncOperation_statusGoesInProgressThenSucceeded();
    void create_failingProvisioning_operationEndsFailedWithArmError();
    void patch_tagsAnswer200_skuChangeAnswers202AndLocationPollsToTheResource();
    void patch_isValidatedAsPutIs();
    void delete_answers202WithLocation_deletingThenGone_polledTo204();
    void operationIds_areUnguessable_unknownOneGets404InArmShape();
    void operationStatus_survivesAnEmulatorRestart();

    void ftctl_deployUpdateAndDelete_waitForTheOperations();

private:
    QUrl deploymentUrl(const QString &name) const;
    Exchange http(const QByteArray &verb, const QUrl &url, const js::Json &body = nullptr);
    Exchange put(const QString &name, const QString &sku = QStringLiteral("Standard"), int capacity = 1);
    // Polls the URL until `done` holds for an answer; returns every answer, the last one satisfying it.
    QList<Exchange> pollUntil(const QUrl &url, const std::function<bool(const Exchange &)> &done,
                              int timeoutMs = 20000);

    test::EmulatorProcess m_emulator;
    QNetworkAccessManager m_network;
};

void TestArmLro::initTestCase()
{
    QString error;
    // At speed 2 provisioning takes 3 s and a deletion or a new capacity 1 s: long enough to see each
    // operation InProgress first, even on a loaded machine.
    QVERIFY2(m_emulator.start({QStringLiteral("--speed"), QStringLiteral("2"), QStringLiteral("--api-key"),
                               QString::fromLatin1(kKey), QStringLiteral("--arm-token"),
                               QString::fromLatin1(kArmToken), QStringLiteral("--fail-deployments"),
                               QStringLiteral("^doomed-"), QStringLiteral("--quiet")},
                              &error),
             qPrintable(error));
}

QUrl TestArmLro::deploymentUrl(const QString &name) const
{
    return QUrl(
        m_emulator.url().toString()
        + QStringLiteral("/subscriptions/sub-lro/resourceGroups/rg-lro/providers/"
                         "Microsoft.CognitiveServices/accounts/acct-lro/deployments/%1?api-version=%2")
              .arg(name, QString::fromLatin1(kApiVersion)));
}

Exchange TestArmLro::http(const QByteArray &verb, const QUrl &url, const js::Json &body)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + kArmToken);
    QByteArray payload;
    if (!body.is_null()) {
        payload = js::dump(body);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Exchange e;
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.raw = reply->readAll();
    e.headers = reply->rawHeaderPairs();
    js::parse(e.raw, e.body);
    reply->deleteLater();
    return e;
}

Exchange TestArmLro::put(const QString &name, const QString &sku, int capacity)
{
    return http("PUT", deploymentUrl(name),
                js::Json{{"sku", {{"name", js::s(sku)}, {"capacity", capacity}}},
                         {"properties", {{"model", {{"format", "OpenAI"}, {"name", "gpt-4.1-mini"}}}}}});
}

QList<Exchange> TestArmLro::pollUntil(const QUrl &url, const std::function<bool(const Exchange &)> &done,
                                      int timeoutMs)
{
    QList<Exchange> seen;
    test::waitUntil(
        [&] {
            seen << http("GET", url);
            if (done(seen.last()))
                return true;
            test::settle(100);
            return false;
        },
        timeoutMs);
    return seen;
}

void TestArmLro::create_answers201WithAsyncOperation_statusGoesInProgressThenSucceeded()
{
    const Exchange created = put(QStringLiteral("lro-create"));
    QCOMPARE(created.status, 201);
    QCOMPARE(js::str(created.body["properties"], "provisioningState"), QStringLiteral("Accepted"));
    const QByteArray async = created.header("Azure-AsyncOperation");
    QVERIFY2(!async.isEmpty(), created.raw.constData());
    const QUrl statusUrl(QString::fromUtf8(async));
    // A separate operation-status resource, not the deployment: an SDK reads its 200 as "done".
    QVERIFY(statusUrl.path() != deploymentUrl(QStringLiteral("lro-create")).path());
    QVERIFY2(
        QRegularExpression(QStringLiteral("^/subscriptions/sub-lro/providers/Microsoft.CognitiveServices/"
                                          "locations/[a-z0-9]+/operationStatuses/[0-9a-f-]{36}$"))
            .match(statusUrl.path())
            .hasMatch(),
        async.constData());
    QVERIFY(statusUrl.query().contains(QStringLiteral("api-version=2024-10-01")));
    bool ok = false;
    QVERIFY(created.header("Retry-After").toInt(&ok) >= 1 && ok);
    QVERIFY(!created.header("x-ms-async-operation-timeout").isEmpty());

    const QList<Exchange> seen =
        pollUntil(statusUrl, [](const Exchange &e) { return js::str(e.body, "status") != u"InProgress"; });
    QVERIFY(seen.size() >= 2);
    const Exchange &first = seen.first();
    QCOMPARE(first.status, 200);
    QCOMPARE(js::str(first.body, "status"), QStringLiteral("InProgress"));
    QCOMPARE(js::str(first.body, "name"), statusUrl.path().section(u'/', -1));
    QCOMPARE(js::str(first.body, "id"), statusUrl.path());
    QVERIFY(!js::str(first.body, "startTime").isEmpty());
    QVERIFY(!js::find(first.body, "endTime"));
    QVERIFY(!first.header("Retry-After").isEmpty());
    const core::ArmOperationStatus last = core::ArmOperationStatus::fromJson(seen.last().body);
    QCOMPARE(last.status, QStringLiteral("Succeeded"));
    QVERIFY(!last.endTime.isEmpty());
    QVERIFY(QDateTime::fromString(last.endTime, Qt::ISODateWithMs)
            >= QDateTime::fromString(last.startTime, Qt::ISODateWithMs));
    QVERIFY(!js::find(seen.last().body, "error"));
    // Then the resource itself (final-state-via original-uri) is provisioned.
    const Exchange resource = http("GET", deploymentUrl(QStringLiteral("lro-create")));
    QCOMPARE(js::str(resource.body["properties"], "provisioningState"), QStringLiteral("Succeeded"));

    // A second PUT of the same deployment is an update: 200, with an operation of its own.
    const Exchange updated = put(QStringLiteral("lro-create"), QStringLiteral("Standard"), 2);
    QCOMPARE(updated.status, 200);
    QVERIFY(!updated.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(updated.header("Azure-AsyncOperation") != async);
    const QList<Exchange> again =
        pollUntil(QUrl(QString::fromUtf8(updated.header("Azure-AsyncOperation"))),
                  [](const Exchange &e) { return js::str(e.body, "status") == u"Succeeded"; });
    QCOMPARE(js::str(again.last().body, "status"), QStringLiteral("Succeeded"));
}

void TestArmLro::create_failingProvisioning_operationEndsFailedWithArmError()
{
    const Exchange created = put(QStringLiteral("doomed-raw"));
    QCOMPARE(created.status, 201);
    QCOMPARE(js::str(created.body["properties"], "provisioningState"), QStringLiteral("Accepted"));
    const QUrl statusUrl(QString::fromUtf8(created.header("Azure-AsyncOperation")));
    const QList<Exchange> seen =
        pollUntil(statusUrl, [](const Exchange &e) { return js::str(e.body, "status") != u"InProgress"; });
    QCOMPARE(js::str(seen.first().body, "status"), QStringLiteral("InProgress"));
    const Exchange &last = seen.last();
    QCOMPARE(last.status, 200);
    QCOMPARE(js::str(last.body, "status"), QStringLiteral("Failed"));
    QVERIFY(!js::str(last.body, "endTime").isEmpty());
    QVERIFY(last.body["error"].is_object());
    QCOMPARE(js::str(last.body["error"], "code"), QStringLiteral("ProvisioningFailed"));
    QVERIFY(js::str(last.body["error"], "message").contains(QStringLiteral("doomed-raw")));
    const Exchange resource = http("GET", deploymentUrl(QStringLiteral("doomed-raw")));
    QCOMPARE(js::str(resource.body["properties"], "provisioningState"), QStringLiteral("Failed"));
}

void TestArmLro::patch_tagsAnswer200_skuChangeAnswers202AndLocationPollsToTheResource()
{
    const QString name = QStringLiteral("lro-patch");
    const Exchange created = put(name);
    QCOMPARE(created.status, 201);

    // Tags only: nothing to provision, the answer is the resource (200).
    const Exchange tagged = http("PATCH", deploymentUrl(name), js::Json{{"tags", {{"team", "nlp"}}}});
    QCOMPARE(tagged.status, 200);
    QCOMPARE(js::str(tagged.body["tags"], "team"), QStringLiteral("nlp"));
    QCOMPARE(js::str(tagged.body, "name"), name);

    // A new capacity: 202 + Location + Azure-AsyncOperation + Retry-After, nothing in the body.
    const Exchange scaled = http("PATCH", deploymentUrl(name),
                                 js::Json{{"sku", {{"name", "GlobalStandard"}, {"capacity", 3}}},
                                          {"tags", {{"team", "nlp"}, {"cost", "a1"}}}});
    QCOMPARE(scaled.status, 202);
    QVERIFY(scaled.raw.isEmpty());
    const QUrl location(QString::fromUtf8(scaled.header("Location")));
    QVERIFY2(location.path().contains(QStringLiteral("/operationResults/")),
             scaled.header("Location").constData());
    QVERIFY(location.path() != deploymentUrl(name).path());
    QVERIFY(!scaled.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(!scaled.header("Retry-After").isEmpty());

    const QList<Exchange> seen = pollUntil(location, [](const Exchange &e) { return e.status != 202; });
    QCOMPARE(seen.first().status, 202); // still scaling
    QVERIFY(!seen.first().header("Retry-After").isEmpty());
    const Exchange &done = seen.last();
    QCOMPARE(done.status, 200);
    QCOMPARE(js::str(done.body["sku"], "name"), QStringLiteral("GlobalStandard"));
    QCOMPARE(js::int64(done.body["sku"], "capacity"), 3);
    QCOMPARE(js::str(done.body["tags"], "cost"), QStringLiteral("a1"));
    const Exchange status = http("GET", QUrl(QString::fromUtf8(scaled.header("Azure-AsyncOperation"))));
    QCOMPARE(js::str(status.body, "status"), QStringLiteral("Succeeded"));
    const Exchange resource = http("GET", deploymentUrl(name));
    QCOMPARE(js::int64(resource.body["sku"], "capacity"), 3);
    QCOMPARE(js::str(resource.body["properties"]["model"], "name"), QStringLiteral("gpt-4.1-mini"));
}

void TestArmLro::patch_isValidatedAsPutIs()
{
    const QString name = QStringLiteral("lro-patch-bad");
    QCOMPARE(put(name).status, 201);
    const Exchange badSku =
        http("PATCH", deploymentUrl(name), js::Json{{"sku", {{"name", "Huge"}, {"capacity", 1}}}});
    QCOMPARE(badSku.status, 400);
    QCOMPARE(js::str(badSku.body["error"], "code"), QStringLiteral("InvalidSkuName"));
    const Exchange badCapacity =
        http("PATCH", deploymentUrl(name), js::Json{{"sku", {{"name", "Standard"}, {"capacity", 0}}}});
    QCOMPARE(badCapacity.status, 400);
    QCOMPARE(js::str(badCapacity.body["error"], "code"), QStringLiteral("InvalidCapacity"));
    const Exchange badTags = http("PATCH", deploymentUrl(name), js::Json{{"tags", {{"n", 5}}}});
    QCOMPARE(badTags.status, 400);
    QCOMPARE(js::str(badTags.body["error"], "target"), QStringLiteral("tags"));
    const Exchange notJson = http("PATCH", deploymentUrl(name), js::Json::array());
    QCOMPARE(notJson.status, 400);
    const Exchange missing =
        http("PATCH", deploymentUrl(QStringLiteral("nobody")), js::Json{{"tags", {{"a", "b"}}}});
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body["error"]["code"].is_string());
    // Nothing of the refused patches stuck.
    const Exchange resource = http("GET", deploymentUrl(name));
    QCOMPARE(js::str(resource.body["sku"], "name"), QStringLiteral("Standard"));
    QVERIFY(!js::find(resource.body, "tags"));
}

void TestArmLro::delete_answers202WithLocation_deletingThenGone_polledTo204()
{
    const QString name = QStringLiteral("lro-delete");
    QCOMPARE(put(name).status, 201);
    const Exchange deleted = http("DELETE", deploymentUrl(name));
    QCOMPARE(deleted.status, 202);
    const QUrl location(QString::fromUtf8(deleted.header("Location")));
    QVERIFY2(location.path().contains(QStringLiteral("/operationResults/")), deleted.raw.constData());
    QVERIFY(!deleted.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(!deleted.header("Retry-After").isEmpty());

    // Meanwhile the deployment is there, Deleting; asked again, the same operation answers.
    const Exchange during = http("GET", deploymentUrl(name));
    QCOMPARE(during.status, 200);
    QCOMPARE(js::str(during.body["properties"], "provisioningState"), QStringLiteral("Deleting"));
    const Exchange twice = http("DELETE", deploymentUrl(name));
    QCOMPARE(twice.status, 202);
    QCOMPARE(twice.header("Location"), deleted.header("Location"));
    // It cannot be put or patched while it goes.
    QCOMPARE(http("PATCH", deploymentUrl(name), js::Json{{"tags", {{"a", "b"}}}}).status, 409);

    const QList<Exchange> seen = pollUntil(location, [](const Exchange &e) { return e.status != 202; });
    QCOMPARE(seen.first().status, 202);
    QVERIFY(!seen.first().header("Retry-After").isEmpty());
    QCOMPARE(seen.last().status, 204);
    QCOMPARE(http("GET", deploymentUrl(name)).status, 404);
    const Exchange status = http("GET", QUrl(QString::fromUtf8(deleted.header("Azure-AsyncOperation"))));
    QCOMPARE(js::str(status.body, "status"), QStringLiteral("Succeeded"));
    // Deleting what is not there: 204, as before.
    QCOMPARE(http("DELETE", deploymentUrl(name)).status, 204);
}

void TestArmLro::operationIds_areUnguessable_unknownOneGets404InArmShape()
{
    const Exchange a = put(QStringLiteral("lro-ids"));
    const Exchange b = put(QStringLiteral("lro-ids"));
    const QUrl first(QString::fromUtf8(a.header("Azure-AsyncOperation")));
    const QUrl second(QString::fromUtf8(b.header("Azure-AsyncOperation")));
    const QString id1 = first.path().section(u'/', -1);
    const QString id2 = second.path().section(u'/', -1);
    QVERIFY(id1 != id2);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                 .match(id1)
                 .hasMatch(),
             qPrintable(id1));

    QUrl unknown = first;
    unknown.setPath(first.path().section(u'/', 0, -2)
                    + QStringLiteral("/00000000-0000-4000-8000-000000000000"));
    const Exchange missing = http("GET", unknown);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body["error"]["code"].is_string());
    QVERIFY(missing.body["error"]["message"].is_string());
    // Another subscription cannot read it.
    QUrl elsewhere = first;
    elsewhere.setPath(first.path().replace(QStringLiteral("/sub-lro/"), QStringLiteral("/sub-other/")));
    QCOMPARE(http("GET", elsewhere).status, 404);
    // Nor can anyone without the ARM token.
    QNetworkRequest anonymous(first);
    QNetworkReply *reply = m_network.get(anonymous);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();
}

void TestArmLro::operationStatus_survivesAnEmulatorRestart()
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("--data-dir"),  dir.filePath(QStringLiteral("emu")),
                           QStringLiteral("--speed"),     QStringLiteral("2"),
                           QStringLiteral("--arm-token"), QString::fromLatin1(kArmToken),
                           QStringLiteral("--quiet")};
    QString path;
    {
        test::EmulatorProcess first;
        QString error;
        QVERIFY2(first.start(args, &error), qPrintable(error));
        const Exchange created = http(
            "PUT",
            QUrl(first.url().toString()
                 + QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.CognitiveServices/"
                                  "accounts/acct/deployments/kept?api-version=2024-10-01")),
            js::Json{{"sku", {{"name", "Standard"}, {"capacity", 1}}},
                     {"properties", {{"model", {{"format", "OpenAI"}, {"name", "gpt-4.1-mini"}}}}}});
        QCOMPARE(created.status, 201);
        const QUrl status(QString::fromUtf8(created.header("Azure-AsyncOperation")));
        path = status.path() + u'?' + status.query();
        QCOMPARE(js::str(http("GET", status).body, "status"), QStringLiteral("InProgress"));
        first.kill();
    }
    test::EmulatorProcess second;
    QString error;
    QVERIFY2(second.start(args, &error), qPrintable(error));
    const QUrl status(second.url().toString() + path);
    const QList<Exchange> seen = pollUntil(status, [](const Exchange &e) {
        return e.status != 200 || js::str(e.body, "status") != u"InProgress";
    });
    QCOMPARE(seen.last().status, 200);
    QCOMPARE(js::str(seen.last().body, "status"), QStringLiteral("Succeeded"));
}

void TestArmLro::ftctl_deployUpdateAndDelete_waitForTheOperations()
{
    test::CtlRunner ctl(m_emulator.url());
    ctl.setEnv(QStringLiteral("AZURE_OPENAI_API_KEY"), QString::fromLatin1(kKey));
    ctl.setEnv(QStringLiteral("AZURE_ARM_TOKEN"), QString::fromLatin1(kArmToken));
    const QStringList arm = ctl.armOptions();
    const QString name = QStringLiteral("ctl-lro");
    const test::CtlResult created =
        ctl.run(QStringList{QStringLiteral("--json"), QStringLiteral("deploy"), QStringLiteral("create"),
                            name, QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini")}
                + arm);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(js::str(created.json()["properties"], "provisioningState"), QStringLiteral("Succeeded"));

    const test::CtlResult updated =
        ctl.run(QStringList{QStringLiteral("--json"), QStringLiteral("deploy"), QStringLiteral("update"),
                            name, QStringLiteral("--capacity"), QStringLiteral("4"), QStringLiteral("--tag"),
                            QStringLiteral("team=nlp"), QStringLiteral("--tag"), QStringLiteral("env=test")}
                + arm);
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    const js::Json u = updated.json();
    QCOMPARE(js::int64(u["sku"], "capacity"), 4);
    QCOMPARE(js::str(u["sku"], "name"), QStringLiteral("Standard")); // kept: only the capacity was given
    QCOMPARE(js::str(u["tags"], "team"), QStringLiteral("nlp"));
    QCOMPARE(js::str(u["tags"], "env"), QStringLiteral("test"));

    const test::CtlResult nothing =
        ctl.run(QStringList{QStringLiteral("deploy"), QStringLiteral("update"), name} + arm);
    QCOMPARE(nothing.exitCode, 2);
    const test::CtlResult badTag =
        ctl.run(QStringList{QStringLiteral("deploy"), QStringLiteral("update"), name, QStringLiteral("--tag"),
                            QStringLiteral("novalue")}
                + arm);
    QCOMPARE(badTag.exitCode, 2);

    const test::CtlResult deleted = ctl.run(
        QStringList{QStringLiteral("--json"), QStringLiteral("deploy"), QStringLiteral("delete"), name}
        + arm);
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(deleted.json()["deleted"] == true);
    // Waited for: the deployment is gone, not Deleting.
    const test::CtlResult shown =
        ctl.run(QStringList{QStringLiteral("deploy"), QStringLiteral("show"), name} + arm);
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.err.contains("DeploymentNotFound"), shown.err.constData());

    // A deployment whose operation fails: printed as it is (Failed), exit 1 with the reason.
    const test::CtlResult failed = ctl.run(
        QStringList{QStringLiteral("--json"), QStringLiteral("deploy"), QStringLiteral("create"),
                    QStringLiteral("doomed-ctl"), QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini")}
        + arm);
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(js::str(failed.json()["properties"], "provisioningState"), QStringLiteral("Failed"));
    QVERIFY2(failed.err.contains("ProvisioningFailed"), failed.err.constData());
}

QTEST_GUILESS_MAIN(TestArmLro)
#include "tst_arm_lro.moc"
