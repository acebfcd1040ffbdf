// The moments a demo depends on: the service's safety evaluation shown plainly (no charge, Deploy
// disabled with the reason), the window title, Help without a network and Quit with a results window
// open. Quit runs last: it closes the window the other tests share.

#include "dashboardtest.h"

#include "charts/metricschartview.h"
#include "dashboard/deploydialog.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/jobsview.h"
#include "dashboard/metricspanel.h"
#include "help/userguidewindow.h"
#include "helpmenu.h"
#include "viewmenu.h"
#include "waiting.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace ft;
using test::waitUntil;

void TestDashboard::safety_harmfulData_isShownPlainly_withNoCharge()
{
    const QString id = submit(12, std::nullopt, QStringLiteral("unsafe-data"));
    QVERIFY(waitForState(id, core::JobState::Failed));
    select(id);
    auto *notice = find<QLabel>(QStringLiteral("jobNotice"));
    QVERIFY(notice);
    QVERIFY(waitUntil([&] { return notice->isVisible(); }));
    const QString text = notice->text();
    QVERIFY2(text.contains(QStringLiteral("Hate and fairness")) && text.contains(QStringLiteral("Self-harm"))
                 && text.contains(QStringLiteral("Violence")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no charge")), qPrintable(text));
    QCOMPARE(notice->textFormat(), Qt::PlainText); // it quotes the service: never read as markup
    QVERIFY(!find<QPushButton>(QStringLiteral("deployModel"))->isEnabled());
    shot(QStringLiteral("safety-data"));
}

void TestDashboard::safety_harmfulModel_cannotBeDeployed_andSaysWhy()
{
    const QString id = submit(12, std::nullopt, QStringLiteral("unsafe-model"));
    QVERIFY(waitForState(id, core::JobState::Succeeded, 120000));
    select(id);
    auto *notice = find<QLabel>(QStringLiteral("jobNotice"));
    auto *deploy = find<QPushButton>(QStringLiteral("deployModel"));
    QVERIFY(waitUntil([&] { return notice->isVisible(); }));
    QVERIFY2(notice->text().contains(QStringLiteral("cannot be deployed")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("Self-harm")));
    QVERIFY(!deploy->isEnabled());
    QVERIFY2(deploy->toolTip().contains(QStringLiteral("safety evaluation")), qPrintable(deploy->toolTip()));
    // The model itself can still be deleted.
    QVERIFY(find<QPushButton>(QStringLiteral("deleteModel"))->isEnabled());
    shot(QStringLiteral("safety-model"));
}

void TestDashboard::title_namesTheAppOnce_andHelpOpensOffline()
{
    // The platform appends the application's display name; the title itself must not repeat it.
    const QString title = m_window->windowTitle();
    QVERIFY2(!title.contains(QStringLiteral("Fine-Tune Studio")), qPrintable(title));
    QCOMPARE(QGuiApplication::applicationDisplayName().isEmpty(), false);

    QAction *guide = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    ui::UserGuideWindow *window = nullptr;
    QVERIFY(waitUntil([&] {
        window = m_window->findChild<ui::UserGuideWindow *>();
        return window && window->isVisible();
    }));
    QVERIFY(window->browser()->toPlainText().contains(QStringLiteral("Fine-Tune Studio user guide")));
    window->close();
}

void TestDashboard::quit_closesEveryWindow_evenAResultsWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("quit-results.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("step,train_loss,train_mean_token_accuracy\n1,1.2,0.5\n2,0.9,0.6\n3,0.7,0.7\n");
    csv.close();
    QString problem;
    ui::MetricsPanel *panel = ui::MetricsPanel::openWindow(path, &problem);
    QVERIFY(panel);
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    QCOMPARE(panel->windowTitle(), QStringLiteral("quit-results.csv"));
    QAction *quit = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(waitUntil([&] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::none_of(windows.begin(), windows.end(), [](QWidget *w) { return w->isVisible(); });
    }));
}

void TestDashboard::deploy_underANameInUse_asksFirst_showingWhatIsThere()
{
    // The second run's model, deployed elsewhere as a Developer deployment.
    QVERIFY(!m_second.isEmpty());
    const QString model = row(m_second)->fineTunedModel;
    QVERIFY(!model.isEmpty());
    core::Deployment there;
    there.name = QStringLiteral("dash-replace");
    there.modelName = model;
    there.skuName = QStringLiteral("DeveloperTier");
    there.skuCapacity = 1;
    auto put =
        test::await<core::Deployment>([&](auto cb) { m_elsewhere->deployments().put(there, this, cb); });
    QVERIFY2(put, qPrintable(put.error().toString()));

    select(m_second);
    // The question is modal: it is read and answered from inside its own event loop.
    QString asked;
    auto *answer = new QTimer(this);
    answer->setInterval(20);
    connect(answer, &QTimer::timeout, this, [this, &asked, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        asked = box->textFormat() == Qt::PlainText ? box->text() : QStringLiteral("(markup) ") + box->text();
        shot(QStringLiteral("deploy-replace"), box);
        answer->stop();
        answer->deleteLater();
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    answer->start();
    ui::DeployDialog *dialog = deployThrough(find<QPushButton>(QStringLiteral("deployModel")), there.name);
    QVERIFY(dialog);
    QVERIFY(waitUntil([&] { return !asked.isEmpty(); }));
    QVERIFY2(!asked.startsWith(QStringLiteral("(markup)")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("DeveloperTier"))
                 && asked.contains(QStringLiteral("GlobalStandard")),
             qPrintable(asked));
    auto *deploy = dialog->findChild<QPushButton *>(QStringLiteral("deployButton"));
    QVERIFY(waitUntil([deploy] { return deploy->isEnabled(); }));
    test::settle(500);
    auto now =
        test::await<core::Deployment>([&](auto cb) { m_elsewhere->deployments().get(there.name, this, cb); });
    QVERIFY(now);
    QCOMPARE(now.value().skuName, QStringLiteral("DeveloperTier"));
    dialog->close();
}

void TestDashboard::demoSpeed_reachesTheEmulator_andIsSaved()
{
    QVERIFY(m_emulator);
    m_window->setDemoSpeedControl([this](double s) { m_emulator->setSpeed(s); });
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("demoSpeedMenu"));
    QVERIFY(menu);
    QVERIFY(menu->isEnabled()); // the dashboard's connection is a local emulator
    const double before = m_emulator->speed();
    QAction *fastest = m_window->findChild<QAction *>(QStringLiteral("demoSpeed_100"));
    QVERIFY(fastest);
    fastest->trigger();
    QCOMPARE(m_emulator->speed(), 100.0);
    QCOMPARE(QSettings().value(QStringLiteral("emulator/speed")).toDouble(), 100.0);
    QCOMPARE(ui::ViewMenu::savedDemoSpeed(), 100.0);
    m_emulator->setSpeed(before);
    QSettings().remove(QStringLiteral("emulator/speed"));
}
