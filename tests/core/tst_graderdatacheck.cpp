// A grader checked against the examples it will grade: each field it reads as {{item.x}} must be in
// every example (nested fields by their dotted path), as text or a number.
#include "core/grader.h"
#include "core/graderdatacheck.h"

#include <QTest>

using namespace ft;

namespace {

core::Grader stringCheck(const QString &reference)
{
    core::Grader g;
    g.type = core::Grader::Type::StringCheck;
    g.typeName = QStringLiteral("string_check");
    g.name = QStringLiteral("exact");
    g.input = QStringLiteral("{{sample.output_text}}");
    g.reference = reference;
    g.operation = QStringLiteral("eq");
    return g;
}

} // namespace

class TestGraderDataCheck final : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<qint64>("examples");
        QTest::addColumn<QString>("missingKey");
        QTest::addColumn<qint64>("missingCount");
        QTest::addColumn<QString>("notTextKey");
        QTest::addColumn<qint64>("firstBadLine");
        const QByteArray m = R"("messages":[{"role":"user","content":"q"}])";
        QTest::newRow("every example has it")
            << QStringLiteral("{{item.answer}}")
            << QByteArray("{" + m
                          + R"(,"answer":"Paris"})"
                            "\n{"
                          + m
                          + R"(,"answer":7})"
                            "\n")
            << qint64(2) << QString() << qint64(0) << QString() << qint64(0);
        QTest::newRow("none has it") << QStringLiteral("{{item.reference_answer}}")
                                     << QByteArray("{" + m
                                                   + R"(,"answer":"Paris"})"
                                                     "\n{"
                                                   + m + R"(,"answer":"Rome"})")
                                     << qint64(2) << QStringLiteral("reference_answer") << qint64(2)
                                     << QString() << qint64(1);
        QTest::newRow("null counts as missing, blank lines skipped")
            << QStringLiteral("{{item.answer}}")
            << QByteArray("\n{" + m
                          + R"(,"answer":"Paris"})"
                            "\n\n{"
                          + m + R"(,"answer":null})")
            << qint64(2) << QStringLiteral("answer") << qint64(1) << QString() << qint64(4);
        QTest::newRow("an object where text is read")
            << QStringLiteral("{{item.answer}}") << QByteArray("{" + m + R"(,"answer":{"city":"Paris"}})")
            << qint64(1) << QString() << qint64(0) << QStringLiteral("answer") << qint64(1);
        QTest::newRow("nested field by its path")
            << QStringLiteral("{{item.answer.city}}")
            << QByteArray("{" + m
                          + R"(,"answer":{"city":"Paris"}})"
                            "\n{"
                          + m + R"(,"answer":{"town":"x"}})")
            << qint64(2) << QStringLiteral("answer.city") << qint64(1) << QString() << qint64(2);
    }

    void verdict()
    {
        QFETCH(QString, reference);
        QFETCH(QByteArray, jsonl);
        QFETCH(qint64, examples);
        QFETCH(QString, missingKey);
        QFETCH(qint64, missingCount);
        QFETCH(QString, notTextKey);
        QFETCH(qint64, firstBadLine);
        const core::GraderDataCheck check = core::checkGraderAgainstData(stringCheck(reference), jsonl);
        QCOMPARE(check.examples, examples);
        QCOMPARE(check.ok(), missingKey.isEmpty() && notTextKey.isEmpty());
        if (!missingKey.isEmpty()) {
            QCOMPARE(check.missing.value(missingKey), missingCount);
            QCOMPARE(check.firstBadLine.value(missingKey), firstBadLine);
            QVERIFY(check.problems().join(u' ').contains(u'"' + missingKey + u'"'));
        }
        if (!notTextKey.isEmpty()) {
            QCOMPARE(check.notText.value(notTextKey), qint64(1));
            QVERIFY(check.problems().join(u' ').contains(QStringLiteral("object or a list")));
        }
        if (check.ok())
            QVERIFY(check.problems().isEmpty());
    }

    void noExamples_isSaid()
    {
        const core::GraderDataCheck check =
            core::checkGraderAgainstData(stringCheck(QStringLiteral("{{item.answer}}")), QByteArray("\n\n"));
        QVERIFY(!check.ok());
        QVERIFY(!check.readError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraderDataCheck)
#include "tst_graderdatacheck.moc"
