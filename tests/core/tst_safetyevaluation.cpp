// Reading the service's safety evaluation from a job and its events, by the messages it really sends.
#include "core/safetyevaluation.h"

#include <QTest>

using namespace ft::core;

class TestSafetyEvaluation final : public QObject
{
    Q_OBJECT

private slots:
    void failedJob_withTheRaiMessage_isDataRejected_withItsCategories()
    {
        FineTuningJob job;
        job.status = QStringLiteral("failed");
        job.error.message =
            QStringLiteral("The provided training data failed RAI checks for harm types: "
                           "[hate_fairness, self_harm, violence]. Please fix the data and try again.");
        const SafetyOutcome outcome = safetyOutcome(job, {});
        QVERIFY(outcome.isDataRejected());
        QCOMPARE(outcome.categories,
                 QStringList({QStringLiteral("hate_fairness"), QStringLiteral("self_harm"),
                              QStringLiteral("violence")}));
        QCOMPARE(outcome.message, job.error.message);
        QCOMPARE(dataRejectedMessage(outcome.categories), job.error.message);
    }

    void succeededJob_withTheModelEvaluationEvent_isNotDeployable()
    {
        FineTuningJob job;
        job.status = QStringLiteral("succeeded");
        JobEvent info;
        info.message = QStringLiteral("Training completed");
        JobEvent blocked;
        blocked.level = QStringLiteral("error");
        blocked.message =
            modelNotDeployableMessage({QStringLiteral("Violence"), QStringLiteral("Self Harm")});
        QVERIFY(
            blocked.message.startsWith(QStringLiteral("This model is unable to be deployed. Model evaluation "
                                                      "identified that this fine tuned model scores above "
                                                      "acceptable thresholds for [Violence, Self Harm].")));
        const SafetyOutcome outcome = safetyOutcome(job, {info, blocked});
        QVERIFY(outcome.isModelBlocked());
        QCOMPARE(outcome.categories, QStringList({QStringLiteral("Violence"), QStringLiteral("Self Harm")}));
    }

    void ordinaryFailure_andOrdinaryEvents_pass()
    {
        FineTuningJob job;
        job.status = QStringLiteral("failed");
        job.error.message = QStringLiteral("Invalid file format on line 3 [messages]");
        JobEvent event;
        event.message = QStringLiteral("Step 10/100: training loss=0.5 [warmup]");
        const SafetyOutcome outcome = safetyOutcome(job, {event});
        QCOMPARE(outcome.kind, SafetyOutcome::Kind::Passed);
        QVERIFY(outcome.categories.isEmpty());
    }

    void categoryLabels_joinTheServicesSpellings()
    {
        QCOMPARE(harmCategoryLabel(QStringLiteral("self_harm")),
                 harmCategoryLabel(QStringLiteral("Self Harm")));
        QCOMPARE(harmCategoryLabel(QStringLiteral("self_harm")), QStringLiteral("Self-harm"));
        QCOMPARE(harmCategoryLabel(QStringLiteral("hate_fairness")), QStringLiteral("Hate and fairness"));
        QCOMPARE(harmCategoryLabel(QStringLiteral("jailbreak_x")), QStringLiteral("jailbreak_x"));
        QCOMPARE(harmCategoriesIn(QStringLiteral("no list here")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSafetyEvaluation)
#include "tst_safetyevaluation.moc"
