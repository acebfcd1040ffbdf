// The real client against the real emulator over loopback HTTP, models, ARM deployments and chat: for
// each service kind, the happy path and the service's errors.

#include "datagen.h"
#include "emulatorfixture.h"
#include "waiting.h"

#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

class TestClientRoutesModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void models_listGetDelete_data() { test::EmulatorFixture::addKindRows(); }
    void models_listGetDelete();
    void deployments_arm();
    void chat_throughEachService_data() { test::EmulatorFixture::addKindRows(); }
    void chat_throughEachService();

private:
    test::EmulatorFixture m_emu;
};

void TestClientRoutesModels::initTestCase()
{
    QString error;
    QVERIFY2(m_emu.start(test::EmulatorFixture::keyed(), &error), qPrintable(error));
}

void TestClientRoutesModels::models_listGetDelete()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    auto models = await<core::Page<core::Model>>([&](auto cb) { c.models().list(this, cb); });
    QVERIFY(models);
    QVERIFY(models.value().data.size() >= 7);
    const QString base = Kind(kind) == Kind::OpenAI ? QStringLiteral("gpt-3.5-turbo-0125")
                                                    : QStringLiteral("gpt-35-turbo-0125");
    QVERIFY(std::any_of(models.value().data.begin(), models.value().data.end(),
                        [&](const auto &m) { return m.id == base; }));
    if (Kind(kind) != Kind::OpenAI)
        QVERIFY(models.value().data.first().can(QStringLiteral("fine_tune")));

    auto one = await<core::Model>([&](auto cb) { c.models().get(base, this, cb); });
    QVERIFY(one);
    QCOMPARE(one.value().id, base);
    auto missing = await<core::Model>([&](auto cb) { c.models().get(QStringLiteral("gpt-9"), this, cb); });
    QCOMPARE(missing.error().httpStatus, 404);
    auto baseDelete = await<core::Deleted>([&](auto cb) { c.models().remove(base, this, cb); });
    QCOMPARE(baseDelete.error().httpStatus, 403);

    // A fine-tuned model can be deleted, and is gone afterwards.
    const core::FineTuningJob done =
        m_emu.trainedJob(c, QStringLiteral("gpt-4.1-nano"), 1, QStringLiteral("d.jsonl"), 10);
    QVERIFY(!done.fineTunedModel.isEmpty());
    auto ft = await<core::Model>([&](auto cb) { c.models().get(done.fineTunedModel, this, cb); });
    QVERIFY(ft);
    QVERIFY(ft.value().isFineTuned());
    auto deleted = await<core::Deleted>([&](auto cb) { c.models().remove(done.fineTunedModel, this, cb); });
    QVERIFY2(deleted, qPrintable(deleted.error().toString()));
    QVERIFY(deleted.value().deleted);
    QCOMPARE(await<core::Model>([&](auto cb) { c.models().get(done.fineTunedModel, this, cb); })
                 .error()
                 .httpStatus,
             404);
}

void TestClientRoutesModels::deployments_arm()
{
    api::Client &c = m_emu.client(Kind::AzureV1);
    const core::FineTuningJob done =
        m_emu.trainedJob(c, QStringLiteral("gpt-4.1-mini"), 3, QStringLiteral("dep.jsonl"));
    auto checkpoints =
        await<core::Page<core::Checkpoint>>([&](auto cb) { c.jobs().checkpoints(done.id, {}, this, cb); });
    QCOMPARE(checkpoints.value().data.size(), 3);

    core::Deployment d;
    d.name = QStringLiteral("ft-dep");
    d.modelName = done.fineTunedModel;
    d.skuName = QStringLiteral("GlobalStandard");
    d.skuCapacity = 2;
    auto put = await<core::Deployment>([&](auto cb) { c.deployments().put(d, this, cb); });
    QVERIFY2(put, qPrintable(put.error().toString()));
    QCOMPARE(put.value().provisioningState, QStringLiteral("Accepted"));
    QVERIFY(put.value().id.endsWith(QStringLiteral("/deployments/ft-dep")));
    QStringList states;
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto got = await<core::Deployment>([&](auto cb) { c.deployments().get(d.name, this, cb); });
            if (got && (states.isEmpty() || states.last() != got.value().provisioningState))
                states << got.value().provisioningState;
            return got && got.value().isProvisioned();
        },
        10000));
    QCOMPARE(states.last(), QStringLiteral("Succeeded"));

    // One deployment per model; the model cannot be deleted while deployed.
    core::Deployment twin = d;
    twin.name = QStringLiteral("ft-dep-2");
    auto second = await<core::Deployment>([&](auto cb) { c.deployments().put(twin, this, cb); });
    QCOMPARE(second.error().httpStatus, 400);
    QVERIFY(second.error().message.contains(QStringLiteral("ft-dep")));
    auto refused = await<core::Deleted>([&](auto cb) { c.models().remove(done.fineTunedModel, this, cb); });
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY(refused.error().message.contains(QStringLiteral("deployment")));

    // A checkpoint by id deploys too.
    core::Deployment fromCheckpoint;
    fromCheckpoint.name = QStringLiteral("ckpt-dep");
    fromCheckpoint.modelName = checkpoints.value().data.last().id;
    QVERIFY(await<core::Deployment>([&](auto cb) { c.deployments().put(fromCheckpoint, this, cb); }));

    auto list = await<core::Page<core::Deployment>>([&](auto cb) { c.deployments().list(this, cb); });
    QVERIFY(list);
    QCOMPARE(list.value().data.size(), 2);

    // Errors: bad SKU, unknown model, unknown name, no token, wrong token.
    core::Deployment badSku = d;
    badSku.name = QStringLiteral("x1");
    badSku.skuName = QStringLiteral("Huge");
    QCOMPARE(await<core::Deployment>([&](auto cb) { c.deployments().put(badSku, this, cb); }).error().code,
             QStringLiteral("InvalidSkuName"));
    core::Deployment badModel = d;
    badModel.name = QStringLiteral("x2");
    badModel.modelName = QStringLiteral("gpt-9.ft-abc");
    QCOMPARE(
        await<core::Deployment>([&](auto cb) { c.deployments().put(badModel, this, cb); }).error().httpStatus,
        400);
    auto unknown =
        await<core::Deployment>([&](auto cb) { c.deployments().get(QStringLiteral("nothing"), this, cb); });
    QCOMPARE(unknown.error().httpStatus, 404);
    api::Connection noArm = c.connection();
    noArm.arm.token.clear();
    api::Client withoutToken(noArm);
    auto local =
        await<core::Page<core::Deployment>>([&](auto cb) { withoutToken.deployments().list(this, cb); });
    QCOMPARE(local.error().kind, core::ApiError::Kind::Local);
    QVERIFY(local.error().message.contains(QStringLiteral("ARM token")));
    api::Connection wrongArm = c.connection();
    wrongArm.arm.token = QStringLiteral("stolen");
    api::Client wrongToken(wrongArm);
    QCOMPARE(await<core::Page<core::Deployment>>([&](auto cb) { wrongToken.deployments().list(this, cb); })
                 .error()
                 .httpStatus,
             401);

    // Delete the deployments, then the model.
    QVERIFY(await<core::Nothing>([&](auto cb) { c.deployments().remove(d.name, this, cb); }));
    QVERIFY(await<core::Nothing>([&](auto cb) { c.deployments().remove(fromCheckpoint.name, this, cb); }));
    QVERIFY(await<core::Deleted>([&](auto cb) { c.models().remove(done.fineTunedModel, this, cb); }));
}

void TestClientRoutesModels::chat_throughEachService()
{
    QFETCH(int, kind);
    api::Client &c = m_emu.client(Kind(kind));
    const core::FineTuningJob done =
        m_emu.trainedJob(c, QStringLiteral("gpt-4.1-nano"), 1, QStringLiteral("chat.jsonl"));

    QString target = done.fineTunedModel;
    if (Kind(kind) != Kind::OpenAI) {
        core::ChatRequest early;
        early.model = QStringLiteral("not-deployed");
        early.messages.append({QStringLiteral("user"), QStringLiteral("Hi")});
        auto missing = await<core::ChatCompletion>([&](auto cb) { c.models().chat(early, this, cb); });
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().code, QStringLiteral("DeploymentNotFound"));
        target = QStringLiteral("chat-%1").arg(kind);
        core::Deployment d;
        d.name = target;
        d.modelName = done.fineTunedModel;
        QVERIFY(await<core::Deployment>([&](auto cb) { c.deployments().put(d, this, cb); }));
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto got = await<core::Deployment>([&](auto cb) { c.deployments().get(d.name, this, cb); });
                return got && got.value().isProvisioned();
            },
            10000));
    }
    core::ChatRequest ask;
    ask.model = target;
    ask.messages.append({QStringLiteral("system"), QStringLiteral("You name capitals.")});
    ask.messages.append({QStringLiteral("user"), QStringLiteral("What is the capital of Japan?")});
    auto answer = await<core::ChatCompletion>([&](auto cb) { c.models().chat(ask, this, cb); });
    QVERIFY2(answer, qPrintable(answer.error().toString()));
    QCOMPARE(answer.value().content, QStringLiteral("The capital of Japan is Tokyo."));
    QVERIFY(answer.value().usage.totalTokens > 0);
    QCOMPARE(answer.value().finishReason, QStringLiteral("stop"));
    if (Kind(kind) != Kind::OpenAI)
        QVERIFY(await<core::Nothing>([&](auto cb) { c.deployments().remove(target, this, cb); }));
}

QTEST_GUILESS_MAIN(TestClientRoutesModels)
#include "tst_client_routes_models.moc"
