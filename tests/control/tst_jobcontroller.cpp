// The job controller against the real emulator: selecting a job reads its events, checkpoints and
// results into their models; pause, resume and cancel follow the job's state; the model is refused
// deletion while deployed, then deleted; downloads land on disk; a checkpoint copy is followed to its
// end; refusals come back as typed errors; with the service gone the details come from the offline copy.

#include "controlfixture.h"
#include "datagen.h"
#include "waiting.h"

#include "control/jobcontroller.h"
#include "control/jobpoller.h"
#include "control/session.h"
#include "core/checkpointtablemodel.h"
#include "core/eventtablemodel.h"
#include "core/jobtablemodel.h"
#include "core/resultstable.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ft;
using control::Action;
using control::JobController;
using test::await;
using test::waitUntil;

namespace {
// The (action, subject) pairs a controller reported, and the errors of the failed ones.
struct Outcomes
{
    explicit Outcomes(JobController &c)
    {
        QObject::connect(&c, &JobController::succeeded, &c, [this](Action a, const QString &s) {
            done << std::pair{a, s};
        });
        QObject::connect(&c, &JobController::failed, &c,
                         [this](Action a, const QString &s, const core::ApiError &e) {
                             failed << std::pair{a, s};
                             errors << e;
                         });
    }
    QList<std::pair<Action, QString>> done;
    QList<std::pair<Action, QString>> failed;
    QList<core::ApiError> errors;
};
} // namespace

class TestJobController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void select_readsEventsCheckpointsAndResultsIntoTheModels();
    void availability_followsTheJobAndTheSelectedCheckpoint();
    void pauseResumeCancel_followTheJobsState();
    void pause_ofAFinishedJob_isATypedRefusal();
    void download_writesTheFile_unknownFileIsATypedError();
    void copyCheckpoint_isFollowedToCompleted_badDestinationIsRefused();
    void deleteModel_refusedWhileDeployed_thenDeleted();
    void offline_detailsComeFromTheCopy_andNothingCanBeDone();
    void jobEnding_whileSelected_readsEverythingOnceMore();
    void downloads_areOfferedUnderNamesThatSayWhatTheyAre();

private:
    test::ControlFixture m_fx;
    QString m_done; // a succeeded job
    QString m_model;
};

void TestJobController::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(20, {}, &error), qPrintable(error));
    m_fx.session().setCacheDirectory(m_fx.path(QStringLiteral("copy")));
    m_done = m_fx.submit(12, std::nullopt, QStringLiteral("ctl-done"));
    QVERIFY(m_fx.waitForState(m_done, core::JobState::Succeeded));
    m_model = m_fx.job(m_done).fineTunedModel;
    QVERIFY(!m_model.isEmpty());
    QVERIFY(m_fx.refreshJobs());
}

void TestJobController::jobEnding_whileSelected_readsEverythingOnceMore()
{
    // Selected while it runs, polled as the window does: when it ends, the charts reach the last step,
    // the events hold "completed" and the final checkpoint is listed, without selecting it again.
    const QString id = m_fx.submit(24, 1, QStringLiteral("ctl-ends"));
    QVERIFY(m_fx.waitForState(id, core::JobState::Running));
    QVERIFY(m_fx.refreshJobs());
    JobController c(m_fx.session());
    c.select(id);
    QVERIFY(waitUntil(
        [&] { return c.resultsState() == JobController::Results::Loaded && c.events().rowCount() > 0; }));
    QVERIFY(core::isActive(c.job().state()));
    control::JobPoller &poller = m_fx.session().poller();
    poller.setIntervals(150, 150);
    poller.start();
    QVERIFY(waitUntil([&] { return c.job().state() == core::JobState::Succeeded; }, 120000));
    const core::FineTuningJob done = m_fx.job(id);
    auto csv = await<QByteArray>(
        [&](auto cb) { m_fx.elsewhere().files().content(done.resultFiles.value(0), this, cb); });
    QVERIFY(csv);
    const bool whole = waitUntil(
        [&] {
            return c.results() == csv.value() && c.checkpoints().rowCount() == 2
                && c.events().index(0, core::EventTableModel::Message).data().toString()
                == QStringLiteral("The job has successfully completed");
        },
        5000);
    poller.stop();
    QVERIFY2(whole,
             qPrintable(QStringLiteral("results %1 of %2 bytes, %3 checkpoints, newest event '%4'")
                            .arg(c.results().size())
                            .arg(csv.value().size())
                            .arg(c.checkpoints().rowCount())
                            .arg(c.events().index(0, core::EventTableModel::Message).data().toString())));
}

void TestJobController::downloads_areOfferedUnderNamesThatSayWhatTheyAre()
{
    JobController c(m_fx.session());
    c.select(m_done);
    const core::FineTuningJob &job = c.job();
    const QString results = c.suggestedFileName(job.resultFiles.value(0));
    QVERIFY2(results.endsWith(QStringLiteral("-results.csv")), qPrintable(results));
    QVERIFY2(!results.contains(u':') && !results.startsWith(QStringLiteral("file-")), qPrintable(results));
    QVERIFY(results.contains(QStringLiteral("ctl-done")));
    m_fx.session().refreshFiles();
    QVERIFY(waitUntil([&] { return m_fx.session().file(job.trainingFile) != nullptr; }));
    QCOMPARE(c.suggestedFileName(job.trainingFile), m_fx.session().file(job.trainingFile)->filename);
}

void TestJobController::select_readsEventsCheckpointsAndResultsIntoTheModels()
{
    JobController c(m_fx.session());
    QSignalSpy changed(&c, &JobController::jobChanged);
    c.select(m_done);
    QCOMPARE(c.job().id, m_done);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(c.resultsState(), JobController::Results::Loading);
    QVERIFY(waitUntil([&] {
        return c.resultsState() == JobController::Results::Loaded && c.events().rowCount() > 10
            && c.checkpoints().rowCount() >= 2;
    }));

    // The events as the service lists them, newest first.
    auto events = await<core::Page<core::JobEvent>>([&](auto cb) {
        m_fx.elsewhere().jobs().events(m_done, {{}, 100}, this, cb);
    });
    QVERIFY(events);
    QCOMPARE(c.events().rowCount(), int(events.value().data.size()));
    const QModelIndex top = c.events().index(0, core::EventTableModel::Message);
    QCOMPARE(top.data().toString(), events.value().data.first().message);
    QCOMPARE(top.data(core::EventTableModel::EventIdRole).toString(), events.value().data.first().id);

    // The checkpoints with a column per metric, and the results as the service holds them.
    QVERIFY(c.checkpoints().metrics().contains(QStringLiteral("train_loss")));
    QVERIFY(c.checkpoints()
                .index(0, core::CheckpointTableModel::Model)
                .data()
                .toString()
                .contains(QStringLiteral(":ckpt-step-")));
    auto csv = await<QByteArray>(
        [&](auto cb) { m_fx.elsewhere().files().content(m_fx.job(m_done).resultFiles.value(0), this, cb); });
    QVERIFY(csv);
    QCOMPARE(c.results(), csv.value());
    QVERIFY(c.hasTrainedAStep());

    // Clearing empties every model.
    c.clear();
    QVERIFY(!c.hasJob());
    QCOMPARE(c.events().rowCount(), 0);
    QCOMPARE(c.checkpoints().rowCount(), 0);
    QCOMPARE(c.resultsState(), JobController::Results::None);
}

void TestJobController::availability_followsTheJobAndTheSelectedCheckpoint()
{
    JobController c(m_fx.session());
    QVERIFY(!c.isAvailable(Action::Download)); // no job
    c.select(m_done);
    QVERIFY(waitUntil([&] { return c.checkpoints().rowCount() >= 2; }));
    QVERIFY(!c.isAvailable(Action::Pause));
    QVERIFY(!c.isAvailable(Action::Resume));
    QVERIFY(!c.isAvailable(Action::Cancel));
    QVERIFY(c.isAvailable(Action::DeployModel));
    QVERIFY(c.isAvailable(Action::DeleteModel));
    QVERIFY(c.isAvailable(Action::Download));
    QVERIFY(!c.isAvailable(Action::DeployCheckpoint)); // none selected
    QCOMPARE(c.suggestedDeploymentName(Action::DeployModel), QStringLiteral("ctl-done-ft"));

    QSignalSpy availability(&c, &JobController::availabilityChanged);
    const QString first =
        c.checkpoints().index(0, 0).data(core::CheckpointTableModel::CheckpointIdRole).toString();
    c.selectCheckpoint(first);
    QCOMPARE(availability.count(), 1);
    QCOMPARE(c.selectedCheckpoint()->id, first);
    QVERIFY(c.isAvailable(Action::DeployCheckpoint));
    QVERIFY(c.isAvailable(Action::FineTuneFromCheckpoint));
    QVERIFY(c.isAvailable(Action::CopyCheckpoint)); // Azure v1
    const QString model = c.selectedCheckpoint()->fineTunedModelCheckpoint;
    QCOMPARE(c.suggestedDeploymentName(Action::DeployCheckpoint),
             QStringLiteral("ctl-done-step-") + model.section(u'-', -1));
    c.selectCheckpoint(QStringLiteral("ftchkpt-not-of-this-job"));
    QVERIFY(!c.selectedCheckpoint());
    QVERIFY(!c.isAvailable(Action::DeployCheckpoint));

    // Checkpoint copies are an Azure v1 feature.
    control::Session openai;
    openai.setConnection(m_fx.connection(true, api::ServiceKind::OpenAI));
    JobController other(openai);
    QVERIFY(!other.canCopyCheckpoints());
}

void TestJobController::pauseResumeCancel_followTheJobsState()
{
    // A long job: 200 examples one at a time; the session polls it.
    const QString id = m_fx.submit(200, 1, QStringLiteral("ctl-long"));
    control::Session &s = m_fx.session();
    s.poller().setIntervals(150, 1000);
    s.poller().start();
    JobController c(s);
    Outcomes outcomes(c);
    QVERIFY(waitUntil([&] { return s.jobsModel().jobById(id); }));
    c.select(id);
    QVERIFY(waitUntil([&] { return c.isAvailable(Action::Pause); }, 60000));
    QCOMPARE(c.job().state(), core::JobState::Running);
    QVERIFY(c.isAvailable(Action::Cancel));
    QVERIFY(!c.isAvailable(Action::Resume));

    c.pause();
    QVERIFY(waitUntil([&] { return outcomes.done.contains(std::pair{Action::Pause, id}); }));
    QVERIFY(m_fx.waitForState(id, core::JobState::Paused, 30000));
    QVERIFY(waitUntil([&] { return c.job().state() == core::JobState::Paused; }));
    QVERIFY(c.isAvailable(Action::Resume));
    QVERIFY(!c.isAvailable(Action::Pause));
    QVERIFY(c.isAvailable(Action::Cancel));

    c.resume();
    QVERIFY(waitUntil([&] { return outcomes.done.contains(std::pair{Action::Resume, id}); }));
    QVERIFY(m_fx.waitForState(id, core::JobState::Running, 30000));

    c.cancel();
    QVERIFY(waitUntil([&] { return outcomes.done.contains(std::pair{Action::Cancel, id}); }));
    QCOMPARE(m_fx.job(id).status, QStringLiteral("cancelled"));
    QVERIFY(waitUntil([&] { return c.job().state() == core::JobState::Cancelled; }));
    for (Action a : {Action::Pause, Action::Resume, Action::Cancel, Action::DeployModel})
        QVERIFY(!c.isAvailable(a));
    QVERIFY(outcomes.failed.isEmpty());
    s.poller().stop();
}

void TestJobController::pause_ofAFinishedJob_isATypedRefusal()
{
    JobController c(m_fx.session());
    Outcomes outcomes(c);
    c.select(m_done);
    c.pause();
    QVERIFY(waitUntil([&] { return !outcomes.failed.isEmpty(); }));
    QCOMPARE(outcomes.failed.first(), std::pair(Action::Pause, m_done));
    const core::ApiError &e = outcomes.errors.first();
    QCOMPARE(e.kind, core::ApiError::Kind::Http);
    QVERIFY2(e.httpStatus >= 400 && e.httpStatus < 500, qPrintable(e.toString()));
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(m_fx.job(m_done).state(), core::JobState::Succeeded);
}

void TestJobController::download_writesTheFile_unknownFileIsATypedError()
{
    JobController c(m_fx.session());
    Outcomes outcomes(c);
    c.select(m_done);
    const QString path = m_fx.path(QStringLiteral("downloaded-train.jsonl"));
    c.download(c.job().trainingFile, path);
    QVERIFY(waitUntil([&] { return outcomes.done.contains(std::pair{Action::Download, path}); }));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), test::sftJsonl(12));

    const QString nowhere = m_fx.path(QStringLiteral("never.jsonl"));
    c.download(QStringLiteral("file-0000000000000000000000000000"), nowhere);
    QVERIFY(waitUntil([&] { return !outcomes.failed.isEmpty(); }));
    QCOMPARE(outcomes.failed.first(), std::pair(Action::Download, nowhere));
    QCOMPARE(outcomes.errors.first().httpStatus, 404);
    QVERIFY(!QFile::exists(nowhere));
}

void TestJobController::copyCheckpoint_isFollowedToCompleted_badDestinationIsRefused()
{
    JobController c(m_fx.session());
    c.setCopyPollInterval(100);
    Outcomes outcomes(c);
    QSignalSpy started(&c, &JobController::copyStarted);
    QSignalSpy finished(&c, &JobController::copyFinished);
    c.select(m_done);
    QVERIFY(waitUntil([&] { return c.checkpoints().rowCount() >= 2; }));
    const QString id =
        c.checkpoints().index(1, 0).data(core::CheckpointTableModel::CheckpointIdRole).toString();
    c.selectCheckpoint(id);
    const QString model = c.selectedCheckpoint()->fineTunedModelCheckpoint;

    c.copyCheckpoint(QStringLiteral("/subscriptions/s2/resourceGroups/rg2/providers/"
                                    "Microsoft.CognitiveServices/accounts/other"),
                     QStringLiteral("swedencentral"));
    QVERIFY(waitUntil([&] { return finished.count() == 1; }));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(0).toString(), model);
    const QList<QVariant> end = finished.first();
    QCOMPARE(end.at(0).toString(), model);
    QCOMPARE(end.at(1).toString(), QStringLiteral("swedencentral"));
    QCOMPARE(end.at(2).toString(), QStringLiteral("Completed"));
    QVERIFY(end.at(3).toBool());

    c.copyCheckpoint(QStringLiteral("not-an-arm-id"), QStringLiteral("swedencentral"));
    QVERIFY(waitUntil([&] { return !outcomes.failed.isEmpty(); }));
    QCOMPARE(outcomes.failed.first(), std::pair(Action::CopyCheckpoint, id));
    QCOMPARE(outcomes.errors.first().httpStatus, 400);
    QCOMPARE(started.count(), 1);
}

void TestJobController::deleteModel_refusedWhileDeployed_thenDeleted()
{
    QVERIFY(m_fx.deploy(m_model, QStringLiteral("ctl-holding")));
    JobController c(m_fx.session());
    Outcomes outcomes(c);
    QSignalSpy held(&c, &JobController::modelStillDeployed);
    c.select(m_done);
    c.deleteModel();
    QVERIFY(waitUntil([&] { return held.count() == 1; }));
    QCOMPARE(held.first().at(0).toString(), m_model);
    QCOMPARE(held.first().at(1).toStringList(), QStringList{QStringLiteral("ctl-holding")});
    QVERIFY(await<core::Model>([&](auto cb) { m_fx.elsewhere().models().get(m_model, this, cb); }));

    // Without an ARM target the controller cannot look: the service refuses, as a typed error.
    control::Session noArm;
    noArm.setConnection(m_fx.connection(false));
    QSignalSpy arrived(&noArm, &control::Session::jobsChanged);
    noArm.refreshJobs();
    QVERIFY(waitUntil([&] { return arrived.count() == 1; }));
    JobController blind(noArm);
    Outcomes blindOutcomes(blind);
    blind.select(m_done);
    blind.deleteModel();
    QVERIFY(waitUntil([&] { return !blindOutcomes.failed.isEmpty(); }));
    QCOMPARE(blindOutcomes.failed.first(), std::pair(Action::DeleteModel, m_model));
    QVERIFY(blindOutcomes.errors.first().httpStatus >= 400);

    api::ArmPolling polling;
    polling.intervalMs = 100;
    QVERIFY(await<core::Nothing>([&](auto cb) {
        m_fx.elsewhere().deployments().remove(QStringLiteral("ctl-holding"), this, cb, polling);
    }));
    c.deleteModel();
    QVERIFY(waitUntil([&] { return outcomes.done.contains(std::pair{Action::DeleteModel, m_model}); }));
    auto gone = await<core::Model>([&](auto cb) { m_fx.elsewhere().models().get(m_model, this, cb); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().httpStatus, 404);
}

void TestJobController::offline_detailsComeFromTheCopy_andNothingCanBeDone()
{
    // What the online session fetched for the job is in its copy: the events and the results.
    {
        JobController online(m_fx.session());
        online.select(m_done);
        QVERIFY(waitUntil([&] { return online.resultsState() == JobController::Results::Loaded; }));
        QVERIFY(waitUntil([&] { return online.events().rowCount() > 10; }));
        test::settle(100);
    }
    QVERIFY(m_fx.refreshJobs()); // the jobs list goes into the copy on every answer

    // Another session on the same copy, whose service cannot be reached.
    control::Session offline;
    api::Connection dead = m_fx.connection();
    dead.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    offline.setConnection(dead);
    offline.setCacheDirectory(m_fx.path(QStringLiteral("copy")));
    JobController c(offline);
    QSignalSpy state(&offline, &control::Session::stateChanged);
    offline.refreshJobs();
    QVERIFY(waitUntil([&] { return offline.isOffline(); }));
    QCOMPARE(state.count(), 1);
    QCOMPARE(offline.offlineError().kind, core::ApiError::Kind::Network);
    QVERIFY(offline.jobsModel().jobById(m_done));

    c.select(m_done);
    QCOMPARE(c.resultsState(), JobController::Results::Loaded);
    QVERIFY(core::ResultsTable::parse(c.results()));
    QVERIFY(c.events().rowCount() > 10);
    for (Action a :
         {Action::Pause, Action::Cancel, Action::DeployModel, Action::DeleteModel, Action::Download})
        QVERIFY(!c.isAvailable(a));
}

QTEST_GUILESS_MAIN(TestJobController)
#include "tst_jobcontroller.moc"
