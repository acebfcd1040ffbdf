// The dashboard's other tabs (see dashboardtest.h): deploying a checkpoint and the model, the
// playground, deleting deployments and the model, data files, run comparison, a results.csv from disk
// and starting offline on what was cached.

#include "dashboardtest.h"

#include "datagen.h"
#include "waiting.h"

#include "charts/metricschartview.h"
#include "control/deploymentscontroller.h"
#include "dashboard/compareview.h"
#include "dashboard/deploydialog.h"
#include "dashboard/deploymentsview.h"
#include "dashboard/filesview.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/metricspanel.h"
#include "dashboard/playground.h"
#include "session.h"

#include "core/resultstable.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ft;
using test::answerNextMessageBox;
using test::await;
using test::clickWhenEnabled;
using test::finiteCount;
using test::rowShowing;
using test::waitUntil;

void TestDashboard::deploy_checkpointAndModel_reachSucceeded()
{
    QVERIFY(!m_done.isEmpty());
    select(m_done);
    find<QTabWidget>(QStringLiteral("jobTabs"))->setCurrentIndex(3);
    auto *ckpts = find<QTableView>(QStringLiteral("checkpointsTable"));
    QVERIFY(waitUntil([ckpts] { return ckpts->model()->rowCount() >= 2; }));
    ckpts->selectRow(0);

    // Without an ARM target the dialog says what to fill in (checked on a connection without one).
    {
        ui::Session bare;
        ui::ConnectionProfile p = profile();
        p.armSubscription.clear();
        bare.setConnection(p, QStringLiteral("k"), {});
        control::DeploymentsController bareDeployments(bare);
        ui::DeployDialog d(bareDeployments, m_model, {});
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("deployState"))
                    ->text()
                    .contains(QStringLiteral("subscription")));
    }

    ui::DeployDialog *ckptDialog =
        deployThrough(find<QPushButton>(QStringLiteral("deployCheckpoint")), QStringLiteral("dash-ckpt"));
    QVERIFY(ckptDialog);
    auto *state = ckptDialog->findChild<QLabel *>(QStringLiteral("deployState"));
    QVERIFY(waitUntil([state] { return state->text().contains(QStringLiteral("Provisioning")); }));
    shot(QStringLiteral("deploy-dialog"), ckptDialog);
    QVERIFY2(waitUntil([state] { return state->text().startsWith(QStringLiteral("Deployed")); }, 30000),
             qPrintable(state->text()));
    ckptDialog->close();

    ui::DeployDialog *modelDialog =
        deployThrough(find<QPushButton>(QStringLiteral("deployModel")), QStringLiteral("dash-model"), true);
    QVERIFY(modelDialog);
    state = modelDialog->findChild<QLabel *>(QStringLiteral("deployState"));
    QVERIFY2(waitUntil([state] { return state->text().startsWith(QStringLiteral("Deployed")); }, 30000),
             qPrintable(state->text()));
    modelDialog->close();

    // The deployments tab lists both, Succeeded, with what they serve.
    m_window->tabs()->setCurrentWidget(m_window->deploymentsView());
    auto *table = find<QTableView>(QStringLiteral("deploymentsTable"));
    auto stateOf = [table](const QString &name) {
        const int r = rowShowing(table->model(), 0, name);
        return r < 0 ? QString() : table->model()->index(r, 4).data().toString();
    };
    QVERIFY(waitUntil([&] {
        return stateOf(QStringLiteral("dash-ckpt")) == u"Succeeded"
            && stateOf(QStringLiteral("dash-model")) == u"Succeeded";
    }));
    shot(QStringLiteral("deployments"));
}

void TestDashboard::playground_answersSideBySide()
{
    m_window->tabs()->setCurrentWidget(m_window->playground());
    auto *target = find<QComboBox>(QStringLiteral("chatTarget"));
    auto *other = find<QComboBox>(QStringLiteral("compareTarget"));
    QVERIFY(waitUntil([target] { return target->findData(QStringLiteral("dash-model")) >= 0; }));
    target->setCurrentIndex(target->findData(QStringLiteral("dash-model")));
    other->setCurrentIndex(other->findData(QStringLiteral("dash-ckpt")));
    find<QLineEdit>(QStringLiteral("systemMessage"))->setText(QStringLiteral("You answer briefly."));
    QSignalSpy answered(m_window->playground(), &ui::Playground::answered);
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("chatInput")),
                     QStringLiteral("What is fine-tuning?"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("sendChat")), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return answered.count() >= 2; }));
    QVERIFY(!m_window->playground()->lastAnswer(0).isEmpty());
    QVERIFY(!m_window->playground()->lastAnswer(1).isEmpty());
    QVERIFY(find<QTextBrowser>(QStringLiteral("transcript"))
                ->toPlainText()
                .contains(QStringLiteral("What is fine-tuning?")));
    QVERIFY(find<QLabel>(QStringLiteral("usage"))->text().contains(QStringLiteral("tokens")));
    QVERIFY(find<QLabel>(QStringLiteral("compareUsage"))->text().contains(QStringLiteral("tokens")));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("chatInput"))->toPlainText().isEmpty());
    shot(QStringLiteral("playground"));
}

void TestDashboard::delete_modelRefusedWhileDeployed_thenDeploymentThenModel()
{
    QVERIFY(!m_model.isEmpty());
    select(m_done);
    // Refused while deployed, and the window says why (recorded as said: a poll may replace the banner
    // a moment later on a loaded machine).
    QStringList said;
    QMetaObject::Connection recording = connect(m_window->jobDetail(), &ui::JobDetailView::message, this,
                                                [&said](const QString &text, bool) { said << text; });
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(find<QPushButton>(QStringLiteral("deleteModel"))));
    auto refusal = [&said] {
        const QStringList hits = said.filter(QStringLiteral("deployed"));
        return hits.isEmpty() ? QString() : hits.constFirst();
    };
    QVERIFY2(waitUntil([&] { return !refusal().isEmpty(); }, 40000), qPrintable(said.join(u'\n')));
    disconnect(recording);
    QVERIFY(refusal().contains(QStringLiteral("dash-model")));
    auto still = await<core::Model>([&](auto cb) { m_elsewhere->models().get(m_model, this, cb); });
    QVERIFY(still);

    // Delete both deployments from the deployments tab.
    m_window->tabs()->setCurrentWidget(m_window->deploymentsView());
    auto *table = find<QTableView>(QStringLiteral("deploymentsTable"));
    auto *remove = find<QPushButton>(QStringLiteral("deleteDeployment"));
    for (const QString &name : {QStringLiteral("dash-model"), QStringLiteral("dash-ckpt")}) {
        QVERIFY(waitUntil([&] { return rowShowing(table->model(), 0, name) >= 0; }));
        table->selectRow(rowShowing(table->model(), 0, name));
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(clickWhenEnabled(remove));
        QVERIFY(waitUntil([&] { return rowShowing(table->model(), 0, name) < 0; }));
    }
    auto left =
        await<core::Page<core::Deployment>>([&](auto cb) { m_elsewhere->deployments().list(this, cb); });
    QVERIFY(left);
    QVERIFY(left.value().data.isEmpty());

    // Now the model goes.
    select(m_done);
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(find<QPushButton>(QStringLiteral("deleteModel"))));
    QVERIFY(waitUntil([&] {
        auto gone = await<core::Model>([&](auto cb) { m_elsewhere->models().get(m_model, this, cb); });
        return !gone && gone.error().httpStatus == 404;
    }));
}

void TestDashboard::files_areListedAndDeleted()
{
    m_window->tabs()->setCurrentWidget(m_window->filesView());
    auto *table = find<QTableView>(QStringLiteral("filesTable"));
    const QString name = QStringLiteral("dash-long-train.jsonl");
    QVERIFY(waitUntil([&] { return rowShowing(table->model(), 0, name) >= 0; }));
    const int at = rowShowing(table->model(), 0, name);
    const QString id = table->model()->index(at, 1).data().toString();
    QVERIFY(table->model()->index(at, 5).data().toString().startsWith(QStringLiteral("ftjob-"))); // its job
    shot(QStringLiteral("files"));
    table->selectRow(at);
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(find<QPushButton>(QStringLiteral("deleteFiles"))));
    QVERIFY(waitUntil([&] { return rowShowing(table->model(), 1, id) < 0; }));
    auto gone = await<core::File>([&](auto cb) { m_elsewhere->files().get(id, this, cb); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().httpStatus, 404);
}

void TestDashboard::compare_overlaysTwoRuns()
{
    m_second = submit(10, std::nullopt, QStringLiteral("dash-two"));
    QVERIFY(waitUntil([&] { return row(m_second) != nullptr; }, 10000));
    QVERIFY2(waitForState(m_second, core::JobState::Succeeded),
             qPrintable(row(m_second)->status + u' ' + row(m_second)->error.message));
    m_window->tabs()->setCurrentWidget(m_window->compareView());
    auto *list = find<QListWidget>(QStringLiteral("compareRuns"));
    QVERIFY(list->count() >= 2);
    for (int i = 0; i < list->count(); ++i) {
        const QString job = list->item(i)->data(Qt::UserRole).toString();
        if (job == m_done || job == m_second)
            list->item(i)->setCheckState(Qt::Checked);
    }
    ui::CompareView *compare = m_window->compareView();
    QVERIFY(waitUntil([compare] { return compare->runCount() == 2; }));
    QVERIFY(waitUntil([compare] { return compare->chart()->lineNames().size() == 2; }));
    for (const QString &name : compare->chart()->lineNames())
        QVERIFY(compare->chart()->linePoints(name).size() > 5);
    shot(QStringLiteral("compare"));
    // Another metric redraws the same runs.
    auto *metric = find<QComboBox>(QStringLiteral("compareMetric"));
    metric->setCurrentIndex(metric->findData(QStringLiteral("valid_mean_token_accuracy")));
    QCOMPARE(compare->chart()->lineNames().size(), 2);
}

void TestDashboard::openResultsFile_chartsWithNoConnection()
{
    QVERIFY(!m_results.isEmpty());
    const QString path = test::writeFile(m_dir.filePath(QStringLiteral("results.csv")), m_results);
    m_window->openResultsFile(path);
    ui::MetricsPanel *panel = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == u"resultsWindow" && w->isVisible())
            panel = qobject_cast<ui::MetricsPanel *>(w);
    QVERIFY(panel);
    QCOMPARE(panel->charts().size(), 2);
    const auto table = core::ResultsTable::parse(m_results);
    QCOMPARE(panel->chart(QStringLiteral("loss"))->linePoints(QStringLiteral("Training loss")).size(),
             finiteCount(table->series(QStringLiteral("train_loss"))));
    shot(QStringLiteral("results-file"), panel);
    panel->close();

    // An RFT results.csv: reward, reasoning tokens and parse errors.
    const QString rft = test::writeFile(
        m_dir.filePath(QStringLiteral("rft-results.csv")),
        "step,train_mean_reward,valid_mean_reward,full_valid_mean_reward,full_valid_mean_parse_error,"
        "reasoning_tokens_mean,completion_tokens_mean,mean_unresponsive_rewards\n"
        "1,0.21,0.2,,,900,1210,0\n2,0.3,,,,880,1180,0\n3,0.42,0.4,0.38,0.02,860,1150,0\n");
    m_window->openResultsFile(rft);
    ui::MetricsPanel *rftPanel = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == u"resultsWindow" && w->isVisible())
            rftPanel = qobject_cast<ui::MetricsPanel *>(w);
    QVERIFY(rftPanel);
    QCOMPARE(rftPanel->charts().size(), 3);
    QVERIFY(rftPanel->chart(QStringLiteral("reward")));
    QCOMPARE(rftPanel->chart(QStringLiteral("reward"))->linePoints(QStringLiteral("Training reward")).size(),
             3);
    QCOMPARE(finiteCount(
                 rftPanel->chart(QStringLiteral("reward"))->linePoints(QStringLiteral("Validation reward"))),
             2);
    QVERIFY(rftPanel->chart(QStringLiteral("reasoning")));
    QVERIFY(rftPanel->chart(QStringLiteral("parse_errors")));
    shot(QStringLiteral("results-file-rft"), rftPanel);
    rftPanel->close();

    // A file that is not a results.csv: said, not crashed.
    const QString bad =
        test::writeFile(m_dir.filePath(QStringLiteral("bad.csv")), "this is,not\x01results\n\"unterminated");
    m_window->openResultsFile(bad);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == u"resultsWindow" && w->isVisible()) {
            auto *p = qobject_cast<ui::MetricsPanel *>(w);
            QVERIFY(p->charts().isEmpty());
            QVERIFY(!p->findChild<QLabel *>(QStringLiteral("metricsMessage"))->text().isEmpty());
            w->close();
        }
    }
    m_window->openResultsFile(m_dir.filePath(QStringLiteral("absent.csv")));
    QVERIFY(find<QLabel>(QStringLiteral("banner"))->text().contains(QStringLiteral("absent.csv")));
}

void TestDashboard::offline_startsOnTheCachedJobsAndCharts()
{
    QVERIFY(!m_done.isEmpty());
    // The window has cached jobs, events and results; the service goes away; the app starts again.
    m_window.reset();
    m_emulator.reset();
    openWindow();
    auto *banner = find<QLabel>(QStringLiteral("banner"));
    QVERIFY(waitUntil(
        [banner] { return banner->isVisible() && banner->text().contains(QStringLiteral("Offline")); }));
    QVERIFY(m_window->isOffline());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("offline")));
    QVERIFY(row(m_done));
    QVERIFY(row(m_second));
    QCOMPARE(row(m_done)->state(), core::JobState::Succeeded);

    select(m_done);
    find<QTabWidget>(QStringLiteral("jobTabs"))->setCurrentIndex(1);
    auto *panel = find<ui::MetricsPanel>(QStringLiteral("metricsPanel"));
    QVERIFY(waitUntil([panel] { return panel->chart(QStringLiteral("loss")) != nullptr; }));
    const auto table = core::ResultsTable::parse(m_results);
    QCOMPARE(panel->chart(QStringLiteral("loss"))->linePoints(QStringLiteral("Training loss")).size(),
             finiteCount(table->series(QStringLiteral("train_loss"))));
    auto *events = find<QTreeView>(QStringLiteral("eventsList"));
    QVERIFY(events->model()->rowCount() > 10);
    // Read-only: no action that needs the service.
    for (const char *name :
         {"pauseJob", "resumeJob", "cancelJob", "deployModel", "deleteModel", "downloadFiles"})
        QVERIFY2(!find<QPushButton>(QString::fromLatin1(name))->isEnabled(), name);
    shot(QStringLiteral("offline"));
}
