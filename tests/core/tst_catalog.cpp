// The model catalog and service rules, as the data files give them.

#include "core/catalog.h"
#include "datatable.h"

#include <QTest>

using namespace ft::core;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtin_hasTheFineTunableModels_data();
    void builtin_hasTheFineTunableModels();
    void find_resolvesAliasesAndFineTunedNames();
    void autoEpochs_followsTheCookbook_data();
    void autoEpochs_followsTheCookbook();
    void suffixRules_perService_data();
    void suffixRules_perService();
    void trainingTiers_andRanges();
};

void TestCatalog::builtin_hasTheFineTunableModels_data()
{
    ft::test::addColumns<QString, QList<int>, QString>("id", "methods", "encoding");
    const int sft = int(MethodType::Supervised);
    const int dpo = int(MethodType::Dpo);
    const int rft = int(MethodType::Reinforcement);
    QTest::newRow("gpt-4.1") << QStringLiteral("gpt-4.1-2025-04-14") << QList<int>{sft, dpo}
                             << QStringLiteral("o200k_base");
    QTest::newRow("gpt-4.1-mini") << QStringLiteral("gpt-4.1-mini-2025-04-14") << QList<int>{sft, dpo}
                                  << QStringLiteral("o200k_base");
    QTest::newRow("gpt-4.1-nano") << QStringLiteral("gpt-4.1-nano-2025-04-14") << QList<int>{sft}
                                  << QStringLiteral("o200k_base");
    QTest::newRow("gpt-4o") << QStringLiteral("gpt-4o-2024-08-06") << QList<int>{sft, dpo}
                            << QStringLiteral("o200k_base");
    QTest::newRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini-2024-07-18") << QList<int>{sft}
                                 << QStringLiteral("o200k_base");
    QTest::newRow("o4-mini") << QStringLiteral("o4-mini-2025-04-16") << QList<int>{rft}
                             << QStringLiteral("o200k_base");
    QTest::newRow("gpt-35-turbo") << QStringLiteral("gpt-35-turbo-0125") << QList<int>{sft}
                                  << QStringLiteral("cl100k_base");
}

void TestCatalog::builtin_hasTheFineTunableModels()
{
    QFETCH(QString, id);
    QFETCH(QList<int>, methods);
    QFETCH(QString, encoding);
    const CatalogModel *m = Catalog::builtin().find(id);
    QVERIFY(m);
    QCOMPARE(m->id, id);
    QCOMPARE(m->encoding, encoding);
    QVERIFY(m->contextLimit > 0);
    QVERIFY(!m->trainingTypes.isEmpty());
    for (MethodType t : {MethodType::Supervised, MethodType::Dpo, MethodType::Reinforcement})
        QCOMPARE(m->supports(t), methods.contains(int(t)));
}

void TestCatalog::find_resolvesAliasesAndFineTunedNames()
{
    const Catalog &c = Catalog::builtin();
    QCOMPARE(c.find(QStringLiteral("gpt-4o-mini"))->id, QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(c.find(QStringLiteral("gpt-3.5-turbo-0125"))->id, QStringLiteral("gpt-35-turbo-0125"));
    QCOMPARE(c.find(QStringLiteral("ft:gpt-4o-mini-2024-07-18:org:sfx:abc123"))->id,
             QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(c.find(QStringLiteral("gpt-4.1-2025-04-14.ft-0123abcd-sfx:ckpt-step-10"))->id,
             QStringLiteral("gpt-4.1-2025-04-14"));
    QVERIFY(!c.find(QStringLiteral("davinci-002")));
}

void TestCatalog::autoEpochs_followsTheCookbook_data()
{
    ft::test::addColumns<qint64, int>("examples", "epochs");
    QTest::newRow("10 examples") << qint64(10) << 10;
    QTest::newRow("3 examples (capped at 25)") << qint64(3) << 25;
    QTest::newRow("30 examples") << qint64(30) << 3;
    QTest::newRow("40 examples") << qint64(40) << 3;
    QTest::newRow("1000 examples") << qint64(1000) << 3;
    QTest::newRow("10000 examples") << qint64(10000) << 2;
    QTest::newRow("50000 examples") << qint64(50000) << 1;
}

void TestCatalog::autoEpochs_followsTheCookbook()
{
    QFETCH(qint64, examples);
    QFETCH(int, epochs);
    QCOMPARE(Catalog::builtin().autoEpochs(examples), epochs);
}

void TestCatalog::suffixRules_perService_data()
{
    ft::test::addColumns<bool, QString, bool>("azure", "suffix", "ok");
    QTest::newRow("azure plain") << true << QStringLiteral("my-model_1") << true;
    QTest::newRow("azure empty") << true << QString() << true;
    QTest::newRow("azure dot") << true << QStringLiteral("v1.2") << false;
    QTest::newRow("azure space") << true << QStringLiteral("my model") << false;
    QTest::newRow("azure 40") << true << QString(40, u'a') << true;
    QTest::newRow("azure 41") << true << QString(41, u'a') << false;
    QTest::newRow("openai dot") << false << QStringLiteral("v1.2") << true;
    QTest::newRow("openai 64") << false << QString(64, u'a') << true;
    QTest::newRow("openai 65") << false << QString(65, u'a') << false;
}

void TestCatalog::suffixRules_perService()
{
    QFETCH(bool, azure);
    QFETCH(QString, suffix);
    QFETCH(bool, ok);
    const auto problem = Catalog::builtin().suffixRule(azure).check(suffix);
    QCOMPARE(!problem.has_value(), ok);
    if (problem)
        QVERIFY(!problem->isEmpty());
}

void TestCatalog::trainingTiers_andRanges()
{
    const Catalog &c = Catalog::builtin();
    QCOMPARE(c.trainingTiers().size(), 3);
    QVERIFY(c.trainingTier(QStringLiteral("developerTier")));
    QVERIFY(c.find(QStringLiteral("gpt-4.1"))->supportsTrainingType(QStringLiteral("developerTier")));
    QVERIFY(!c.find(QStringLiteral("gpt-4o"))->supportsTrainingType(QStringLiteral("developerTier")));
    const NumberRange lr = c.hyperparameterRange(QStringLiteral("learning_rate_multiplier"));
    QVERIFY(!lr.contains(0));
    QVERIFY(lr.contains(0.1));
    QVERIFY(c.hyperparameterRange(QStringLiteral("batch_size")).contains(256));
    QVERIFY(!c.hyperparameterRange(QStringLiteral("batch_size")).contains(2.5));
    QCOMPARE(c.minExamples(), 10);
    QCOMPARE(c.maxFileBytes(), 512LL * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
