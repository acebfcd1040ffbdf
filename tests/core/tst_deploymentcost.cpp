// What a deployment costs while it stands and when the service removes it, from the dated price table
// and the service rules in resources/catalog.

#include "core/catalog.h"
#include "core/deployment.h"
#include "core/deploymentcost.h"
#include "core/pricetable.h"
#include "datatable.h"

#include <QTest>

using namespace ft::core;

namespace {
const QDateTime kCreated = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

Deployment deploymentWith(const QString &sku)
{
    Deployment d;
    d.name = QStringLiteral("support-bot");
    d.skuName = sku;
    d.modelName = QStringLiteral("gpt-4.1-mini-2025-04-14.ft-abc");
    return d;
}
} // namespace

class TestDeploymentCost final : public QObject
{
    Q_OBJECT

private slots:
    void hourlyRate_andCostSoFar_comeFromThePriceTable_data();
    void hourlyRate_andCostSoFar_comeFromThePriceTable();
    void idle_isFlaggedAfterADayWithoutACall_data();
    void idle_isFlaggedAfterADayWithoutACall();
    void removal_isFifteenDaysAfterTheLastCall_orTheDeveloperLifetime();
    void priceTable_saysItsDateAndSource();
};

void TestDeploymentCost::hourlyRate_andCostSoFar_comeFromThePriceTable_data()
{
    ft::test::addColumns<QString, double, bool, double, bool>("sku", "hours", "hasRate", "rate",
                                                              "throughput");
    QTest::newRow("standard, 10 h") << QStringLiteral("Standard") << 10.0 << true << 1.70 << false;
    QTest::newRow("global standard, 48 h")
        << QStringLiteral("GlobalStandard") << 48.0 << true << 1.70 << false;
    QTest::newRow("developer: no hosting fee")
        << QStringLiteral("DeveloperTier") << 5.0 << true << 0.0 << false;
    QTest::newRow("provisioned: by throughput")
        << QStringLiteral("ProvisionedManaged") << 5.0 << false << 0.0 << true;
    QTest::newRow("unknown sku") << QStringLiteral("SomethingNew") << 5.0 << false << 0.0 << false;
}

void TestDeploymentCost::hourlyRate_andCostSoFar_comeFromThePriceTable()
{
    QFETCH(QString, sku);
    QFETCH(double, hours);
    QFETCH(bool, hasRate);
    QFETCH(double, rate);
    QFETCH(bool, throughput);
    const QDateTime now = kCreated.addSecs(qint64(hours * 3600));
    const DeploymentCost c = DeploymentCost::estimate(deploymentWith(sku), kCreated, std::nullopt, now,
                                                      PriceTable::builtin(), Catalog::builtin());
    QCOMPARE(c.hoursUp, hours);
    QCOMPARE(bool(c.hourlyRate), hasRate);
    QCOMPARE(c.billedByThroughput, throughput);
    QCOMPARE(bool(c.costSoFar), hasRate);
    if (hasRate) {
        QCOMPARE(*c.hourlyRate, rate);
        QCOMPARE(*c.costSoFar, rate * hours);
    }
    QCOMPARE(c.currency, QStringLiteral("USD"));
    QVERIFY(!c.priceAsOf.isEmpty());
}

void TestDeploymentCost::idle_isFlaggedAfterADayWithoutACall_data()
{
    QTest::addColumn<int>("hoursSinceCreated");
    QTest::addColumn<int>("hoursSinceLastCall"); // -1: never called
    QTest::addColumn<bool>("idle");
    QTest::newRow("fresh, never called") << 3 << -1 << false;
    QTest::newRow("a day old, never called") << 25 << -1 << true;
    QTest::newRow("old, called an hour ago") << 200 << 1 << false;
    QTest::newRow("old, called 23 h ago") << 200 << 23 << false;
    QTest::newRow("old, called 24 h ago") << 200 << 24 << true;
}

void TestDeploymentCost::idle_isFlaggedAfterADayWithoutACall()
{
    QFETCH(int, hoursSinceCreated);
    QFETCH(int, hoursSinceLastCall);
    QFETCH(bool, idle);
    const QDateTime now = kCreated.addSecs(qint64(hoursSinceCreated) * 3600);
    const std::optional<QDateTime> lastCall = hoursSinceLastCall < 0
        ? std::nullopt
        : std::optional(now.addSecs(-qint64(hoursSinceLastCall) * 3600));
    const DeploymentCost c =
        DeploymentCost::estimate(deploymentWith(QStringLiteral("Standard")), kCreated, lastCall, now,
                                 PriceTable::builtin(), Catalog::builtin());
    QCOMPARE(c.idle, idle);
}

void TestDeploymentCost::removal_isFifteenDaysAfterTheLastCall_orTheDeveloperLifetime()
{
    const QDateTime now = kCreated.addDays(3);
    const QDateTime lastCall = kCreated.addDays(2);
    const DeploymentCost standard =
        DeploymentCost::estimate(deploymentWith(QStringLiteral("Standard")), kCreated, lastCall, now,
                                 PriceTable::builtin(), Catalog::builtin());
    QCOMPARE(standard.removal, DeploymentCost::Removal::Idle);
    QCOMPARE(standard.removalAt, lastCall.addDays(15));
    const DeploymentCost neverCalled =
        DeploymentCost::estimate(deploymentWith(QStringLiteral("Standard")), kCreated, std::nullopt, now,
                                 PriceTable::builtin(), Catalog::builtin());
    QCOMPARE(neverCalled.removalAt, kCreated.addDays(15));
    const DeploymentCost developer =
        DeploymentCost::estimate(deploymentWith(QStringLiteral("DeveloperTier")), kCreated, lastCall, now,
                                 PriceTable::builtin(), Catalog::builtin());
    QCOMPARE(developer.removal, DeploymentCost::Removal::DeveloperLifetime);
    QCOMPARE(developer.removalAt, kCreated.addSecs(qint64(24) * 3600));
}

void TestDeploymentCost::priceTable_saysItsDateAndSource()
{
    const PriceTable &t = PriceTable::builtin();
    QVERIFY(!t.asOf().isEmpty());
    QVERIFY(t.hostingSource().contains(QStringLiteral("hosting")));
    QVERIFY(t.hosting(QStringLiteral("standard"))); // sku names compare as ARM does, case-insensitively
}

QTEST_GUILESS_MAIN(TestDeploymentCost)
#include "tst_deploymentcost.moc"
