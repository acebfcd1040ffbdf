// The deployments controller against the real emulator: without an ARM target it says what is missing;
// a deployment is followed to Succeeded and listed (rows change in place, never reset); a provisioning
// that fails and a name that is no path segment are typed errors; a deletion empties its row; the
// playground's targets are the provisioned deployments.

#include "controlfixture.h"
#include "waiting.h"

#include "control/deploymentscontroller.h"
#include "control/session.h"
#include "core/deploymenttablemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace ft;
using control::Action;
using control::DeploymentsController;
using test::waitUntil;

class TestDeploymentsController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutArmTarget_saysWhatIsMissing();
    void deploy_isFollowedToSucceeded_andListed();
    void deploy_failingProvisioning_isATypedOperationError();
    void remove_dropsTheRow_aNameThatIsNoPathSegmentIsATypedError();

private:
    core::Deployment deployment(const QString &name, const QString &model) const;

    test::ControlFixture m_fx;
    QString m_model;
    QString m_checkpoint;
};

void TestDeploymentsController::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(20, {QStringLiteral("--fail-deployments"), QStringLiteral("^doomed-")}, &error),
             qPrintable(error));
    const QString job = m_fx.submit(10, std::nullopt, QStringLiteral("deployctl"));
    QVERIFY(m_fx.waitForState(job, core::JobState::Succeeded));
    m_model = m_fx.job(job).fineTunedModel;
    // A fine-tuned model has one deployment at most: the failing one deploys a checkpoint.
    auto checkpoints = test::await<core::Page<core::Checkpoint>>(
        [&](auto cb) { m_fx.elsewhere().jobs().checkpoints(job, {}, this, cb); });
    QVERIFY(checkpoints);
    for (const core::Checkpoint &c : checkpoints.value().data)
        if (c.fineTunedModelCheckpoint != m_model)
            m_checkpoint = c.fineTunedModelCheckpoint;
    QVERIFY(!m_checkpoint.isEmpty());
}

core::Deployment TestDeploymentsController::deployment(const QString &name, const QString &model) const
{
    core::Deployment d;
    d.name = name;
    d.modelName = model;
    d.skuName = QStringLiteral("GlobalStandard");
    d.skuCapacity = 2;
    return d;
}

void TestDeploymentsController::withoutArmTarget_saysWhatIsMissing()
{
    control::Session s;
    s.setConnection(m_fx.connection(false));
    DeploymentsController c(s);
    QCOMPARE(c.missingTarget(), QStringLiteral("ARM token"));
    QSignalSpy unavailable(&c, &DeploymentsController::unavailable);
    c.refresh();
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(unavailable.first().at(0).toString(), QStringLiteral("ARM token"));
    QCOMPARE(c.model().rowCount(), 0);
    QVERIFY(m_fx.connection().arm.isSet());
    DeploymentsController full(m_fx.session());
    QVERIFY(full.missingTarget().isEmpty());
}

void TestDeploymentsController::deploy_isFollowedToSucceeded_andListed()
{
    DeploymentsController c(m_fx.session());
    c.setOperationInterval(100);
    QSignalSpy succeeded(&c, &DeploymentsController::succeeded);
    QSignalSpy resets(&c.model(), &QAbstractItemModel::modelReset);
    QStringList states;
    std::optional<core::Result<core::Deployment>> result;
    QObject context;
    QVERIFY(c.deploy(
        deployment(QStringLiteral("ctl-deploy"), m_model), {}, &context,
        [&states](const QString &state) { states << state; },
        [&result](core::Result<core::Deployment> r) { result.emplace(std::move(r)); }));
    QVERIFY(waitUntil([&] { return result.has_value(); }, 30000));
    QVERIFY2(*result, qPrintable(result->error().toString()));
    QVERIFY(result->value().isProvisioned());
    QVERIFY(!states.isEmpty());
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(succeeded.first().at(0).value<Action>(), Action::Deploy);

    // The list is read again at the end: the deployment, provisioned, with what it serves.
    QVERIFY(waitUntil([&] { return c.model().byName(QStringLiteral("ctl-deploy")); }));
    const int row = c.model().rowOf(QStringLiteral("ctl-deploy"));
    auto cell = [&c, row](int column, int role = Qt::DisplayRole) {
        return c.model().index(row, column).data(role);
    };
    QCOMPARE(cell(core::DeploymentTableModel::Model).toString(), m_model);
    QCOMPARE(cell(core::DeploymentTableModel::Type).toString(), QStringLiteral("GlobalStandard"));
    QCOMPARE(cell(core::DeploymentTableModel::Capacity).toString(), QStringLiteral("2"));
    QCOMPARE(cell(core::DeploymentTableModel::State).toString(), QStringLiteral("Succeeded"));
    QVERIFY(cell(0, core::DeploymentTableModel::ProvisionedRole).toBool());
    QCOMPARE(c.chatTargets(), QStringList{QStringLiteral("ctl-deploy")});
    c.refresh();
    QVERIFY(waitUntil([&] { return succeeded.count() == 1 && c.model().rowCount() == 1; }));
    QCOMPARE(resets.count(), 0);
}

void TestDeploymentsController::deploy_failingProvisioning_isATypedOperationError()
{
    DeploymentsController c(m_fx.session());
    c.setOperationInterval(100);
    QSignalSpy failed(&c, &DeploymentsController::failed);
    std::optional<core::Result<core::Deployment>> result;
    QObject context;
    c.deploy(deployment(QStringLiteral("doomed-one"), m_checkpoint), {}, &context, {},
             [&result](core::Result<core::Deployment> r) { result.emplace(std::move(r)); });
    QVERIFY(waitUntil([&] { return result.has_value(); }, 30000));
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, core::ApiError::Kind::Operation);
    QCOMPARE(result->error().operationStatus, QStringLiteral("Failed"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<Action>(), Action::Deploy);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("doomed-one"));
    // A failed deployment is not a chat target.
    QVERIFY(waitUntil([&] { return c.model().byName(QStringLiteral("doomed-one")); }));
    QVERIFY(!c.chatTargets().contains(QStringLiteral("doomed-one")));
}

void TestDeploymentsController::remove_dropsTheRow_aNameThatIsNoPathSegmentIsATypedError()
{
    DeploymentsController c(m_fx.session());
    c.setOperationInterval(100);
    c.refresh();
    QVERIFY(waitUntil([&] { return c.model().byName(QStringLiteral("ctl-deploy")); }));
    QSignalSpy removed(&c.model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy succeeded(&c, &DeploymentsController::succeeded);
    QSignalSpy failed(&c, &DeploymentsController::failed);
    c.remove(QStringLiteral("ctl-deploy"));
    QVERIFY(waitUntil([&] { return succeeded.count() == 1; }, 30000));
    QCOMPARE(succeeded.first().at(1).toString(), QStringLiteral("ctl-deploy"));
    QVERIFY(waitUntil([&] { return !c.model().byName(QStringLiteral("ctl-deploy")); }));
    QVERIFY(removed.count() >= 1);
    auto gone = test::await<core::Deployment>(
        [&](auto cb) { m_fx.elsewhere().deployments().get(QStringLiteral("ctl-deploy"), this, cb); });
    QCOMPARE(gone.error().httpStatus, 404);

    c.remove(QStringLiteral("../ctl-deploy"));
    QVERIFY(waitUntil([&] { return failed.count() == 1; }, 30000));
    QCOMPARE(failed.first().at(0).value<Action>(), Action::DeleteDeployment);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("../ctl-deploy"));
    QCOMPARE(failed.first().at(2).value<core::ApiError>().kind, core::ApiError::Kind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestDeploymentsController)
#include "tst_deploymentscontroller.moc"
