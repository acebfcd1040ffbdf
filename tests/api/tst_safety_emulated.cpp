// The service's safety evaluation as the client sees it, reproduced by the emulator on demand: data
// that fails ends the job before training (no trained tokens, so no charge) with the categories in
// the service's words; a model that fails trains but cannot be deployed.

#include "datagen.h"
#include "emulatorfixture.h"
#include "waiting.h"

#include "core/safetyevaluation.h"

#include <QTest>

#include <algorithm>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

class TestSafetyEvaluation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emu.start(test::EmulatorFixture::keyed(), &error), qPrintable(error));
    }

    void harmfulData_failsTheJob_beforeTraining()
    {
        api::Client &c = m_emu.client(Kind::AzureV1);
        core::CreateJobRequest req;
        req.model = QStringLiteral("gpt-4.1-mini");
        req.suffix = QStringLiteral("unsafe-data");
        req.trainingFile = m_emu.uploadReady(c, test::sftJsonl(12), QStringLiteral("harm.jsonl")).id;
        const core::FineTuningJob created = m_emu.createJob(c, req);
        const core::FineTuningJob job = m_emu.waitForState(c, created.id, core::JobState::Failed);
        QCOMPARE(job.state(), core::JobState::Failed);
        QVERIFY(!job.trainedTokens.value_or(0));
        QVERIFY(job.fineTunedModel.isEmpty());
        const QList<core::JobEvent> events = allEvents(c, job.id);
        const core::SafetyOutcome outcome = core::safetyOutcome(job, events);
        QVERIFY2(outcome.isDataRejected(), qPrintable(job.error.message));
        QCOMPARE(outcome.categories,
                 QStringList({QStringLiteral("hate_fairness"), QStringLiteral("self_harm"),
                              QStringLiteral("violence")}));
        QVERIFY(hasEvent(events, QStringLiteral("Evaluating training data for harmful content")));
        QVERIFY(!hasEvent(events, QStringLiteral("Fine-tuning job started")));
    }

    void harmfulModel_trains_butIsNotDeployable()
    {
        api::Client &c = m_emu.client(Kind::AzureV1);
        core::CreateJobRequest req;
        req.model = QStringLiteral("gpt-4.1-mini");
        req.suffix = QStringLiteral("unsafe-model");
        req.method.hyperparameters.nEpochs = core::HyperParam::integer(1);
        req.trainingFile = m_emu.uploadReady(c, test::sftJsonl(12), QStringLiteral("model.jsonl")).id;
        const core::FineTuningJob job =
            m_emu.waitForState(c, m_emu.createJob(c, req).id, core::JobState::Succeeded);
        QCOMPARE(job.state(), core::JobState::Succeeded);
        QVERIFY(!job.fineTunedModel.isEmpty());
        const core::SafetyOutcome outcome = core::safetyOutcome(job, allEvents(c, job.id));
        QVERIFY(outcome.isModelBlocked());
        QCOMPARE(outcome.categories, QStringList({QStringLiteral("Violence"), QStringLiteral("Self Harm")}));

        core::Deployment d;
        d.name = QStringLiteral("blocked");
        d.modelName = job.fineTunedModel;
        d.skuName = QStringLiteral("Standard");
        d.skuCapacity = 1;
        auto put = await<core::Deployment>([&](auto cb) { c.deployments().put(d, this, cb); });
        QVERIFY(!put);
        QCOMPARE(put.error().httpStatus, 400);
        QVERIFY2(put.error().message.startsWith(QStringLiteral("This model is unable to be deployed.")),
                 qPrintable(put.error().message));
    }

    void ordinaryJob_passesBothEvaluations()
    {
        api::Client &c = m_emu.client(Kind::AzureV1);
        const core::FineTuningJob job =
            m_emu.trainedJob(c, QStringLiteral("gpt-4.1-nano"), 1, QStringLiteral("ok.jsonl"), 10);
        const QList<core::JobEvent> events = allEvents(c, job.id);
        QCOMPARE(core::safetyOutcome(job, events).kind, core::SafetyOutcome::Kind::Passed);
        QVERIFY(hasEvent(events, QStringLiteral("Training data passed the safety evaluation")));
        QVERIFY(hasEvent(events, QStringLiteral("The fine-tuned model passed the safety evaluation")));
    }

private:
    QList<core::JobEvent> allEvents(api::Client &c, const QString &job)
    {
        const api::PageQuery params{{}, 100};
        auto page =
            await<core::Page<core::JobEvent>>([&](auto cb) { c.jobs().events(job, params, this, cb); });
        return page ? page.value().data : QList<core::JobEvent>();
    }
    static bool hasEvent(const QList<core::JobEvent> &events, const QString &message)
    {
        return std::any_of(events.begin(), events.end(),
                           [&](const core::JobEvent &e) { return e.message == message; });
    }

    test::EmulatorFixture m_emu;
};

QTEST_GUILESS_MAIN(TestSafetyEvaluation)
#include "tst_safety_emulated.moc"
