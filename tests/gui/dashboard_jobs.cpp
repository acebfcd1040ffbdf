// The dashboard's jobs tab (see dashboardtest.h): the live jobs list, the selected job's overview,
// events, checkpoints and charts, the actions its state allows, polling while minimised, downloads and
// fine-tuning from a checkpoint.

#include "dashboardtest.h"

#include "datagen.h"
#include "waiting.h"

#include "charts/metricschartview.h"
#include "dashboard/jobdetailview.h"
#include "dashboard/jobsview.h"
#include "dashboard/metricspanel.h"
#include "wizard/finetunewizard.h"

#include "core/metricscharts.h"
#include "core/resultstable.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ft;
using test::answerNextMessageBox;
using test::await;
using test::clickWhenEnabled;
using test::finiteCount;
using test::waitUntil;

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
    auto *events = find<QTreeView>(QStringLiteral("eventsList"));
    QVERIFY(waitUntil([events] { return events->model()->rowCount() > 10; }));
    const QString newest = events->model()->index(0, 2).data().toString();
    QVERIFY(newest.contains(QStringLiteral("fine-tuned model"))
            || newest.contains(QStringLiteral("completed")));
    QVERIFY(!events->model()->index(0, 1).data(Qt::DecorationRole).value<QIcon>().isNull());
    shot(QStringLiteral("jobs-events"));

    // Checkpoints: one per epoch with metrics.
    tabs->setCurrentIndex(3);
    auto *ckpts = find<QTableView>(QStringLiteral("checkpointsTable"));
    QVERIFY(waitUntil([ckpts] { return ckpts->model()->rowCount() >= 2; }));
    QStringList headers;
    for (int c = 0; c < ckpts->model()->columnCount(); ++c)
        headers << ckpts->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(); // results.csv
    QVERIFY2(headers.contains(QStringLiteral("full_valid_loss")), qPrintable(headers.join(u',')));
    QVERIFY(headers.contains(QStringLiteral("train_loss")));
    const int trainLoss = int(headers.indexOf(QStringLiteral("train_loss")));
    bool numeric = false;
    QLocale().toDouble(ckpts->model()->index(0, trainLoss).data().toString(), &numeric);
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
    auto *ckpts = find<QTableView>(QStringLiteral("checkpointsTable"));
    QVERIFY(waitUntil([ckpts] { return ckpts->model()->rowCount() >= 2; }));
    ckpts->selectRow(1);
    const QString checkpointModel = ckpts->model()->index(1, 2).data().toString();
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
