// The files controller against the real emulator: the model lists the connection's files with the jobs
// that use them and follows the list in place; deleting several reports the ones the service refused,
// typed; a file is saved to disk, a missing one is a typed error.

#include "controlfixture.h"
#include "datagen.h"
#include "waiting.h"

#include "control/filescontroller.h"
#include "control/session.h"
#include "core/filetablemodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ft;
using control::Action;
using control::FilesController;
using test::waitUntil;

class TestFilesController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void model_listsFilesWithTheJobsThatUseThem();
    void remove_deletesAndReportsRefusalsTyped();
    void download_savesACopy_missingFileIsATypedError();

private:
    test::ControlFixture m_fx;
    QString m_job;
};

void TestFilesController::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(50, {}, &error), qPrintable(error));
    m_job = m_fx.submit(10, std::nullopt, QStringLiteral("filesctl"));
    QVERIFY(m_fx.waitForState(m_job, core::JobState::Succeeded));
}

void TestFilesController::model_listsFilesWithTheJobsThatUseThem()
{
    FilesController c(m_fx.session());
    core::FileTableModel &model = c.model();
    QSignalSpy listed(&c, &FilesController::listed);
    c.refresh();
    QVERIFY(waitUntil([&] { return listed.count() == 1; }));
    const core::FineTuningJob job = m_fx.job(m_job);
    const int row = model.rowOf(job.trainingFile);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, core::FileTableModel::Name).data().toString(),
             QStringLiteral("filesctl-train.jsonl"));
    QCOMPARE(model.index(row, core::FileTableModel::Purpose).data().toString(), QStringLiteral("fine-tune"));
    QCOMPARE(model.index(row, core::FileTableModel::Size).data().toString(),
             QLocale().formattedDataSize(test::sftJsonl(10).size()));
    QCOMPARE(model.index(row, core::FileTableModel::UsedBy).data().toString(), QString()); // no jobs yet
    QVERIFY(m_fx.refreshJobs());
    QCOMPARE(model.index(row, core::FileTableModel::UsedBy).data().toString(), m_job);

    // Another file uploaded elsewhere: inserted, the others stay where they were, no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QPersistentModelIndex training = model.index(row, 0);
    const core::File extra = m_fx.upload(test::sftJsonl(11), QStringLiteral("filesctl-extra.jsonl"));
    c.refresh();
    QVERIFY(waitUntil([&] { return model.byId(extra.id); }));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(training.isValid());
    QCOMPARE(training.data(core::FileTableModel::FileIdRole).toString(), job.trainingFile);
}

void TestFilesController::remove_deletesAndReportsRefusalsTyped()
{
    FilesController c(m_fx.session());
    const core::File doomed = m_fx.upload(test::sftJsonl(12), QStringLiteral("filesctl-doomed.jsonl"));
    c.refresh();
    QVERIFY(waitUntil([&] { return c.model().byId(doomed.id); }));
    QSignalSpy removed(&c, &FilesController::removed);
    QSignalSpy failed(&c, &FilesController::failed);
    const QString missing = QStringLiteral("file-0000000000000000000000000000");
    c.remove({doomed.id, missing});
    QVERIFY(waitUntil([&] { return removed.count() == 1; }));
    QCOMPARE(removed.first().at(0).toStringList(), (QStringList{doomed.id, missing}));
    const auto failures = removed.first().at(1).value<QMap<QString, core::ApiError>>();
    QCOMPARE(failures.keys(), QStringList{missing});
    QCOMPARE(failures.value(missing).httpStatus, 404);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).value<Action>(), Action::DeleteFiles);
    QVERIFY(waitUntil([&] { return !c.model().byId(doomed.id); }));
    auto gone = test::await<core::File>([&](auto cb) { m_fx.elsewhere().files().get(doomed.id, this, cb); });
    QCOMPARE(gone.error().httpStatus, 404);

    // All deleted: one success.
    QSignalSpy succeeded(&c, &FilesController::succeeded);
    const core::File other = m_fx.upload(test::sftJsonl(13), QStringLiteral("filesctl-other.jsonl"));
    c.remove({other.id});
    QVERIFY(waitUntil([&] { return succeeded.count() == 1; }));
    QCOMPARE(succeeded.first().at(0).value<Action>(), Action::DeleteFiles);
}

void TestFilesController::download_savesACopy_missingFileIsATypedError()
{
    FilesController c(m_fx.session());
    QSignalSpy succeeded(&c, &FilesController::succeeded);
    QSignalSpy failed(&c, &FilesController::failed);
    const QString path = m_fx.path(QStringLiteral("saved.jsonl"));
    c.download(m_fx.job(m_job).trainingFile, path);
    QVERIFY(waitUntil([&] { return succeeded.count() == 1; }));
    QCOMPARE(succeeded.first().at(1).toString(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), test::sftJsonl(10));

    c.download(QStringLiteral("file-0000000000000000000000000000"), m_fx.path(QStringLiteral("none.jsonl")));
    QVERIFY(waitUntil([&] { return failed.count() == 1; }));
    QCOMPARE(failed.first().at(0).value<Action>(), Action::Download);
    QCOMPARE(failed.first().at(2).value<core::ApiError>().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestFilesController)
#include "tst_filescontroller.moc"
