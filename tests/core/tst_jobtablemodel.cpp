// The jobs model: rows inserted and updated by id without resets, sorting through SortRole, status
// mapping (unknown statuses shown as the service sent them), queue positions and durations.

#include "core/jobtablemodel.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace ft;
using core::JobTableModel;

namespace {
core::FineTuningJob job(const char *id, const char *status, qint64 created, std::optional<qint64> tokens = {})
{
    nlohmann::ordered_json j{{"id", id},
                             {"object", "fine_tuning.job"},
                             {"model", "gpt-4.1-mini-2025-04-14"},
                             {"created_at", created},
                             {"status", status},
                             {"training_file", "file-t"},
                             {"hyperparameters", {{"n_epochs", 2}}},
                             {"method", {{"type", "supervised"}}}};
    if (tokens)
        j["trained_tokens"] = *tokens;
    return core::FineTuningJob::fromJson(j);
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}
} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private slots:
    void upsert_insertsNewAndUpdatesKnownRowsInPlace();
    void remove_andClear_emitRowSignalsNotResets();
    void statusMapping_knownAndUnknown();
    void sorting_usesNaturalValues();
    void queuePosition_countsJobsAhead();
    void duration_finishedRunningAndEstimated();
};

void TestJobTableModel::upsert_insertsNewAndUpdatesKnownRowsInPlace()
{
    JobTableModel m;
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

    m.upsert({job("ftjob-a", "running", 100), job("ftjob-b", "queued", 200)});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(changed.count(), 0);

    // The same jobs, one changed, plus one new: a change for the known row, one insertion at the end.
    const QPersistentModelIndex aStatus = m.index(0, JobTableModel::Status);
    m.upsert({job("ftjob-a", "succeeded", 100, 5000), job("ftjob-c", "validating_files", 300)});
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QVERIFY(changed.count() >= 1);
    const auto first = changed.first();
    QCOMPARE(first.at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(first.at(1).value<QModelIndex>().row(), 0);
    QVERIFY(aStatus.isValid());
    QCOMPARE(aStatus.row(), 0);
    QCOMPARE(aStatus.data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(cell(m, 0, JobTableModel::TrainedTokens), QLocale().toString(5000));
    QCOMPARE(m.rowOf(QStringLiteral("ftjob-c")), 2);
    QCOMPARE(m.jobById(QStringLiteral("ftjob-b"))->status, QStringLiteral("queued"));
    // Jobs missing from a later page stay.
    m.upsert({job("ftjob-c", "queued", 300)});
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(resets.count(), 0);
}

void TestJobTableModel::remove_andClear_emitRowSignalsNotResets()
{
    JobTableModel m;
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    m.upsert({job("ftjob-a", "running", 1), job("ftjob-b", "queued", 2), job("ftjob-c", "failed", 3)});
    m.remove(QStringLiteral("ftjob-b"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.rowOf(QStringLiteral("ftjob-c")), 1); // the index by id follows the rows
    QCOMPARE(m.jobById(QStringLiteral("ftjob-b")), nullptr);
    m.remove(QStringLiteral("ftjob-zzz"));
    QCOMPARE(removed.count(), 1);
    m.clear();
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(resets.count(), 0);
}

void TestJobTableModel::statusMapping_knownAndUnknown()
{
    JobTableModel m;
    const QList<std::pair<const char *, QString>> statuses{
        {"validating_files", QStringLiteral("Validating files")},
        {"queued", QStringLiteral("Queued")},
        {"running", QStringLiteral("Running")},
        {"pausing", QStringLiteral("Pausing")},
        {"paused", QStringLiteral("Paused")},
        {"resuming", QStringLiteral("Resuming")},
        {"succeeded", QStringLiteral("Succeeded")},
        {"failed", QStringLiteral("Failed")},
        {"cancelled", QStringLiteral("Cancelled")},
        {"warming_up", QStringLiteral("warming_up")},
    };
    QList<core::FineTuningJob> jobs;
    int n = 0;
    for (const auto &[status, shown] : statuses) {
        const QByteArray id = "ftjob-" + QByteArray::number(n++);
        jobs << job(id.constData(), status, 100 + n);
    }
    m.upsert(jobs);
    for (int row = 0; row < statuses.size(); ++row) {
        QCOMPARE(cell(m, row, JobTableModel::Status), statuses[row].second);
        QCOMPARE(cell(m, row, JobTableModel::Status, JobTableModel::StatusRole),
                 QString::fromLatin1(statuses[row].first));
    }
    const int unknown = int(statuses.size()) - 1;
    QCOMPARE(m.data(m.index(unknown, JobTableModel::Status), JobTableModel::StateRole).toInt(),
             int(core::JobState::Unknown));
    QVERIFY(cell(m, unknown, JobTableModel::Status, Qt::ToolTipRole).contains(QStringLiteral("warming_up")));
    QCOMPARE(m.data(m.index(2, JobTableModel::Status), JobTableModel::StateRole).toInt(),
             int(core::JobState::Running));
    QCOMPARE(cell(m, 0, JobTableModel::Method), QStringLiteral("Supervised"));
    QCOMPARE(cell(m, 0, JobTableModel::Id, JobTableModel::JobIdRole), QStringLiteral("ftjob-0"));
}

void TestJobTableModel::sorting_usesNaturalValues()
{
    JobTableModel m;
    // Created out of order; trained tokens that sort wrongly as text (900 > 10,000 as a string).
    m.upsert({job("ftjob-b", "succeeded", 200, 900), job("ftjob-a", "running", 300, 10000),
              job("ftjob-c", "queued", 100)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m);
    proxy.setSortRole(JobTableModel::SortRole);

    proxy.sort(JobTableModel::Created, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, JobTableModel::Id), QStringLiteral("ftjob-a"));
    QCOMPARE(cell(proxy, 1, JobTableModel::Id), QStringLiteral("ftjob-b"));
    QCOMPARE(cell(proxy, 2, JobTableModel::Id), QStringLiteral("ftjob-c"));

    proxy.sort(JobTableModel::TrainedTokens, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, JobTableModel::Id), QStringLiteral("ftjob-c")); // none yet
    QCOMPARE(cell(proxy, 1, JobTableModel::Id), QStringLiteral("ftjob-b"));
    QCOMPARE(cell(proxy, 2, JobTableModel::Id), QStringLiteral("ftjob-a"));

    proxy.sort(JobTableModel::Status, Qt::AscendingOrder); // by life cycle, not alphabet
    QCOMPARE(cell(proxy, 0, JobTableModel::Id), QStringLiteral("ftjob-c"));
    QCOMPARE(cell(proxy, 1, JobTableModel::Id), QStringLiteral("ftjob-a"));
    QCOMPARE(cell(proxy, 2, JobTableModel::Id), QStringLiteral("ftjob-b"));

    // The proxy keeps its order when a row changes in place.
    proxy.sort(JobTableModel::Created, Qt::DescendingOrder);
    m.upsert({job("ftjob-c", "running", 400)});
    QCOMPARE(cell(proxy, 0, JobTableModel::Id), QStringLiteral("ftjob-c"));
}

void TestJobTableModel::queuePosition_countsJobsAhead()
{
    JobTableModel m;
    m.upsert({job("ftjob-run", "running", 10), job("ftjob-q2", "queued", 30), job("ftjob-q1", "queued", 20)});
    QCOMPARE(cell(m, 0, JobTableModel::QueuePosition), QString());
    QCOMPARE(cell(m, 2, JobTableModel::QueuePosition), QStringLiteral("2")); // behind the running job
    QCOMPARE(cell(m, 1, JobTableModel::QueuePosition), QStringLiteral("3"));
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.upsert({job("ftjob-run", "succeeded", 10)});
    QCOMPARE(cell(m, 2, JobTableModel::QueuePosition), QStringLiteral("1"));
    QCOMPARE(cell(m, 1, JobTableModel::QueuePosition), QStringLiteral("2"));
    // The whole queue column was announced as changed, not just the job's row.
    const bool queueColumn = std::any_of(changed.begin(), changed.end(), [&m](const QList<QVariant> &args) {
        return args.at(0).value<QModelIndex>().column() == JobTableModel::QueuePosition
            && args.at(1).value<QModelIndex>().row() == m.rowCount() - 1;
    });
    QVERIFY(queueColumn);
}

void TestJobTableModel::duration_finishedRunningAndEstimated()
{
    JobTableModel m;
    auto done = job("ftjob-done", "succeeded", 1000);
    done.finishedAt = 1000 + 3725;
    auto running = job("ftjob-run", "running", 1000);
    auto estimated = job("ftjob-est", "running", 1000);
    estimated.estimatedFinish = 1000 + 600;
    m.upsert({done, running, estimated});
    m.setNow(1000 + 90);
    QCOMPARE(cell(m, 0, JobTableModel::Duration), QStringLiteral("1 h 2 min"));
    QCOMPARE(cell(m, 1, JobTableModel::Duration), QStringLiteral("1 min 30 s"));
    QCOMPARE(cell(m, 2, JobTableModel::Duration), QStringLiteral("done in about 8 min 30 s"));
}

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
