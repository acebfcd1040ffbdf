// The dashboard's item models other than the jobs list, tested without a screen: the columns, roles and
// headers of events, checkpoints, files and deployments; new events inserted on top; checkpoints with a
// column per metric; lists replaced by id (inserted, moved, changed, removed) without resets, so views
// keep their selection; duplicate ids in a hostile list neither crash nor leave stale rows.

#include "core/checkpointtablemodel.h"
#include "core/deploymenttablemodel.h"
#include "core/eventtablemodel.h"
#include "core/filetablemodel.h"
#include "core/resultsdatamodel.h"

#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace ft;

namespace {
core::JobEvent jobEvent(const char *id, qint64 at, const char *level = "info", const char *type = "message")
{
    return core::JobEvent::fromJson(nlohmann::ordered_json{{"id", id},
                                                           {"created_at", at},
                                                           {"level", level},
                                                           {"message", std::string("said ") + id},
                                                           {"type", type}});
}

core::Checkpoint checkpoint(const char *id, qint64 step, nlohmann::ordered_json metrics)
{
    metrics["step"] = step;
    return core::Checkpoint::fromJson(nlohmann::ordered_json{
        {"id", id},
        {"fine_tuned_model_checkpoint", std::string("ft:model:ckpt-step-") + std::to_string(step)},
        {"step_number", step},
        {"metrics", metrics}});
}

core::File file(const char *id, const char *name, std::optional<qint64> bytes = 1024,
                const char *status = "processed")
{
    nlohmann::ordered_json j{{"id", id}, {"filename", name}, {"purpose", "fine-tune"}, {"status", status}};
    if (bytes)
        j["bytes"] = *bytes;
    return core::File::fromJson(j);
}

core::Deployment deployment(const char *name, const char *state, std::optional<qint64> capacity = 1)
{
    core::Deployment d;
    d.name = QString::fromLatin1(name);
    d.modelName = QStringLiteral("ft:model");
    d.skuName = QStringLiteral("GlobalStandard");
    d.skuCapacity = capacity;
    d.provisioningState = QString::fromLatin1(state);
    return d;
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

QStringList column(const QAbstractItemModel &m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data(role).toString();
    return out;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void events_columnsRolesAndHeaders();
    void events_newOnTopAreInserted_otherListsReplace();
    void checkpoints_aColumnPerMetric_inPlaceUntilTheMetricsChange();
    void files_columnsAndTheJobsThatUseThem();
    void keyedRows_insertMoveChangeRemove_withoutReset();
    void keyedRows_duplicateIdsLeaveNoStaleRows();
    void deployments_columnsAndRoles();
    void resultsData_stepThenEveryMetric();
};

void TestItemModels::events_columnsRolesAndHeaders()
{
    core::EventTableModel m;
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.headerData(core::EventTableModel::Message, Qt::Horizontal).toString(),
             QStringLiteral("Message"));
    m.setEvents({jobEvent("e2", 200, "error"), jobEvent("e1", 100, "warn", "metrics")});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(column(m, core::EventTableModel::Message), list({"said e2", "said e1"}));
    QCOMPARE(column(m, core::EventTableModel::Level), list({"error", "warn"}));
    QCOMPARE(m.index(0, 0).data(core::EventTableModel::LevelRole).toInt(), int(core::JobEvent::Level::Error));
    QCOMPARE(m.index(1, 0).data(core::EventTableModel::LevelRole).toInt(),
             int(core::JobEvent::Level::Warning));
    QCOMPARE(m.index(1, 0).data(core::EventTableModel::EventIdRole).toString(), QStringLiteral("e1"));
    QCOMPARE(m.index(0, 0).data(core::EventTableModel::CreatedRole).toLongLong(), 200);
    QCOMPARE(m.index(0, core::EventTableModel::Time).data().toString(),
             QLocale().toString(QDateTime::fromSecsSinceEpoch(200), QLocale::ShortFormat));
    QCOMPARE(m.index(0, core::EventTableModel::Message).data(Qt::ToolTipRole).toString(),
             QStringLiteral("said e2"));
    QVERIFY(m.hasMetrics());
    QVERIFY(m.contains(QStringLiteral("e1")));
    QVERIFY(!m.index(5, 0).data().isValid());
}

void TestItemModels::events_newOnTopAreInserted_otherListsReplace()
{
    core::EventTableModel m;
    m.setEvents({jobEvent("e2", 200), jobEvent("e1", 100)});
    QVERIFY(!m.hasMetrics());
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex old = m.index(1, 0);
    m.setEvents({jobEvent("e4", 400), jobEvent("e3", 300), jobEvent("e2", 200), jobEvent("e1", 100)});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(old.row(), 3); // the selection and the scroll position follow
    m.setEvents(m.events()); // nothing new: nothing happens
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(resets.count(), 0);
    m.setEvents({jobEvent("x", 1)}); // another list altogether
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m.rowCount(), 1);
    QVERIFY(!m.contains(QStringLiteral("e1")));

    // At most kMaxEvents are kept, the newest.
    QList<core::JobEvent> many;
    for (int i = core::EventTableModel::kMaxEvents + 10; i > 0; --i)
        many << jobEvent(qPrintable(QStringLiteral("m%1").arg(i)), i);
    m.setEvents(many);
    QCOMPARE(m.rowCount(), core::EventTableModel::kMaxEvents);
    QCOMPARE(m.events().first().id, many.first().id);
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

void TestItemModels::checkpoints_aColumnPerMetric_inPlaceUntilTheMetricsChange()
{
    core::CheckpointTableModel m;
    QCOMPARE(m.columnCount(), 3);
    m.setCheckpoints({checkpoint("c24", 24, {{"train_loss", 0.25}, {"valid_loss", 0.5}}),
                      checkpoint("c12", 12, {{"train_loss", 0.75}, {"my_metric", 1.5}})});
    QCOMPARE(m.metrics(), list({"train_loss", "valid_loss", "my_metric"}));
    QCOMPARE(m.columnCount(), 6);
    QCOMPARE(m.headerData(core::CheckpointTableModel::Step, Qt::Horizontal).toString(),
             QStringLiteral("Step"));
    QCOMPARE(m.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Train loss"));
    QCOMPARE(m.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("train_loss"));
    QCOMPARE(m.headerData(5, Qt::Horizontal).toString(), QStringLiteral("my metric")); // unknown: as named
    QCOMPARE(m.headerData(5, Qt::Horizontal, core::CheckpointTableModel::MetricRole).toString(),
             QStringLiteral("my_metric"));
    QCOMPARE(column(m, core::CheckpointTableModel::Step), list({"24", "12"}));
    QCOMPARE(m.index(0, 3).data().toString(), QLocale().toString(0.25, 'g', 4));
    QCOMPARE(m.index(1, 4).data().toString(), QString()); // not reported: empty
    QCOMPARE(m.index(0, 3).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(
        m.index(0, core::CheckpointTableModel::Model).data(core::CheckpointTableModel::ModelRole).toString(),
        QStringLiteral("ft:model:ckpt-step-24"));
    QCOMPARE(m.byId(QStringLiteral("c12"))->stepNumber, 12);

    // The same metrics again, one value changed: in place.
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setCheckpoints({checkpoint("c24", 24, {{"train_loss", 0.2}, {"valid_loss", 0.5}}),
                      checkpoint("c12", 12, {{"train_loss", 0.75}, {"my_metric", 1.5}})});
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m.index(0, 3).data().toString(), QLocale().toString(0.2, 'g', 4));
    // A new metric: new columns, a reset.
    m.setCheckpoints({checkpoint("c36", 36, {{"full_valid_loss", 0.1}})});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m.columnCount(), 4);
    QCOMPARE(m.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Full valid loss"));
}

void TestItemModels::files_columnsAndTheJobsThatUseThem()
{
    core::FileTableModel m;
    QCOMPARE(m.columnCount(), int(core::FileTableModel::ColumnCount));
    QCOMPARE(m.headerData(core::FileTableModel::UsedBy, Qt::Horizontal).toString(),
             QStringLiteral("Used by"));
    core::File failed = file("file-b", "b.jsonl", std::nullopt, "error");
    failed.statusDetails = QStringLiteral("line 3 is not JSON");
    m.setFiles({file("file-a", "a.jsonl", 2048), failed});
    QCOMPARE(column(m, core::FileTableModel::Name), list({"a.jsonl", "b.jsonl"}));
    QCOMPARE(m.index(0, core::FileTableModel::Size).data().toString(), QLocale().formattedDataSize(2048));
    QCOMPARE(m.index(0, 0).data(core::FileTableModel::BytesRole).toLongLong(), 2048);
    QVERIFY(!m.index(1, 0).data(core::FileTableModel::BytesRole).isValid());
    QCOMPARE(m.index(1, core::FileTableModel::Size).data().toString(), QString());
    QCOMPARE(m.index(1, core::FileTableModel::State).data().toString(),
             QStringLiteral("error: line 3 is not JSON"));
    QCOMPARE(m.index(1, 0).data(core::FileTableModel::FileIdRole).toString(), QStringLiteral("file-b"));

    core::FineTuningJob one;
    one.id = QStringLiteral("ftjob-1");
    one.trainingFile = QStringLiteral("file-a");
    one.validationFile = QStringLiteral("file-b");
    core::FineTuningJob two;
    two.id = QStringLiteral("ftjob-2");
    two.trainingFile = QStringLiteral("file-a");
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setJobs({one, two});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(core::FileTableModel::UsedBy));
    QCOMPARE(column(m, core::FileTableModel::UsedBy), list({"ftjob-1, ftjob-2", "ftjob-1"}));
    m.setJobs({one, two}); // the same: no signal
    QCOMPARE(changed.count(), 1);
}

void TestItemModels::keyedRows_insertMoveChangeRemove_withoutReset()
{
    core::FileTableModel m;
    m.setFiles({file("file-a", "a"), file("file-b", "b"), file("file-c", "c")});
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
    const QPersistentModelIndex c = m.index(2, 0);
    // b goes, d arrives first, c moves before a and is renamed.
    m.setFiles({file("file-d", "d"), file("file-c", "c2"), file("file-a", "a")});
    QCOMPARE(column(m, core::FileTableModel::Id), list({"file-d", "file-c", "file-a"}));
    QCOMPARE(column(m, core::FileTableModel::Name), list({"d", "c2", "a"}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(moved.count(), 1);
    QVERIFY(c.isValid());
    QCOMPARE(c.row(), 1);
    QCOMPARE(c.data().toString(), QStringLiteral("c2"));
    QCOMPARE(m.rowOf(QStringLiteral("file-b")), -1);
    m.clear();
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestItemModels::keyedRows_duplicateIdsLeaveNoStaleRows()
{
    core::FileTableModel m;
    m.setFiles({file("file-a", "a"), file("file-a", "a again"), file("file-b", "b")});
    QCOMPARE(m.rowCount(), 3);
    m.setFiles({file("file-b", "b"), file("file-a", "a")});
    QCOMPARE(column(m, core::FileTableModel::Id), list({"file-b", "file-a"}));
    m.setFiles({});
    QCOMPARE(m.rowCount(), 0);
}

void TestItemModels::deployments_columnsAndRoles()
{
    core::DeploymentTableModel m;
    QCOMPARE(m.headerData(core::DeploymentTableModel::State, Qt::Horizontal).toString(),
             QStringLiteral("State"));
    m.replace({deployment("ready", "Succeeded", 3), deployment("coming", "Creating", std::nullopt)});
    QCOMPARE(column(m, core::DeploymentTableModel::Name), list({"ready", "coming"}));
    QCOMPARE(column(m, core::DeploymentTableModel::Capacity), list({"3", "0"}));
    QCOMPARE(column(m, core::DeploymentTableModel::Type), list({"GlobalStandard", "GlobalStandard"}));
    QCOMPARE(column(m, core::DeploymentTableModel::State), list({"Succeeded", "Creating"}));
    QVERIFY(m.index(0, 0).data(core::DeploymentTableModel::ProvisionedRole).toBool());
    QVERIFY(!m.index(1, 0).data(core::DeploymentTableModel::ProvisionedRole).toBool());
    QVERIFY(m.index(0, 0).data(core::DeploymentTableModel::FinalRole).toBool());
    QVERIFY(!m.index(1, 0).data(core::DeploymentTableModel::FinalRole).toBool());
    QCOMPARE(m.index(1, 3).data(core::DeploymentTableModel::NameRole).toString(), QStringLiteral("coming"));
    QCOMPARE(m.byName(QStringLiteral("ready"))->skuCapacity, 3);
}

void TestItemModels::resultsData_stepThenEveryMetric()
{
    core::ResultsDataModel m;
    m.setTable(core::ResultsTable::parse("step,train_loss,valid_loss\n1,0.5,\n2,0.25,0.75\n"));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.columnCount(), 3);
    QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("step"));
    QCOMPARE(m.headerData(2, Qt::Horizontal).toString(), QStringLiteral("valid_loss"));
    QCOMPARE(m.index(1, 0).data().toString(), QLocale().toString(qint64(2)));
    QCOMPARE(m.index(0, 2).data().toString(), QString());
    QCOMPARE(m.index(1, 2).data(Qt::AccessibleTextRole).toString(), QLocale().toString(0.75, 'g', 6));
    m.setTable(std::nullopt);
    QCOMPARE(m.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
