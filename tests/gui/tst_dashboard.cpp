// The main window against the emulator, driven through its widgets: a job submitted elsewhere appears
// and succeeds with no user action; its charts hold the results' series; pause / resume / cancel follow
// the job's state; a checkpoint and the model are deployed, chatted with, and cleaned up; runs are
// compared; a results.csv opens with no connection; and, with the emulator gone, the app starts on
// what it cached. Screenshots of every tab land in build/screenshots.

#include "datagen.h"
#include "testsecrets.h"
#include "waiting.h"

#include "charts/metricschartview.h"
#include "dashboard/compareview.h"
#include "dashboard/deploydialog.h"
#include "dashboard/deploymentsview.h"
#include "dashboard/filesview.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/jobsview.h"
#include "dashboard/metricspanel.h"
#include "dashboard/playground.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "session.h"
#include "wizard/finetunewizard.h"

#include "api/client.h"
#include "core/jobtablemodel.h"
#include "core/metricscharts.h"
#include "core/resultstable.h"
#include "emulator/emulatorthread.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace ft;
using test::await;
using test::waitUntil;

namespace {

// Answers the next message box (a confirmation) with `button` once it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        if (QAbstractButton *b = box->button(button))
            QTest::mouseClick(b, Qt::LeftButton);
        timer->deleteLater();
    });
    timer->start();
}

bool clickWhenEnabled(QPushButton *b, int timeoutMs = 20000)
{
    if (!b || !waitUntil([b] { return b->isEnabled(); }, timeoutMs))
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

int finiteCount(const QList<QPointF> &points)
{
    return int(
        std::count_if(points.begin(), points.end(), [](const QPointF &p) { return std::isfinite(p.y()); }));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void jobSubmittedElsewhere_appearsAndSucceedsWithNoUserAction();
    void detail_overviewEventsCheckpoints();
    void charts_holdTheResultsSeries();
    void actions_areEnabledOnlyInTheRightStates();
    void polling_pausesWhileMinimised();
    void downloads_andFineTuneFromACheckpoint();
    void deploy_checkpointAndModel_reachSucceeded();
    void playground_answersSideBySide();
    void delete_modelRefusedWhileDeployed_thenDeploymentThenModel();
    void files_areListedAndDeleted();
    void compare_overlaysTwoRuns();
    void openResultsFile_chartsWithNoConnection();
    void offline_startsOnTheCachedJobsAndCharts();

private:
    ui::ConnectionProfile profile() const;
    void openWindow();
    core::File upload(const QByteArray &content, const QString &name);
    QString submit(int examples, std::optional<int> batchSize, const QString &suffix);
    const core::FineTuningJob *row(const QString &id) const { return m_window->jobsModel().jobById(id); }
    bool waitForState(const QString &id, core::JobState state, int timeoutMs = 60000);
    void select(const QString &id);
    void shot(const QString &name, QWidget *widget = nullptr);
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    ui::DeployDialog *deployThrough(QPushButton *button, const QString &name, bool fromAnotherTenant = false);

    QTemporaryDir m_dir;
    std::unique_ptr<emu::EmulatorThread> m_emulator;
    QUrl m_url;
    std::unique_ptr<api::Client> m_elsewhere; // another user of the same resource (as ftctl would be)
    ui::MemorySecretStore m_secrets;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_done; // a succeeded SFT job
    QString m_second; // another succeeded job, for comparison
    QString m_model;
    QByteArray m_results;
};

ui::ConnectionProfile TestDashboard::profile() const
{
    ui::ConnectionProfile p;
    p.id = QStringLiteral("dashboard-test");
    p.name = QStringLiteral("Dashboard test");
    p.source = ui::ConnectionProfile::Source::LocalEmulator;
    p.kind = api::ServiceKind::AzureV1;
    p.endpoint = m_url;
    p.armEndpoint = m_url;
    p.armSubscription = QStringLiteral("sub");
    p.armResourceGroup = QStringLiteral("rg");
    p.armAccount = QStringLiteral("acct");
    return p;
}

void TestDashboard::openWindow()
{
    m_window.reset();
    const ui::ConnectionProfile p = profile();
    m_window = std::make_unique<ui::MainWindow>(QList<ui::ConnectionProfile>{p}, m_secrets);
    m_window->setSessionSecret(p.secretKey(), QString::fromLatin1(test::kTestApiKey));
    m_window->setSessionSecret(p.armTokenKey(), QString::fromLatin1(test::kTestArmToken));
    m_window->setPollIntervals(250, 1000);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->useProfile(p.id);
}

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
    emu::Emulator::Options o;
    o.dataDir = m_dir.filePath(QStringLiteral("emulator"));
    o.speed = 5;
    m_emulator = std::make_unique<emu::EmulatorThread>(o);
    QVERIFY(m_emulator->start());
    m_url = m_emulator->baseUrl();
    m_elsewhere = std::make_unique<api::Client>(
        profile().connection(QStringLiteral("other-key"), QStringLiteral("other-arm")));
    openWindow();
}

void TestDashboard::cleanupTestCase()
{
    m_window.reset();
    m_emulator.reset();
}

core::File TestDashboard::upload(const QByteArray &content, const QString &name)
{
    const QString path = test::writeFile(m_dir.filePath(name), content);
    auto up = await<core::File>(
        [&](auto cb) { m_elsewhere->files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    if (!up)
        qFatal("upload failed: %s", qPrintable(up.error().toString()));
    core::File f = up.value();
    (void)waitUntil(
        [&] {
            auto got = await<core::File>([&](auto cb) { m_elsewhere->files().get(f.id, this, cb); });
            if (got)
                f = got.value();
            return f.isReady();
        },
        20000);
    return f;
}

QString TestDashboard::submit(int examples, std::optional<int> batchSize, const QString &suffix)
{
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    req.trainingFile = upload(test::sftJsonl(examples), suffix + QStringLiteral("-train.jsonl")).id;
    req.validationFile = upload(test::sftJsonl(4, 3), suffix + QStringLiteral("-valid.jsonl")).id;
    req.suffix = suffix;
    req.seed = 7;
    req.trainingType = QStringLiteral("globalStandard");
    req.method.type = core::MethodType::Supervised;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(2);
    if (batchSize)
        req.method.hyperparameters.batchSize = core::HyperParam::integer(*batchSize);
    auto job = await<core::FineTuningJob>([&](auto cb) { m_elsewhere->jobs().create(req, this, cb); });
    if (!job)
        qFatal("create failed: %s", qPrintable(job.error().toString()));
    return job.value().id;
}

bool TestDashboard::waitForState(const QString &id, core::JobState state, int timeoutMs)
{
    return waitUntil([&] { return row(id) && row(id)->state() == state; }, timeoutMs);
}

void TestDashboard::select(const QString &id)
{
    m_window->tabs()->setCurrentIndex(0);
    m_window->jobsView()->select(id);
    QCOMPARE(m_window->jobsView()->currentJobId(), id);
}

void TestDashboard::shot(const QString &name, QWidget *widget)
{
    QWidget *w = widget ? widget : m_window.get();
    QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
    const QString path = QStringLiteral(FT_SCREENSHOT_DIR "/dashboard-%1.png").arg(name);
    test::settle(150); // let charts and layouts settle
    QVERIFY(w->grab().save(path));
}

void TestDashboard::jobSubmittedElsewhere_appearsAndSucceedsWithNoUserAction()
{
    core::JobTableModel &model = m_window->jobsModel();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_done = submit(12, std::nullopt, QStringLiteral("dash-sft"));

    QVERIFY2(waitUntil([&] { return row(m_done) != nullptr; }, 10000), "the job never appeared");
    const int at = model.rowOf(m_done);
    QVERIFY(waitForState(m_done, core::JobState::Running));
    QVERIFY(waitForState(m_done, core::JobState::Succeeded));
    QCOMPARE(model.rowOf(m_done), at); // updated in place
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() >= 2);
    m_model = row(m_done)->fineTunedModel;
    QVERIFY(m_model.endsWith(QStringLiteral("dash-sft")));

    // The list: status badge text, tokens, and the time of the last refresh in the status bar.
    QTableView *table = m_window->jobsView()->table();
    const QModelIndex status = table->model()->index(0, core::JobTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Succeeded"));
    QVERIFY(!table->model()->index(0, core::JobTableModel::TrainedTokens).data().toString().isEmpty());
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text().startsWith(QStringLiteral("Updated ")); }));
    // The first job was selected for the user.
    QCOMPARE(m_window->jobsView()->currentJobId(), m_done);
    QCOMPARE(find<QLabel>(QStringLiteral("jobTitle"))->text(), m_model);

    // Filters: by text and by status.
    auto *search = find<QLineEdit>(QStringLiteral("jobSearch"));
    search->setText(QStringLiteral("no-such-job"));
    QCOMPARE(table->model()->rowCount(), 0);
    search->setText(QStringLiteral("dash-sft"));
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    auto *statusFilter = find<QComboBox>(QStringLiteral("statusFilter"));
    const int active = statusFilter->findText(QStringLiteral("Active"));
    QVERIFY(active > 0);
    statusFilter->setCurrentIndex(active);
    QCOMPARE(table->model()->rowCount(), 0);
    statusFilter->setCurrentIndex(statusFilter->findText(QStringLiteral("Succeeded")));
    QCOMPARE(table->model()->rowCount(), 1);
    statusFilter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestDashboard::detail_overviewEventsCheckpoints()
{
    QVERIFY(!m_done.isEmpty());
    select(m_done);
    auto *tabs = find<QTabWidget>(QStringLiteral("jobTabs"));
    tabs->setCurrentIndex(0);
    // Overview: every field, ids with copy buttons.
    const QList<QLabel *> labels = tabs->widget(0)->findChildren<QLabel *>();
    auto shows = [&labels](const QString &text) {
        return std::any_of(labels.begin(), labels.end(),
                           [&text](QLabel *l) { return l->text().contains(text); });
    };
    QVERIFY(shows(m_done));
    QVERIFY(shows(m_model));
    QVERIFY(shows(QStringLiteral("dash-sft-train.jsonl")));
    QVERIFY(shows(QStringLiteral("epochs 2")));
    QVERIFY(shows(QStringLiteral("Global Standard")) || shows(QStringLiteral("Global standard")));
    QVERIFY(shows(QStringLiteral("Seed")) || shows(QStringLiteral("7")));
    QVERIFY(tabs->widget(0)->findChildren<QAbstractButton *>().size() >= 4);
    shot(QStringLiteral("jobs-overview"));

    // Events: newest first, with the model's creation on top.
    tabs->setCurrentIndex(2);
    auto *events = find<QTreeWidget>(QStringLiteral("eventsList"));
    QVERIFY(waitUntil([events] { return events->topLevelItemCount() > 10; }));
    QVERIFY(events->topLevelItem(0)->text(2).contains(QStringLiteral("fine-tuned model"))
            || events->topLevelItem(0)->text(2).contains(QStringLiteral("completed")));
    QVERIFY(!events->topLevelItem(0)->icon(1).isNull());
    shot(QStringLiteral("jobs-events"));

    // Checkpoints: one per epoch with metrics.
    tabs->setCurrentIndex(3);
    auto *ckpts = find<QTableWidget>(QStringLiteral("checkpointsTable"));
    QVERIFY(waitUntil([ckpts] { return ckpts->rowCount() >= 2; }));
    QStringList headers;
    for (int c = 0; c < ckpts->columnCount(); ++c)
        headers << ckpts->horizontalHeaderItem(c)->toolTip(); // the results.csv column
    QVERIFY2(headers.contains(QStringLiteral("full_valid_loss")), qPrintable(headers.join(u',')));
    QVERIFY(headers.contains(QStringLiteral("train_loss")));
    const int trainLoss = int(headers.indexOf(QStringLiteral("train_loss")));
    bool numeric = false;
    QLocale().toDouble(ckpts->item(0, trainLoss)->text(), &numeric);
    QVERIFY(numeric);
    auto *deployCkpt = find<QPushButton>(QStringLiteral("deployCheckpoint"));
    QVERIFY(!deployCkpt->isEnabled()); // nothing selected yet
    ckpts->selectRow(0);
    QVERIFY(deployCkpt->isEnabled());
    QVERIFY(find<QPushButton>(QStringLiteral("fineTuneFromCheckpoint"))->isEnabled());
    shot(QStringLiteral("jobs-checkpoints"));
}

void TestDashboard::charts_holdTheResultsSeries()
{
    QVERIFY(!m_done.isEmpty());
    select(m_done);
    find<QTabWidget>(QStringLiteral("jobTabs"))->setCurrentIndex(1);
    auto *panel = find<ui::MetricsPanel>(QStringLiteral("metricsPanel"));
    QVERIFY(waitUntil([panel] { return panel->chart(QStringLiteral("loss")) != nullptr; }));

    // What the service holds, read independently.
    const QString resultsId = row(m_done)->resultFiles.value(0);
    auto csv = await<QByteArray>([&](auto cb) { m_elsewhere->files().content(resultsId, this, cb); });
    QVERIFY(csv);
    m_results = csv.value();
    QString error;
    const auto table = core::ResultsTable::parse(m_results, &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->rowCount() >= 24);

    const QList<std::tuple<QString, QString, QString>> expected{
        {QStringLiteral("loss"), QStringLiteral("Training loss"), QStringLiteral("train_loss")},
        {QStringLiteral("loss"), QStringLiteral("Validation loss"), QStringLiteral("valid_loss")},
        {QStringLiteral("loss"), QStringLiteral("Full validation loss (per epoch)"),
         QStringLiteral("full_valid_loss")},
        {QStringLiteral("accuracy"), QStringLiteral("Training accuracy"),
         QStringLiteral("train_mean_token_accuracy")},
        {QStringLiteral("accuracy"), QStringLiteral("Validation accuracy"),
         QStringLiteral("valid_mean_token_accuracy")},
        {QStringLiteral("accuracy"), QStringLiteral("Full validation accuracy (per epoch)"),
         QStringLiteral("full_valid_mean_token_accuracy")},
    };
    for (const auto &[chartId, line, column] : expected) {
        ui::MetricsChartView *chart = panel->chart(chartId);
        QVERIFY2(chart, qPrintable(chartId));
        QVERIFY2(chart->lineNames().contains(line), qPrintable(line));
        const int want = finiteCount(table->series(column));
        QVERIFY(want > 0);
        QCOMPARE(chart->linePoints(line).size(), want);
        QCOMPARE(chart->drawnPointCount(line), want);
    }
    QCOMPARE(panel->charts().size(), 2); // SFT: no reward charts
    QCOMPARE(finiteCount(table->series(QStringLiteral("full_valid_loss"))), 2); // one per epoch

    // Legend toggles, hover values, smoothing, zoom reset.
    ui::MetricsChartView *loss = panel->chart(QStringLiteral("loss"));
    loss->setLineVisible(QStringLiteral("Validation loss"), false);
    QVERIFY(!loss->isLineVisible(QStringLiteral("Validation loss")));
    loss->setLineVisible(QStringLiteral("Validation loss"), true);
    QVERIFY(loss->valuesAt(1).contains(QStringLiteral("Training loss")));
    find<QSlider>(QStringLiteral("smoothing"))->setValue(60);
    QCOMPARE(loss->linePoints(QStringLiteral("Training loss")).size(),
             finiteCount(table->series(QStringLiteral("train_loss"))));
    shot(QStringLiteral("jobs-metrics"));
    find<QSlider>(QStringLiteral("smoothing"))->setValue(0);

    // Export: PNG, SVG and CSV for each chart.
    QTemporaryDir out;
    QVERIFY(panel->exportAll(out.path()));
    for (const QString &name : {QStringLiteral("loss"), QStringLiteral("accuracy")}) {
        QVERIFY(QFileInfo(out.filePath(name + QStringLiteral(".png"))).size() > 1000);
        QFile svg(out.filePath(name + QStringLiteral(".svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QFile data(out.filePath(name + QStringLiteral(".csv")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = data.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("step,"));
        QCOMPARE(lines.size() - 1, int(table->steps().size()));
    }
}

void TestDashboard::actions_areEnabledOnlyInTheRightStates()
{
    // A long job: 60 examples one at a time for 2 epochs.
    const QString id = submit(60, 1, QStringLiteral("dash-long"));
    QVERIFY(waitUntil([&] { return row(id) != nullptr; }, 10000));
    select(id);
    auto *pause = find<QPushButton>(QStringLiteral("pauseJob"));
    auto *resume = find<QPushButton>(QStringLiteral("resumeJob"));
    auto *cancel = find<QPushButton>(QStringLiteral("cancelJob"));
    auto *deploy = find<QPushButton>(QStringLiteral("deployModel"));
    QVERIFY(!resume->isEnabled());
    QVERIFY(!deploy->isEnabled());
    if (core::isActive(row(id)->state()) && row(id)->state() != core::JobState::Running) {
        QVERIFY(cancel->isEnabled());
        QVERIFY(!pause->isEnabled());
    }

    // Running with at least one step: pause.
    QVERIFY(waitUntil([&] { return pause->isEnabled(); }, 60000));
    QCOMPARE(row(id)->state(), core::JobState::Running);
    QVERIFY(cancel->isEnabled());
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(pause));
    QVERIFY2(
        waitForState(id, core::JobState::Paused, 30000),
        qPrintable(row(id)->status + QStringLiteral(" / ") + find<QLabel>(QStringLiteral("banner"))->text()));
    QVERIFY(waitUntil([&] { return resume->isEnabled(); }));
    QVERIFY(!pause->isEnabled());
    QVERIFY(cancel->isEnabled());
    shot(QStringLiteral("jobs-paused"));

    // Resume.
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(resume));
    QVERIFY(waitForState(id, core::JobState::Running, 30000));
    QVERIFY(waitUntil([&] { return !resume->isEnabled() && pause->isEnabled(); }));

    // Cancel: "No" keeps it running; "Yes" cancels.
    answerNextMessageBox(QMessageBox::No);
    QVERIFY(clickWhenEnabled(cancel));
    test::settle(500);
    QCOMPARE(row(id)->state(), core::JobState::Running);
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(cancel));
    QVERIFY(waitForState(id, core::JobState::Cancelled, 30000));
    QVERIFY(waitUntil([&] { return !cancel->isEnabled(); }));
    QVERIFY(!pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    QVERIFY(!deploy->isEnabled());
    auto job = await<core::FineTuningJob>([&](auto cb) { m_elsewhere->jobs().get(id, this, cb); });
    QVERIFY(job);
    QCOMPARE(job.value().status, QStringLiteral("cancelled"));
}

void TestDashboard::polling_pausesWhileMinimised()
{
    QVERIFY(waitUntil([&] { return m_window->isPolling(); }));
    m_window->showMinimized();
    QVERIFY(m_window->isMinimized());
    QVERIFY(!m_window->isPolling());
    test::settle(1500); // longer than the idle interval: still nothing scheduled
    QVERIFY(!m_window->isPolling());
    m_window->showNormal();
    QVERIFY(waitUntil([&] { return m_window->isPolling(); }));
}

void TestDashboard::downloads_andFineTuneFromACheckpoint()
{
    QVERIFY(!m_done.isEmpty());
    select(m_done);
    // Download the results and the training file through the view, as the menu does.
    ui::JobDetailView *detail = m_window->jobDetail();
    const QString results = m_dir.filePath(QStringLiteral("downloaded-results.csv"));
    const QString training = m_dir.filePath(QStringLiteral("downloaded-train.jsonl"));
    detail->download(row(m_done)->resultFiles.value(0), results);
    detail->download(row(m_done)->trainingFile, training);
    QVERIFY(waitUntil([&] { return QFileInfo(results).size() > 100 && QFileInfo(training).size() > 100; }));
    QFile t(training);
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(t.readAll(), test::sftJsonl(12));

    // Fine-tune from a checkpoint: the wizard opens on the training data page, the checkpoint as the model.
    find<QTabWidget>(QStringLiteral("jobTabs"))->setCurrentIndex(3);
    auto *ckpts = find<QTableWidget>(QStringLiteral("checkpointsTable"));
    QVERIFY(waitUntil([ckpts] { return ckpts->rowCount() >= 2; }));
    ckpts->selectRow(1);
    const QString checkpointModel = ckpts->item(1, 2)->text();
    QVERIFY(checkpointModel.contains(QStringLiteral(":ckpt-step-")));
    QVERIFY(clickWhenEnabled(find<QPushButton>(QStringLiteral("fineTuneFromCheckpoint"))));
    ui::FineTuneWizard *wizard = nullptr;
    QVERIFY(waitUntil([&] {
        wizard = m_window->findChild<ui::FineTuneWizard *>();
        return wizard && wizard->isVisible();
    }));
    QCOMPARE(wizard->draft().model, checkpointModel);
    QVERIFY2(
        waitUntil([wizard] { return wizard->currentId() == int(ui::FineTuneWizard::TrainingPageId); }, 10000),
        qPrintable(QString::number(wizard->currentId())));
    shot(QStringLiteral("fine-tune-from-checkpoint"), wizard);
    QPointer<ui::FineTuneWizard> closing(wizard);
    wizard->close(); // deleted on close
    QVERIFY(waitUntil([&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return closing.isNull();
    }));
}

ui::DeployDialog *TestDashboard::deployThrough(QPushButton *button, const QString &name,
                                               bool fromAnotherTenant)
{
    if (!clickWhenEnabled(button))
        return nullptr;
    ui::DeployDialog *dialog = nullptr;
    (void)waitUntil([&] {
        for (ui::DeployDialog *d : m_window->findChildren<ui::DeployDialog *>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    if (!dialog)
        return nullptr;
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("deploymentName"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("deploymentType"));
    type->setCurrentIndex(type->findData(QStringLiteral("GlobalStandard")));
    if (fromAnotherTenant) {
        // The same account, named as a source with a second tenant's token (sent, never stored).
        dialog->findChild<QGroupBox *>(QStringLiteral("deployAdvanced"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceSubscription")),
                         QStringLiteral("sub"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceResourceGroup")),
                         QStringLiteral("rg"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceAccount")),
                         QStringLiteral("acct"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceTenantToken")),
                         QString::fromLatin1(test::kTestAuxToken));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployButton")), Qt::LeftButton);
    return dialog;
}

void TestDashboard::deploy_checkpointAndModel_reachSucceeded()
{
    QVERIFY(!m_done.isEmpty());
    select(m_done);
    find<QTabWidget>(QStringLiteral("jobTabs"))->setCurrentIndex(3);
    auto *ckpts = find<QTableWidget>(QStringLiteral("checkpointsTable"));
    QVERIFY(waitUntil([ckpts] { return ckpts->rowCount() >= 2; }));
    ckpts->selectRow(0);

    // Without an ARM target the dialog says what to fill in (checked on a connection without one).
    {
        ui::Session bare;
        ui::ConnectionProfile p = profile();
        p.armSubscription.clear();
        bare.setConnection(p, QStringLiteral("k"), {});
        ui::DeployDialog d(bare, m_model, {});
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
    auto *table = find<QTableWidget>(QStringLiteral("deploymentsTable"));
    auto stateOf = [table](const QString &name) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0) && table->item(r, 0)->text() == name)
                return table->item(r, 4)->text();
        return QString();
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
    auto *table = find<QTableWidget>(QStringLiteral("deploymentsTable"));
    auto *remove = find<QPushButton>(QStringLiteral("deleteDeployment"));
    for (const QString &name : {QStringLiteral("dash-model"), QStringLiteral("dash-ckpt")}) {
        int at = -1;
        QVERIFY(waitUntil([&] {
            at = -1;
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0) && table->item(r, 0)->text() == name)
                    at = r;
            return at >= 0;
        }));
        table->selectRow(at);
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(clickWhenEnabled(remove));
        QVERIFY(waitUntil([&] { return table->findItems(name, Qt::MatchExactly).isEmpty(); }));
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
    auto *table = find<QTableWidget>(QStringLiteral("filesTable"));
    QVERIFY(waitUntil([table] {
        return !table->findItems(QStringLiteral("dash-long-train.jsonl"), Qt::MatchExactly).isEmpty();
    }));
    const int at = table->findItems(QStringLiteral("dash-long-train.jsonl"), Qt::MatchExactly).first()->row();
    const QString id = table->item(at, 1)->text();
    QVERIFY(table->item(at, 5)->text().startsWith(QStringLiteral("ftjob-"))); // which job used it
    shot(QStringLiteral("files"));
    table->selectRow(at);
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(clickWhenEnabled(find<QPushButton>(QStringLiteral("deleteFiles"))));
    QVERIFY(waitUntil([table, id] { return table->findItems(id, Qt::MatchExactly).isEmpty(); }));
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
    auto *events = find<QTreeWidget>(QStringLiteral("eventsList"));
    QVERIFY(events->topLevelItemCount() > 10);
    // Read-only: no action that needs the service.
    for (const char *name :
         {"pauseJob", "resumeJob", "cancelJob", "deployModel", "deleteModel", "downloadFiles"})
        QVERIFY2(!find<QPushButton>(QString::fromLatin1(name))->isEnabled(), name);
    shot(QStringLiteral("offline"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
