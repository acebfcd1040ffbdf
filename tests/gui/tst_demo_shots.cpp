// The demo in a second language, as a stakeholder sees it: the sample-data wizard, the finished job's
// charts in light and dark, an exported chart and the deployments' cost columns, in Japanese. Each
// picture is checked for the Japanese words it must show, and saved for a person to look at.
#include "appearance.h"
#include "charts/metricschartview.h"
#include "dashboard/deploymentsview.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/jobsview.h"
#include "dashboard/metricspanel.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "session.h"
#include "wizard/finetunewizard.h"

#include "api/client.h"
#include "core/deploymenttablemodel.h"
#include "core/jobtablemodel.h"
#include "emulator/emulatorthread.h"
#include "waiting.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ft;

class TestDemoShots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QApplication::setStyle(QStringLiteral("Fusion"));
        QVERIFY(m_dir.isValid());
        emu::Emulator::Options o;
        o.dataDir = m_dir.filePath(QStringLiteral("emulator"));
        o.speed = 200;
        m_emulator = std::make_unique<emu::EmulatorThread>(o);
        QVERIFY(m_emulator->start());
        QCOMPARE(ui::appearance::installTranslators(*qApp, QStringLiteral("ja_JP")), QStringLiteral("ja_JP"));
        QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
    }

    void cleanupTestCase()
    {
        ui::appearance::applyTheme(ui::appearance::Theme::Light);
        ui::appearance::installTranslators(*qApp, QStringLiteral("en"));
    }

    void sampleFlow_charts_export_andCosts_inJapanese()
    {
        ui::ConnectionProfile p;
        p.id = QStringLiteral("local-emulator");
        p.name = QStringLiteral("Local emulator");
        p.source = ui::ConnectionProfile::Source::LocalEmulator;
        p.endpoint = m_emulator->baseUrl();
        p.armEndpoint = m_emulator->baseUrl();
        p.armSubscription = QStringLiteral("00000000-0000-0000-0000-000000000000");
        p.armResourceGroup = QStringLiteral("local");
        p.armAccount = QStringLiteral("emulator");
        ui::MemorySecretStore secrets;
        ui::MainWindow window({p}, secrets);
        window.setSessionSecret(p.secretKey(), QStringLiteral("local-emulator"));
        window.setSessionSecret(p.armTokenKey(), QStringLiteral("local-emulator"));
        window.setPollIntervals(200, 500);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.useProfile(p.id);

        // The sample flow: the wizard filled with the shipped SFT sample, walked to Review and submitted.
        ui::FineTuneWizard *wizard = window.startSampleWizard(core::MethodType::Supervised);
        QVERIFY(wizard);
        while (wizard->currentId() != ui::FineTuneWizard::ReviewPageId) {
            QAbstractButton *next = wizard->button(QWizard::NextButton);
            QVERIFY2(QTest::qWaitFor([next] { return next->isEnabled(); }, 30000),
                     qPrintable(QStringLiteral("stuck on page %1").arg(wizard->currentId())));
            wizard->next();
        }
        QVERIFY(
            QTest::qWaitFor([wizard] { return wizard->button(QWizard::FinishButton)->isEnabled(); }, 30000));
        QTest::qWait(300); // the estimate settles
        QVERIFY(wizard->grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/ja-sample-review.png")));
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("レビューして送信"));
        // The wizard closes itself once the job is created: the job is taken from its signal.
        QString jobId;
        connect(wizard, &ui::FineTuneWizard::jobSubmitted, this,
                [&jobId](const core::FineTuningJob &job) { jobId = job.id; });
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&jobId] { return !jobId.isEmpty(); }, 30000));

        // The finished job's charts, light and dark.
        const auto status = [&window, &jobId] {
            const core::FineTuningJob *j = window.jobsModel().jobById(jobId);
            return j ? j->status : QStringLiteral("(not listed)");
        };
        QVERIFY2(QTest::qWaitFor([&] { return status() == u"succeeded"; }, 120000), qPrintable(status()));
        window.jobsView()->select(jobId);
        window.jobDetail()->tabs()->setCurrentIndex(1);
        ui::MetricsPanel *metrics = window.jobDetail()->metrics();
        QVERIFY(QTest::qWaitFor([metrics] { return !metrics->charts().isEmpty(); }, 30000));
        QTest::qWait(500);
        QVERIFY(window.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/ja-charts-light.png")));
        ui::appearance::applyTheme(ui::appearance::Theme::Dark);
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/ja-charts-dark.png")));
        ui::appearance::applyTheme(ui::appearance::Theme::Light);

        // An exported chart: at least 1600 px wide, 2x pixel ratio.
        const QImage exported = metrics->charts().first()->exportImage();
        QVERIFY2(exported.width() >= 1600, qPrintable(QString::number(exported.width())));
        QVERIFY(exported.save(QStringLiteral(FT_SCREENSHOT_DIR "/ja-chart-export.png")));

        // Fine-tune again from it: its checkpoints are listed under the model, told apart by their step.
        const QString model = window.jobsModel().jobById(jobId)->fineTunedModel;
        ui::FineTuneWizard *again = window.startWizard(false, model);
        QVERIFY(again);
        // It walks past the model (which is given) to the training data: back to the model page, as a user
        // would go.
        QVERIFY(QTest::qWaitFor([again] { return again->currentId() == ui::FineTuneWizard::TrainingPageId; },
                                30000));
        for (int steps = 0; again->currentId() != ui::FineTuneWizard::ModelPageId && steps < 8; ++steps)
            again->back();
        QCOMPARE(again->currentId(), int(ui::FineTuneWizard::ModelPageId));
        auto *models = again->findChild<QTreeView *>(QStringLiteral("modelList"));
        QVERIFY(models);
        const auto checkpointsUnderModel = [models] {
            const QAbstractItemModel *m = models->model();
            for (int g = 0; g < m->rowCount(); ++g) {
                const QModelIndex group = m->index(g, 0);
                for (int r = 0; r < m->rowCount(group); ++r) {
                    const QModelIndex tuned = m->index(r, 0, group);
                    if (m->rowCount(tuned) > 0)
                        return m->index(0, 0, tuned).data().toString();
                }
            }
            return QString();
        };
        QVERIFY(QTest::qWaitFor([&] { return !checkpointsUnderModel().isEmpty(); }, 30000));
        QVERIFY2(checkpointsUnderModel().contains(QStringLiteral("ステップ")),
                 qPrintable(checkpointsUnderModel()));
        QVERIFY(again->grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/ja-wizard-checkpoints.png")));
        again->close();

        // A deployment of the model, and the cost columns.
        api::Client other(p.connection(QStringLiteral("local-emulator"), QStringLiteral("local-emulator")));
        core::Deployment d;
        d.name = QStringLiteral("demo-ja");
        d.skuName = QStringLiteral("GlobalStandard");
        d.skuCapacity = 1;
        d.modelName = model;
        const auto made = test::await<core::Deployment>(
            [&](auto cb) { other.deployments().createOrUpdate(d, &other, cb); }, 120000);
        QVERIFY2(made, qPrintable(made.error().toString()));
        window.tabs()->setCurrentIndex(1);
        window.deploymentsView()->refresh();
        auto *table = window.deploymentsView()->findChild<QTableView *>(QStringLiteral("deploymentsTable"));
        QVERIFY(QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }, 30000));
        const QString rate =
            table->model()->headerData(core::DeploymentTableModel::HourlyRate, Qt::Horizontal).toString();
        QCOMPARE(rate, QStringLiteral("時間単価"));
        QVERIFY(!table->model()
                     ->index(0, core::DeploymentTableModel::HourlyRate)
                     .data()
                     .toString()
                     .isEmpty()); // a rate from the price table
        QTest::qWait(200);
        QVERIFY(window.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/ja-deployments-costs.png")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<emu::EmulatorThread> m_emulator;
};

QTEST_MAIN(TestDemoShots)
#include "tst_demo_shots.moc"
