// The shipped catalog of open models a hub project can fine-tune serverless, and its region rules.

#include "core/azureml/openmodelcatalog.h"
#include "datatable.h"

#include <QTest>

using namespace ft::core::azureml;
using namespace Qt::StringLiterals;

class TestOpenModels : public QObject
{
    Q_OBJECT

private slots:
    void builtin_listsTheOpenModels_data();
    void builtin_listsTheOpenModels();
    void canFineTuneIn_namesTheRegionsWhenRefused_data();
    void canFineTuneIn_namesTheRegionsWhenRefused();
    void fineTunableIn_filtersByRegion();
    void assetIds_followTheRegistryScheme();
    void regionsFromTag_acceptsAnySeparator_data();
    void regionsFromTag_acceptsAnySeparator();
    void load_refusesABrokenFile_data();
    void load_refusesABrokenFile();
    void taskParameterRules_comeFromTheFile();
};

void TestOpenModels::builtin_listsTheOpenModels_data()
{
    ft::test::addColumns<QString, QString, QString, bool, QString>("name", "publisher", "registry",
                                                                   "marketplace", "task");
    QTest::newRow("Phi-4-mini") << "Phi-4-mini-instruct"
                                << "Microsoft"
                                << "azureml" << false << "ChatCompletion";
    QTest::newRow("Phi-4") << "Phi-4"
                           << "Microsoft"
                           << "azureml" << false << "ChatCompletion";
    QTest::newRow("Llama 3.1 8B") << "Meta-Llama-3.1-8B-Instruct"
                                  << "Meta"
                                  << "azureml-meta" << true << "ChatCompletion";
    QTest::newRow("Llama 3.3 70B") << "Llama-3.3-70B-Instruct"
                                   << "Meta"
                                   << "azureml-meta" << true << "ChatCompletion";
    QTest::newRow("Llama 2 base") << "Llama-2-7b"
                                  << "Meta"
                                  << "azureml-meta" << true << "TextCompletion";
    QTest::newRow("Ministral") << "Ministral-3B"
                               << "Mistral AI"
                               << "azureml-mistral" << true << "ChatCompletion";
    QTest::newRow("any case") << "phi-4-MINI-instruct"
                              << "Microsoft"
                              << "azureml" << false << "ChatCompletion";
}

void TestOpenModels::builtin_listsTheOpenModels()
{
    QFETCH(QString, name);
    QFETCH(QString, publisher);
    QFETCH(QString, registry);
    QFETCH(bool, marketplace);
    QFETCH(QString, task);
    const OpenModel *m = OpenModelCatalog::builtin().find(name);
    QVERIFY2(m, qPrintable(name));
    QCOMPARE(m->publisher, publisher);
    QCOMPARE(m->registry, registry);
    QCOMPARE(m->marketplace, marketplace);
    QVERIFY(m->supportsTask(task));
    QVERIFY(!m->fineTuneRegions.isEmpty());
}

void TestOpenModels::canFineTuneIn_namesTheRegionsWhenRefused_data()
{
    ft::test::addColumns<QString, QString>("model", "region");
    QTest::addColumn<QString>("reason"); // empty: allowed
    QTest::newRow("Llama in westus3") << "Meta-Llama-3.1-8B-Instruct"
                                      << "westus3" << QString();
    QTest::newRow("Llama in West US 3") << "Meta-Llama-3.1-8B-Instruct"
                                        << "West US 3" << QString();
    QTest::newRow("Llama in eastus2") << "Meta-Llama-3.1-8B-Instruct"
                                      << "eastus2"
                                      << "Meta-Llama-3.1-8B-Instruct can be fine-tuned only in westus3";
    QTest::newRow("Phi in eastus2") << "Phi-4-mini-instruct"
                                    << "eastus2" << QString();
    QTest::newRow("Phi in swedencentral") << "Phi-4-mini-instruct"
                                          << "swedencentral"
                                          << "Phi-4-mini-instruct can be fine-tuned only in eastus2, eastus, "
                                             "northcentralus, southcentralus, westus, "
                                             "westus3";
    QTest::newRow("Phi-3 medium 128k in swedencentral") << "Phi-3-medium-128k-instruct"
                                                        << "swedencentral" << QString();
}

void TestOpenModels::canFineTuneIn_namesTheRegionsWhenRefused()
{
    QFETCH(QString, model);
    QFETCH(QString, region);
    QFETCH(QString, reason);
    const OpenModel *m = OpenModelCatalog::builtin().find(model);
    QVERIFY(m);
    QString why;
    QCOMPARE(m->canFineTuneIn(region, &why), reason.isEmpty());
    QCOMPARE(why, reason);
}

void TestOpenModels::fineTunableIn_filtersByRegion()
{
    const auto names = [](const QList<OpenModel> &models) {
        QStringList out;
        for (const OpenModel &m : models)
            out << m.name;
        return out;
    };
    const QStringList westus3 = names(OpenModelCatalog::builtin().fineTunableIn(QStringLiteral("westus3")));
    const QStringList eastus2 = names(OpenModelCatalog::builtin().fineTunableIn(QStringLiteral("eastus2")));
    QVERIFY(westus3.contains(QStringLiteral("Meta-Llama-3.1-8B-Instruct")));
    QVERIFY(westus3.contains(QStringLiteral("Phi-4-mini-instruct")));
    QVERIFY(!eastus2.contains(QStringLiteral("Meta-Llama-3.1-8B-Instruct")));
    QVERIFY(eastus2.contains(QStringLiteral("Phi-4")));
    QVERIFY(OpenModelCatalog::builtin().fineTunableIn(QStringLiteral("japaneast")).isEmpty());
}

void TestOpenModels::assetIds_followTheRegistryScheme()
{
    const OpenModel *llama = OpenModelCatalog::builtin().find(QStringLiteral("Meta-Llama-3.1-8B-Instruct"));
    QVERIFY(llama);
    QCOMPARE(llama->unversionedAssetId(),
             QStringLiteral("azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct"));
    QCOMPARE(
        llama->assetId(QStringLiteral("4")),
        QStringLiteral("azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct/versions/4"));
    const OpenModel *phi3 = OpenModelCatalog::builtin().find(QStringLiteral("Phi-3-mini-4k-instruct"));
    QVERIFY(phi3);
    QCOMPARE(phi3->assetId(),
             QStringLiteral("azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/14"));
}

void TestOpenModels::regionsFromTag_acceptsAnySeparator_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("commas") << "eastus2,westus3";
    QTest::newRow("comma space") << "eastus2, westus3";
    QTest::newRow("json") << R"(["eastus2", "westus3"])";
    QTest::newRow("semicolons") << "EastUS2;WestUS3;";
    QTest::newRow("duplicates") << "eastus2 westus3 eastus2";
}

void TestOpenModels::regionsFromTag_acceptsAnySeparator()
{
    QFETCH(QString, tag);
    QCOMPARE(OpenModel::regionsFromTag(tag), (QStringList{u"eastus2"_s, u"westus3"_s}));
}

void TestOpenModels::load_refusesABrokenFile_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray registries =
        R"("registries":[{"name":"azureml","publisher":"Microsoft","marketplace":false}])";
    const QByteArray params = R"("task_parameters":{"base_learning_rate":"0.00002"})";
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no models") << "{" + registries + "," + params + R"(,"models":[]})";
    QTest::newRow("unknown registry")
        << "{" + registries + "," + params + R"(,"models":[{"name":"X","registry":"azureml-x"}]})";
    QTest::newRow("no task parameters")
        << "{" + registries + R"(,"models":[{"name":"X","registry":"azureml"}]})";
    QTest::newRow("bad base rate") << "{" + registries
            + R"(,"task_parameters":{"base_learning_rate":"fast"},"models":[{"name":"X","registry":"azureml"}]})";
}

void TestOpenModels::load_refusesABrokenFile()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!OpenModelCatalog::load(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestOpenModels::taskParameterRules_comeFromTheFile()
{
    const TaskParameterRules &rules = OpenModelCatalog::builtin().taskParameterRules();
    QVERIFY(rules.batchSize.contains(1) && rules.batchSize.contains(32) && !rules.batchSize.contains(33));
    QVERIFY(!rules.batchSize.contains(1.5));
    QVERIFY(rules.learningRateMultiplier.contains(10) && !rules.learningRateMultiplier.contains(0));
    QVERIFY(rules.epochs.contains(10) && !rules.epochs.contains(0));
    QCOMPARE(rules.baseLearningRate, 0.00002);
}

QTEST_GUILESS_MAIN(TestOpenModels)
#include "tst_openmodels.moc"
