// The session against the real emulator: it polls often while a job is active and rarely otherwise,
// not at all while suspended; it goes offline (and says why, with the jobs of its offline copy) when the
// service cannot be reached, and back online when it answers; a copy that cannot be saved is reported;
// results come from the copy when asked; the wizard's model choices name fine-tuned models and
// checkpoints.

#include "controlfixture.h"
#include "injectedwritefailure.h"
#include "waiting.h"

#include "control/jobpoller.h"
#include "control/session.h"
#include "core/jobtablemodel.h"
#include "core/localcache.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ft;
using control::Session;
using test::waitUntil;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void poller_pollsOftenWhileAJobIsActive_rarelyOnceAllHaveEnded();
    void poller_suspended_schedulesNothing_andPollsAtOnceWhenResumed();
    void unreachable_goesOfflineWithTheCopy_thenBackOnline();
    void copyNotSaved_isReportedAsAWriteError();
    void fetchResults_fromTheCopyWhenAsked_elseFromTheService();
    void modelChoices_offerFineTunedModelsAndTheirCheckpoints();
    void onThisMachine_isTheEmulator_notARealService();

private:
    test::ControlFixture m_fx;
    QString m_done;
};

void TestSession::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(20, {}, &error), qPrintable(error));
    m_fx.session().setCacheDirectory(m_fx.path(QStringLiteral("copy")));
}

void TestSession::poller_pollsOftenWhileAJobIsActive_rarelyOnceAllHaveEnded()
{
    Session &s = m_fx.session();
    control::JobPoller &poller = s.poller();
    poller.setIntervals(200, 60000);
    QVERIFY(!poller.isPolling()); // not started: the session does not poll by itself
    QSignalSpy polled(&s, &Session::jobsChanged);
    m_done = m_fx.submit(12, std::nullopt, QStringLiteral("session-done"));
    poller.start();
    QVERIFY(waitUntil([&] { return polled.count() > 0; }));
    QVERIFY(core::isActive(s.jobs().first().state()));
    QVERIFY(poller.isPolling());
    QVERIFY2(poller.remainingMs() <= 200, qPrintable(QString::number(poller.remainingMs())));
    // It keeps polling by itself until the job has ended; then the idle interval applies.
    QVERIFY(waitUntil([&] { return s.jobsModel().jobById(m_done)->state() == core::JobState::Succeeded; },
                      60000));
    QVERIFY(polled.count() > 2);
    QVERIFY2(poller.remainingMs() > 1000, qPrintable(QString::number(poller.remainingMs())));
    QCOMPARE(s.state(), Session::State::Online);
    poller.stop();
    QVERIFY(!poller.isPolling());
}

void TestSession::poller_suspended_schedulesNothing_andPollsAtOnceWhenResumed()
{
    Session &s = m_fx.session();
    control::JobPoller &poller = s.poller();
    poller.setIntervals(100, 100);
    QSignalSpy polled(&s, &Session::jobsChanged);
    poller.start();
    QVERIFY(waitUntil([&] { return polled.count() >= 2; }));
    poller.setSuspended(true);
    QVERIFY(!poller.isPolling());
    test::settle(200); // an answer under way may still come; it schedules nothing
    const int before = polled.count();
    test::settle(500);
    QCOMPARE(polled.count(), before);
    QVERIFY(!poller.isPolling());
    poller.setSuspended(false);
    QVERIFY(waitUntil([&] { return polled.count() > before; }, 2000));
    QVERIFY(waitUntil([&] { return poller.isPolling(); }));
    poller.stop();
}

void TestSession::unreachable_goesOfflineWithTheCopy_thenBackOnline()
{
    QVERIFY(m_fx.refreshJobs()); // the jobs are in the copy
    Session s;
    QSignalSpy state(&s, &Session::stateChanged);
    QSignalSpy failed(&s, &Session::failed);
    api::Connection dead = m_fx.connection();
    dead.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    s.setConnection(dead);
    s.setCacheDirectory(m_fx.path(QStringLiteral("copy")));
    QCOMPARE(s.state(), Session::State::Unknown);
    s.refreshJobs();
    QVERIFY(waitUntil([&] { return s.isOffline(); }));
    QCOMPARE(state.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<Session::Resource>(), Session::Resource::Jobs);
    QCOMPARE(failed.first().at(1).value<core::ApiError>().kind, core::ApiError::Kind::Network);
    QCOMPARE(s.offlineError().kind, core::ApiError::Kind::Network);
    QVERIFY(s.jobsModel().jobById(m_done)); // from the copy
    QVERIFY(s.jobs().isEmpty()); // nothing the service said

    // Failing again changes nothing but the reason; the first answer brings it back online.
    s.refreshJobs();
    QVERIFY(waitUntil([&] { return failed.count() == 2; }));
    QCOMPARE(state.count(), 1);
    s.setConnection(m_fx.connection());
    QCOMPARE(s.state(), Session::State::Unknown);
    QCOMPARE(s.jobsModel().rowCount(), 0); // another connection starts empty
    QSignalSpy arrived(&s, &Session::jobsChanged);
    s.refreshJobs();
    QVERIFY(waitUntil([&] { return arrived.count() == 1; }));
    QCOMPARE(s.state(), Session::State::Online);
    QVERIFY(s.jobsModel().jobById(m_done));
}

void TestSession::copyNotSaved_isReportedAsAWriteError()
{
    Session &s = m_fx.session();
    QSignalSpy failed(&s, &Session::writeFailed);
    {
        test::InjectedWriteFailure full(QRegularExpression::escape(m_fx.path(QStringLiteral("copy"))));
        QVERIFY(m_fx.refreshJobs());
        QVERIFY(waitUntil([&] { return failed.count() == 1; }));
    }
    const auto error = failed.first().at(0).value<core::WriteError>();
    QCOMPARE(error.reason, core::WriteError::Reason::NoSpace);
    QVERIFY(error.path.endsWith(QStringLiteral("jobs.json")));
    QVERIFY(m_fx.refreshJobs());
    QCOMPARE(failed.count(), 1); // saved again
}

void TestSession::fetchResults_fromTheCopyWhenAsked_elseFromTheService()
{
    Session &s = m_fx.session();
    const core::FineTuningJob job = m_fx.job(m_done);
    QVERIFY(s.cache()->storeResults(m_done, "step,train_loss\n1,0.5\n") == std::nullopt);
    auto cached = test::await<QByteArray>(
        [&](auto cb) { s.fetchResults(m_done, job.resultFiles.value(0), true, this, cb); });
    QVERIFY(cached);
    QCOMPARE(cached.value(), QByteArray("step,train_loss\n1,0.5\n"));
    auto fresh = test::await<QByteArray>(
        [&](auto cb) { s.fetchResults(m_done, job.resultFiles.value(0), false, this, cb); });
    QVERIFY(fresh);
    QVERIFY(fresh.value().startsWith("step,"));
    QVERIFY(fresh.value().size() > 100);
    QCOMPARE(*s.cache()->results(m_done), fresh.value()); // and kept in the copy
    auto missing = test::await<QByteArray>([&](auto cb) {
        s.fetchResults(m_done, QStringLiteral("file-0000000000000000000000000000"), false, this, cb);
    });
    QVERIFY(!missing);
    QCOMPARE(missing.error().httpStatus, 404);
}

void TestSession::modelChoices_offerFineTunedModelsAndTheirCheckpoints()
{
    Session &s = m_fx.session();
    QSignalSpy checkpoints(&s, &Session::checkpointsChanged);
    QVERIFY(m_fx.refreshJobs());
    s.fetchCheckpoints(m_done);
    QVERIFY(waitUntil([&] { return checkpoints.count() == 1; }));
    const QString model = m_fx.job(m_done).fineTunedModel;
    const QList<control::ModelChoice> choices = s.modelChoices();
    auto of = [&choices](control::ModelChoice::Kind kind) {
        return std::count_if(choices.begin(), choices.end(),
                             [kind](const control::ModelChoice &c) { return c.kind == kind; });
    };
    QVERIFY(of(control::ModelChoice::Kind::Base) > 0);
    QCOMPARE(of(control::ModelChoice::Kind::FineTuned), 1);
    QVERIFY(of(control::ModelChoice::Kind::Checkpoint) >= 1); // the final one is the model itself
    const auto tuned = std::find_if(choices.begin(), choices.end(), [](const control::ModelChoice &c) {
        return c.kind == control::ModelChoice::Kind::FineTuned;
    });
    QCOMPARE(tuned->id, model);
    QVERIFY(tuned->catalog);
    QVERIFY(tuned->detail.contains(m_done));
    // Checkpoints are told apart by their step (the wizard lists them under their model), never by a
    // long name that is cut the same way in every row.
    QStringList steps;
    for (const control::ModelChoice &c : choices) {
        if (c.kind != control::ModelChoice::Kind::Checkpoint)
            continue;
        QVERIFY2(c.displayName.contains(QStringLiteral("step")), qPrintable(c.displayName));
        QVERIFY(c.detail.contains(c.id));
        steps << c.displayName;
    }
    steps.removeDuplicates();
    QCOMPARE(steps.size(), int(of(control::ModelChoice::Kind::Checkpoint)));

    // Deleted (here by another user): once the models are read again, neither it nor its checkpoints
    // are offered, though its job still names it.
    auto deleted =
        test::await<core::Deleted>([&](auto cb) { m_fx.elsewhere().models().remove(model, this, cb); });
    QVERIFY2(deleted, qPrintable(deleted.error().toString()));
    s.refreshModels();
    // A read of the list may already be under way (the session asks for a model a job produced): the
    // choices follow the newest answer.
    QVERIFY(waitUntil([&] {
        const QList<control::ModelChoice> after = s.modelChoices();
        return std::none_of(after.begin(), after.end(), [](const control::ModelChoice &c) {
            return c.kind != control::ModelChoice::Kind::Base;
        });
    }));
}

void TestSession::onThisMachine_isTheEmulator_notARealService()
{
    QVERIFY(m_fx.session().isOnThisMachine()); // the emulator on 127.0.0.1
    Session remote;
    QVERIFY(!remote.isOnThisMachine()); // no connection
    api::Connection azure = m_fx.connection();
    azure.endpoint = QUrl(QStringLiteral("https://contoso.openai.azure.com"));
    remote.setConnection(azure);
    QVERIFY(!remote.isOnThisMachine());
    azure.endpoint = QUrl(QStringLiteral("http://localhost:8080"));
    remote.setConnection(azure);
    QVERIFY(remote.isOnThisMachine());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
