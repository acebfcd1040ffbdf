// What the charts are made of (core, no widgets): which charts a results.csv gives for SFT/DPO and RFT,
// epoch boundaries, smoothing, LTTB downsampling, CSV export; and the offline cache of jobs, events and
// results.

#include "core/localcache.h"
#include "core/metricscharts.h"
#include "datatable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace ft;

namespace {
QStringList ids(const QList<core::ChartSpec> &charts)
{
    QStringList out;
    for (const auto &c : charts)
        out << c.id;
    return out;
}
QStringList columns(const core::ChartSpec &chart)
{
    QStringList out;
    for (const auto &s : chart.series)
        out << s.column;
    return out;
}
core::ResultsTable parse(const QByteArray &csv)
{
    QString error;
    auto t = core::ResultsTable::parse(csv, &error);
    if (!t)
        qFatal("parse: %s", qPrintable(error));
    return *t;
}
} // namespace

class TestMetricsCharts : public QObject
{
    Q_OBJECT

private slots:
    void chartsFor_sft_lossAndAccuracyWithOnlyPresentSeries();
    void chartsFor_rft_rewardReasoningAndParseErrors();
    void epochBoundaries_fromFullValidationRowsElseStepsPerEpoch();
    void smoothed_isDebiasedExponentialAverage();
    void downsampled_keepsEndsPeaksAndCount();
    void seriesCsv_joinsSeriesByStep();
    void niceScale_ticksAreOneTwoOrFiveTimesAPowerOfTen_data();
    void niceScale_ticksAreOneTwoOrFiveTimesAPowerOfTen();
    void niceStepInterval_isRoundAndBounded_data();
    void niceStepInterval_isRoundAndBounded();
    void localCache_roundTripsJobsEventsAndResults();
    void localCache_namesStayInsideItsDirectory();
};

void TestMetricsCharts::niceScale_ticksAreOneTwoOrFiveTimesAPowerOfTen_data()
{
    test::addColumns<double, double, double, double, double>("lo", "hi", "min", "max", "step");
    // A loss from 0.40 to 1.49 was labelled 0.40 / 0.95 / 1.49: now 0.4 … 1.6 by 0.2.
    QTest::newRow("loss") << 0.40 << 1.49 << 0.4 << 1.6 << 0.2;
    // Non-negative data never gets a negative axis, even with padding.
    QTest::newRow("loss near zero") << 0.02 << 2.3 << 0.0 << 2.5 << 0.5;
    QTest::newRow("accuracy") << 0.31 << 0.97 << 0.3 << 1.0 << 0.1;
    QTest::newRow("parse errors all zero") << 0.0 << 0.0 << 0.0 << 1.0 << 0.2;
    QTest::newRow("reasoning tokens") << 812.0 << 2390.0 << 500.0 << 2500.0 << 500.0;
    QTest::newRow("negative reward") << -0.37 << 0.82 << -0.4 << 1.0 << 0.2;
}

void TestMetricsCharts::niceScale_ticksAreOneTwoOrFiveTimesAPowerOfTen()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    const core::NiceScale s = core::niceScale(lo, hi, 8);
    QVERIFY2(qFuzzyCompare(1 + s.min, 1 + min), qPrintable(QString::number(s.min)));
    QVERIFY2(qFuzzyCompare(1 + s.max, 1 + max), qPrintable(QString::number(s.max)));
    QVERIFY2(qFuzzyCompare(s.step, step), qPrintable(QString::number(s.step)));
    QVERIFY(s.min <= lo && s.max >= hi);
    QVERIFY(s.ticks >= 2 && s.ticks <= 8);
    QCOMPARE(s.ticks, int(std::llround((s.max - s.min) / s.step)) + 1);
}

void TestMetricsCharts::niceStepInterval_isRoundAndBounded_data()
{
    test::addColumns<double, double>("last", "interval");
    QTest::newRow("104 steps") << 104.0 << 20.0;
    QTest::newRow("90 steps") << 90.0 << 20.0;
    QTest::newRow("320 steps") << 320.0 << 50.0;
    QTest::newRow("5 steps") << 5.0 << 1.0;
    QTest::newRow("12000 steps") << 12000.0 << 2000.0;
}

void TestMetricsCharts::niceStepInterval_isRoundAndBounded()
{
    QFETCH(double, last);
    QFETCH(double, interval);
    QCOMPARE(core::niceStepInterval(1, last, 8), interval);
}

void TestMetricsCharts::chartsFor_sft_lossAndAccuracyWithOnlyPresentSeries()
{
    const auto t =
        parse("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy,full_valid_loss,"
              "full_valid_mean_token_accuracy\n"
              "1,2.0,0.3,,,,\n2,1.5,0.4,1.8,0.35,,\n3,1.2,0.5,,,1.4,0.45\n");
    const auto charts = core::chartsFor(t);
    QCOMPARE(ids(charts), (QStringList{QStringLiteral("loss"), QStringLiteral("accuracy")}));
    QCOMPARE(columns(charts[0]),
             (QStringList{QStringLiteral("train_loss"), QStringLiteral("valid_loss"),
                          QStringLiteral("full_valid_loss")}));
    QVERIFY(!charts[0].series[0].points);
    QVERIFY(charts[0].series[2].points); // per-epoch full validation: markers
    // train_accuracy is the older spelling of train_mean_token_accuracy.
    QCOMPARE(columns(charts[1]).first(), QStringLiteral("train_mean_token_accuracy"));

    // No validation file: only the training series.
    const auto bare = core::chartsFor(parse("step,train_loss,train_mean_token_accuracy\n1,2,0.3\n2,1,0.5\n"));
    QCOMPARE(bare.size(), 2);
    QCOMPARE(columns(bare[0]), QStringList{QStringLiteral("train_loss")});
    // A header with no rows yet: no charts.
    QVERIFY(core::chartsFor(parse("step,train_loss\n")).isEmpty());
}

void TestMetricsCharts::chartsFor_rft_rewardReasoningAndParseErrors()
{
    const auto t =
        parse("step,train_mean_reward,valid_mean_reward,full_valid_mean_reward,full_valid_mean_parse_error,"
              "reasoning_tokens_mean,completion_tokens_mean,mean_unresponsive_rewards,"
              "errors/graders/exact/train_sample_parse_error_count\n"
              "1,0.2,0.1,,,900,1200,0,1\n2,0.4,,0.35,0.05,850,1100,0,0\n");
    const auto charts = core::chartsFor(t);
    QCOMPARE(
        ids(charts),
        (QStringList{QStringLiteral("reward"), QStringLiteral("reasoning"), QStringLiteral("parse_errors")}));
    QCOMPARE(columns(charts[0]),
             (QStringList{QStringLiteral("train_mean_reward"), QStringLiteral("valid_mean_reward"),
                          QStringLiteral("full_valid_mean_reward")}));
    QCOMPARE(
        columns(charts[1]),
        (QStringList{QStringLiteral("reasoning_tokens_mean"), QStringLiteral("completion_tokens_mean")}));
    QVERIFY(columns(charts[2]).contains(QStringLiteral("full_valid_mean_parse_error")));
    QVERIFY(
        columns(charts[2]).contains(QStringLiteral("errors/graders/exact/train_sample_parse_error_count")));
    QVERIFY(charts[2].series.last().label.contains(QStringLiteral("exact")));
    QCOMPARE(core::epochBoundaries(t), QList<double>{2});
}

void TestMetricsCharts::epochBoundaries_fromFullValidationRowsElseStepsPerEpoch()
{
    const auto t = parse("step,train_loss,full_valid_loss\n1,1,\n2,1,0.5\n3,1,\n4,1,0.4\n5,1,\n");
    QCOMPARE(core::epochBoundaries(t), (QList<double>{2, 4}));
    QCOMPARE(core::epochBoundaries(t, 3), (QList<double>{2, 4})); // the file's own marks win
    const auto plain = parse("step,train_loss\n1,1\n2,1\n3,1\n4,1\n5,1\n6,1\n7,1\n");
    QCOMPARE(core::epochBoundaries(plain, 3), (QList<double>{3, 6}));
    QVERIFY(core::epochBoundaries(plain).isEmpty());
}

void TestMetricsCharts::smoothed_isDebiasedExponentialAverage()
{
    const QList<QPointF> in{{1, 10}, {2, 0}, {3, 10}, {4, 0}};
    QCOMPARE(core::smoothed(in, 0), in);
    const auto out = core::smoothed(in, 0.5);
    QCOMPARE(out.size(), in.size());
    QCOMPARE(out[0], QPointF(1, 10)); // debiased: the first value is the first point
    // Second: (0.5*5 + 0.5*0) / (1 - 0.25) = 2.5 / 0.75
    QVERIFY(std::abs(out[1].y() - 2.5 / 0.75) < 1e-9);
    QCOMPARE(out[3].x(), 4.0);
    // Heavier smoothing stays nearer the mean of an alternating series.
    const auto heavy = core::smoothed(in, 0.9);
    QVERIFY(std::abs(heavy[3].y() - 5) < std::abs(out[3].y() - 5));
}

void TestMetricsCharts::downsampled_keepsEndsPeaksAndCount()
{
    QList<QPointF> in;
    for (int i = 0; i < 100000; ++i)
        in.append(QPointF(i + 1, std::sin(i / 500.0) + (i == 54321 ? 50 : 0)));
    const auto out = core::downsampled(in, 2000);
    QCOMPARE(out.size(), 2000);
    QCOMPARE(out.first(), in.first());
    QCOMPARE(out.last(), in.last());
    QVERIFY(std::is_sorted(out.begin(), out.end(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    // The spike survives: LTTB keeps the point that makes the biggest triangle.
    QVERIFY(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.x() == 54322; }));
    // Short series and silly thresholds come back whole.
    QCOMPARE(core::downsampled(in.mid(0, 10), 2000).size(), 10);
    QCOMPARE(core::downsampled(in.mid(0, 10), 2).size(), 10);
}

void TestMetricsCharts::seriesCsv_joinsSeriesByStep()
{
    const QByteArray csv =
        core::seriesCsv({QStringLiteral("Training loss"), QStringLiteral("Full validation loss")},
                        {{{1, 2.5}, {2, 2.0}, {3, 1.5}}, {{2, 2.25}}});
    QCOMPARE(csv, QByteArray("step,Training loss,Full validation loss\n1,2.5,\n2,2,2.25\n3,1.5,\n"));
}

void TestMetricsCharts::localCache_roundTripsJobsEventsAndResults()
{
    QTemporaryDir dir;
    core::LocalCache cache(dir.filePath(QStringLiteral("conn")));
    QVERIFY(cache.jobs().isEmpty());
    QCOMPARE(cache.jobsSavedAt(), 0);
    QVERIFY(!cache.results(QStringLiteral("ftjob-a")));

    const auto job =
        core::FineTuningJob::fromJson(nlohmann::ordered_json{{"id", "ftjob-a"},
                                                             {"object", "fine_tuning.job"},
                                                             {"model", "gpt-4.1-mini"},
                                                             {"created_at", 5},
                                                             {"status", "succeeded"},
                                                             {"fine_tuned_model", "gpt-4.1-mini.ft-a"},
                                                             {"training_file", "file-t"},
                                                             {"result_files", {"file-r"}},
                                                             {"some_future_field", {{"kept", true}}}});
    QVERIFY(!cache.storeJobs({job}));
    QVERIFY(cache.jobsSavedAt() > 0);
    const auto jobs = cache.jobs();
    QCOMPARE(jobs.size(), 1);
    QVERIFY(jobs.first().toJson() == job.toJson()); // unknown fields too

    core::JobEvent e;
    e.id = QStringLiteral("ftevent-1");
    e.createdAt = 7;
    e.level = QStringLiteral("warn");
    e.message = QStringLiteral("careful");
    QVERIFY(!cache.storeEvents(QStringLiteral("ftjob-a"), {e}));
    QCOMPARE(cache.events(QStringLiteral("ftjob-a")).size(), 1);
    QCOMPARE(cache.events(QStringLiteral("ftjob-a")).first().message, QStringLiteral("careful"));
    QVERIFY(cache.events(QStringLiteral("ftjob-b")).isEmpty());

    QVERIFY(!cache.storeResults(QStringLiteral("ftjob-a"), "step,train_loss\n1,2\n"));
    QCOMPARE(cache.results(QStringLiteral("ftjob-a")).value_or(QByteArray()),
             QByteArray("step,train_loss\n1,2\n"));

    // A damaged file reads as nothing, not as a crash.
    QFile jobsFile(dir.filePath(QStringLiteral("conn/jobs.json")));
    QVERIFY(jobsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    jobsFile.write("{\"data\": [tru");
    jobsFile.close();
    QVERIFY(cache.jobs().isEmpty());
}

void TestMetricsCharts::localCache_namesStayInsideItsDirectory()
{
    QTemporaryDir dir;
    core::LocalCache cache(dir.filePath(QStringLiteral("inner")));
    for (const QString &id :
         {QStringLiteral(".."), QStringLiteral("../../escape"), QStringLiteral("a/b\\c:d"), QString()}) {
        QVERIFY(!cache.storeResults(id, "x"));
        QCOMPARE(cache.results(id).value_or(QByteArray()), QByteArray("x"));
    }
    // Everything written is under the cache's own directory.
    QDir outer(dir.path());
    QCOMPARE(outer.entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("inner")});
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.csv"))));
    QVERIFY(core::LocalCache::defaultDirectory(QStringLiteral("..")).endsWith(QStringLiteral("/cache/_..")));
}

QTEST_GUILESS_MAIN(TestMetricsCharts)
#include "tst_metricscharts.moc"
