// results.csv: every column spelling of the contract, empty cells, and broken files.

#include "core/resultstable.h"
#include "datatable.h"

#include <QTest>

#include <cmath>

using namespace ft::core;

class TestResultsTable : public QObject
{
    Q_OBJECT

private slots:
    void spellings_mapToCanonicalNames_data();
    void spellings_mapToCanonicalNames();
    void emptyCells_areGaps();
    void bomCrlfAndBlankLines_areTolerated();
    void rftColumns_arekeptAsIs();
    void brokenFiles_sayWhereAndWhy_data();
    void brokenFiles_sayWhereAndWhy();
    void largeFile_hasARowPerStep();
};

void TestResultsTable::spellings_mapToCanonicalNames_data()
{
    ft::test::addColumns<QByteArray, QStringList>("csv", "columns");
    QTest::newRow("openai docs") << QByteArray(
        "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n"
        "1,1.52347,0.0,,\n")
                                 << QStringList{QStringLiteral("train_loss"),
                                                QStringLiteral("train_mean_token_accuracy"),
                                                QStringLiteral("valid_loss"),
                                                QStringLiteral("valid_mean_token_accuracy")};
    QTest::newRow("azure")
        << QByteArray("step,train_loss,train_mean_token_accuracy,valid_loss,valid_mean_token_accuracy,"
                      "full_valid_loss,full_valid_mean_token_accuracy\n1,10.1,0.4,8.5,0.4,,\n")
        << QStringList{QStringLiteral("train_loss"),      QStringLiteral("train_mean_token_accuracy"),
                       QStringLiteral("valid_loss"),      QStringLiteral("valid_mean_token_accuracy"),
                       QStringLiteral("full_valid_loss"), QStringLiteral("full_valid_mean_token_accuracy")};
    QTest::newRow("older validation spelling") << QByteArray(
        "step,train_loss,train_accuracy,validation_loss,validation_mean_token_accuracy\n1,1,0.5,2,0.25\n")
                                               << QStringList{QStringLiteral("train_loss"),
                                                              QStringLiteral("train_mean_token_accuracy"),
                                                              QStringLiteral("valid_loss"),
                                                              QStringLiteral("valid_mean_token_accuracy")};
}

void TestResultsTable::spellings_mapToCanonicalNames()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, columns);
    QString error;
    const auto table = ResultsTable::parse(csv, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->columns(), columns);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->steps().first(), 1.0);
}

void TestResultsTable::emptyCells_areGaps()
{
    const auto t = ResultsTable::parse(
        "step,train_loss,valid_loss,full_valid_loss\n1,2.0,,\n2,1.5,1.7,\n3,1.0,,1.2\n4,0.8\n");
    QVERIFY(t);
    QCOMPARE(t->rowCount(), 4);
    QCOMPARE(t->series(QStringLiteral("train_loss")).size(), 4);
    const auto valid = t->series(QStringLiteral("valid_loss"));
    QCOMPARE(valid.size(), 1);
    QCOMPARE(valid.first(), QPointF(2, 1.7));
    QCOMPARE(t->series(QStringLiteral("full_valid_loss")), (QList<QPointF>{QPointF(3, 1.2)}));
    QVERIFY(std::isnan(t->column(QStringLiteral("valid_loss"))[0]));
    QVERIFY(t->hasValues(QStringLiteral("valid_loss")));
    QCOMPARE(t->lastValue(QStringLiteral("train_loss")), 0.8);
}

void TestResultsTable::bomCrlfAndBlankLines_areTolerated()
{
    const auto t = ResultsTable::parse("\xEF\xBB\xBFstep,train_loss\r\n1,0.5\r\n\r\n2,0.4\r\n");
    QVERIFY(t);
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->column(QStringLiteral("train_loss"))[1], 0.4);
}

void TestResultsTable::rftColumns_arekeptAsIs()
{
    const auto t =
        ResultsTable::parse("step,train_mean_reward,full_valid_mean_reward,"
                            "errors/graders/exact/train_sample_parse_error_count\n1,0.2,,3\n2,0.3,0.4,1\n");
    QVERIFY(t);
    QVERIFY(t->hasColumn(QStringLiteral("errors/graders/exact/train_sample_parse_error_count")));
    QCOMPARE(t->series(QStringLiteral("full_valid_mean_reward")).size(), 1);
}

void TestResultsTable::brokenFiles_sayWhereAndWhy_data()
{
    ft::test::addColumns<QByteArray, QString>("csv", "fragment");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("no step column") << QByteArray("loss\n1\n") << QStringLiteral("step");
    QTest::newRow("text in a cell") << QByteArray("step,train_loss\n1,abc\n")
                                    << QStringLiteral("Line 2, column 2");
    QTest::newRow("step not a number") << QByteArray("step,train_loss\nx,1\n") << QStringLiteral("Line 2");
}

void TestResultsTable::brokenFiles_sayWhereAndWhy()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!ResultsTable::parse(csv, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestResultsTable::largeFile_hasARowPerStep()
{
    QByteArray csv = "step,train_loss,train_mean_token_accuracy,valid_loss\n";
    for (int i = 1; i <= 20000; ++i)
        csv += QByteArray::number(i) + ',' + QByteArray::number(1.0 / i) + ",0.5," + (i % 10 ? "" : "0.7")
            + '\n';
    const auto t = ResultsTable::parse(csv);
    QVERIFY(t);
    QCOMPARE(t->rowCount(), 20000);
    QCOMPARE(t->series(QStringLiteral("valid_loss")).size(), 2000);
}

QTEST_GUILESS_MAIN(TestResultsTable)
#include "tst_resultstable.moc"
