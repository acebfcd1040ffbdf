// The job lifecycle on its own: the one table of the words each surface shows for a state, the moves a
// job may make, and the status a move stores (what data directories written before hold too).

#include "datatable.h"
#include "emulator/joblifecycle.h"

#include <QTest>

using namespace ft::emu;
using ft::core::JobState;

class TestJobLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void status_isTheSurfacesWord_data();
    void status_isTheSurfacesWord();
    void allows_theServicesMoves_only_data();
    void allows_theServicesMoves_only();
    void move_storesTheOpenAIWord_whichReadsBackAsTheState_data();
    void move_storesTheOpenAIWord_whichReadsBackAsTheState();
};

void TestJobLifecycle::status_isTheSurfacesWord_data()
{
    ft::test::addColumns<int, QString, QString>("state", "openai", "classic");
    auto row = [](const char *name, JobState s, const char *openai, const char *classic) {
        QTest::newRow(name) << int(s) << QString::fromLatin1(openai) << QString::fromLatin1(classic);
    };
    row("validating", JobState::Validating, "validating_files", "pending");
    row("queued", JobState::Queued, "queued", "pending");
    row("running", JobState::Running, "running", "running");
    row("paused", JobState::Paused, "paused", "paused");
    row("succeeded", JobState::Succeeded, "succeeded", "succeeded");
    row("failed", JobState::Failed, "failed", "failed");
    row("cancelled", JobState::Cancelled, "cancelled", "cancelled");
    row("unknown", JobState::Unknown, "", "");
}

void TestJobLifecycle::status_isTheSurfacesWord()
{
    QFETCH(int, state);
    QFETCH(QString, openai);
    QFETCH(QString, classic);
    QCOMPARE(JobLifecycle::status(JobState(state), Surface::OpenAI), openai);
    QCOMPARE(JobLifecycle::status(JobState(state), Surface::AzureV1), openai); // v1 speaks OpenAI's words
    QCOMPARE(JobLifecycle::status(JobState(state), Surface::AzureClassic), classic);
}

void TestJobLifecycle::allows_theServicesMoves_only_data()
{
    ft::test::addColumns<int, int, bool>("from", "to", "allowed");
    auto row = [](const char *name, JobState from, JobState to, bool allowed) {
        QTest::newRow(name) << int(from) << int(to) << allowed;
    };
    row("created", JobState::Unknown, JobState::Validating, true);
    row("files validated", JobState::Validating, JobState::Queued, true);
    row("files invalid", JobState::Validating, JobState::Failed, true);
    row("started", JobState::Queued, JobState::Running, true);
    row("trained", JobState::Running, JobState::Succeeded, true);
    row("paused", JobState::Running, JobState::Paused, true);
    row("resumed", JobState::Paused, JobState::Running, true);
    row("resumed behind another", JobState::Paused, JobState::Queued, true);
    row("cancel while validating", JobState::Validating, JobState::Cancelled, true);
    row("cancel while paused", JobState::Paused, JobState::Cancelled, true);
    row("skip validation", JobState::Validating, JobState::Running, false);
    row("succeed unstarted", JobState::Queued, JobState::Succeeded, false);
    row("pause unstarted", JobState::Queued, JobState::Paused, false);
    row("restart succeeded", JobState::Succeeded, JobState::Running, false);
    row("cancel succeeded", JobState::Succeeded, JobState::Cancelled, false);
    row("cancel twice", JobState::Cancelled, JobState::Cancelled, false);
    row("revive failed", JobState::Failed, JobState::Queued, false);
}

void TestJobLifecycle::allows_theServicesMoves_only()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(JobLifecycle::allows(JobState(from), JobState(to)), allowed);
}

void TestJobLifecycle::move_storesTheOpenAIWord_whichReadsBackAsTheState_data()
{
    QTest::addColumn<QList<int>>("path");
    QTest::newRow("trained") << QList<int>{int(JobState::Validating), int(JobState::Queued),
                                           int(JobState::Running), int(JobState::Succeeded)};
    QTest::newRow("paused and resumed")
        << QList<int>{int(JobState::Validating), int(JobState::Queued), int(JobState::Running),
                      int(JobState::Paused),     int(JobState::Queued), int(JobState::Running)};
    QTest::newRow("invalid file") << QList<int>{int(JobState::Validating), int(JobState::Failed)};
    QTest::newRow("cancelled") << QList<int>{int(JobState::Validating), int(JobState::Cancelled)};
}

void TestJobLifecycle::move_storesTheOpenAIWord_whichReadsBackAsTheState()
{
    QFETCH(QList<int>, path);
    ft::core::FineTuningJob job;
    QCOMPARE(job.state(), JobState::Unknown);
    for (const int step : path) {
        QVERIFY(JobLifecycle::allows(job.state(), JobState(step)));
        JobLifecycle::move(job, JobState(step));
        QCOMPARE(job.status, JobLifecycle::status(JobState(step), Surface::OpenAI));
        QCOMPARE(job.state(), JobState(step));
    }
}

QTEST_GUILESS_MAIN(TestJobLifecycle)
#include "tst_joblifecycle.moc"
