// Long-running ARM operations through the real client, which follows them as the official Azure SDKs
// do (Azure-AsyncOperation, Location, Retry-After): a call that starts one returns when the operation
// has ended, with the resource or a typed error, and tells its progress on the way.

#include "emulatorfixture.h"
#include "waiting.h"

#include <QTest>

using namespace ft;
using test::await;

class TestArmLroClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void client_createOrUpdate_followsTheOperationToSucceeded();
    void client_createOrUpdate_failedOperation_isATypedError();
    void client_update_followsThePatchToTheResource();
    void client_remove_returnsWhenTheDeploymentIsGone();

private:
    api::Client &client() { return m_emu.client(api::ServiceKind::AzureV1); }

    test::EmulatorFixture m_emu;
};

void TestArmLroClient::initTestCase()
{
    // At speed 2 provisioning takes 3 s and a deletion or a new capacity 1 s: long enough to see each
    // operation InProgress first, even on a loaded machine.
    test::EmulatorFixture::Options o;
    o.speed = 2;
    o.apiKey = QStringLiteral("lro-key");
    o.armToken = QStringLiteral("lro-arm-token");
    o.failDeployments = QStringLiteral("^doomed-");
    o.arm.subscription = QStringLiteral("sub-lro");
    o.arm.resourceGroup = QStringLiteral("rg-lro");
    o.arm.account = QStringLiteral("acct-lro");
    QString error;
    QVERIFY2(m_emu.start(o, &error), qPrintable(error));
}

void TestArmLroClient::client_createOrUpdate_followsTheOperationToSucceeded()
{
    core::Deployment d;
    d.name = QStringLiteral("client-create");
    d.modelName = QStringLiteral("gpt-4.1-mini");
    d.skuName = QStringLiteral("GlobalStandard");
    d.skuCapacity = 2;
    d.tags.insert(QStringLiteral("owner"), QStringLiteral("tests"));
    QStringList states;
    api::ArmPolling polling;
    polling.progress = [&states](const QString &s) { states << s; };
    auto done = await<core::Deployment>(
        [&](auto cb) { client().deployments().createOrUpdate(d, this, cb, polling); }, 30000);
    QVERIFY2(done, qPrintable(done.error().toString()));
    // Not back before the operation ended: the deployment is provisioned.
    QCOMPARE(done.value().provisioningState, QStringLiteral("Succeeded"));
    QCOMPARE(done.value().skuCapacity, 2);
    QCOMPARE(done.value().tags.value(QStringLiteral("owner")), QStringLiteral("tests"));
    // Told as it went: the first answer, then the operation's end (InProgress in between when a poll
    // falls inside provisioning; the client waits as long as Retry-After says, so that is up to timing).
    QCOMPARE(states.first(), QStringLiteral("Accepted"));
    QCOMPARE(states.last(), QStringLiteral("Succeeded"));
}

void TestArmLroClient::client_createOrUpdate_failedOperation_isATypedError()
{
    core::Deployment d;
    d.name = QStringLiteral("doomed-client");
    d.modelName = QStringLiteral("gpt-4.1-mini");
    auto done =
        await<core::Deployment>([&](auto cb) { client().deployments().createOrUpdate(d, this, cb); }, 30000);
    QVERIFY(!done);
    QCOMPARE(done.error().kind, core::ApiError::Kind::Operation);
    QCOMPARE(done.error().operationStatus, QStringLiteral("Failed"));
    QCOMPARE(done.error().code, QStringLiteral("ProvisioningFailed"));
    QVERIFY(done.error().message.contains(QStringLiteral("doomed-client")));
}

void TestArmLroClient::client_update_followsThePatchToTheResource()
{
    core::Deployment d;
    d.name = QStringLiteral("client-update");
    d.modelName = QStringLiteral("gpt-4.1-mini");
    QVERIFY(
        await<core::Deployment>([&](auto cb) { client().deployments().createOrUpdate(d, this, cb); }, 30000));

    core::DeploymentPatch scale;
    scale.skuName = QStringLiteral("Standard");
    scale.skuCapacity = 5;
    scale.tags = QMap<QString, QString>{{QStringLiteral("tier"), QStringLiteral("gold")}};
    QStringList states;
    api::ArmPolling polling;
    polling.progress = [&states](const QString &s) { states << s; };
    auto scaled = await<core::Deployment>(
        [&](auto cb) { client().deployments().update(d.name, scale, this, cb, polling); }, 30000);
    QVERIFY2(scaled, qPrintable(scaled.error().toString()));
    QCOMPARE(scaled.value().skuCapacity, 5);
    QCOMPARE(scaled.value().tags.value(QStringLiteral("tier")), QStringLiteral("gold"));
    QCOMPARE(states.first(), QStringLiteral("Accepted")); // the 202
    QCOMPARE(states.last(), QStringLiteral("Succeeded"));

    core::DeploymentPatch retag;
    retag.tags = QMap<QString, QString>{{QStringLiteral("tier"), QStringLiteral("silver")}};
    auto retagged =
        await<core::Deployment>([&](auto cb) { client().deployments().update(d.name, retag, this, cb); });
    QVERIFY2(retagged, qPrintable(retagged.error().toString()));
    QCOMPARE(retagged.value().tags.value(QStringLiteral("tier")), QStringLiteral("silver"));
    QCOMPARE(retagged.value().skuCapacity, 5);

    core::DeploymentPatch bad;
    bad.skuName = QStringLiteral("Huge");
    auto refused =
        await<core::Deployment>([&](auto cb) { client().deployments().update(d.name, bad, this, cb); });
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().code, QStringLiteral("InvalidSkuName"));
}

void TestArmLroClient::client_remove_returnsWhenTheDeploymentIsGone()
{
    core::Deployment d;
    d.name = QStringLiteral("client-remove");
    d.modelName = QStringLiteral("gpt-4.1-mini");
    QVERIFY(await<core::Deployment>([&](auto cb) { client().deployments().put(d, this, cb); }));
    QStringList states;
    api::ArmPolling polling;
    polling.progress = [&states](const QString &s) { states << s; };
    auto removed = await<core::Nothing>(
        [&](auto cb) { client().deployments().remove(d.name, this, cb, polling); }, 30000);
    QVERIFY2(removed, qPrintable(removed.error().toString()));
    QCOMPARE(states.first(), QStringLiteral("Accepted")); // the 202
    QCOMPARE(states.last(), QStringLiteral("Succeeded"));
    // Gone the moment the call says so, not some time later.
    QCOMPARE(await<core::Deployment>([&](auto cb) { client().deployments().get(d.name, this, cb); })
                 .error()
                 .httpStatus,
             404);
    // Removing what is not there is no error.
    QVERIFY(await<core::Nothing>([&](auto cb) { client().deployments().remove(d.name, this, cb); }));
}

QTEST_GUILESS_MAIN(TestArmLroClient)
#include "tst_arm_lro_client.moc"
