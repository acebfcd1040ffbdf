// What a fine-tuned model "answers" on the emulator: the answer of the closest training prompt, and
// nothing (so the emulator can say so) when no prompt is about the question.
#include "emulator/answerbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::emu;

class TestAnswerBook final : public QObject
{
    Q_OBJECT

private slots:
    void closestPrompt_givesItsAnswer_unrelatedQuestion_givesNone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("train.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"messages":[{"role":"user","content":"How do I return a tent that leaks?"},)"
            R"({"role":"assistant","content":"Bring the tent and receipt to any store."}]})"
            "\n"
            R"({"messages":[{"role":"user","content":"Which sleeping bag is warmest for winter camping?"},)"
            R"({"role":"assistant","content":"The Polar 900 is rated to minus 30."}]})"
            "\n");
        f.close();
        const AnswerBook book = AnswerBook::fromFile(path, QStringLiteral("supervised"), {});
        QVERIFY(!book.isEmpty());
        QCOMPARE(book.answer(QStringLiteral("my tent leaks, how do I return it?")),
                 QStringLiteral("Bring the tent and receipt to any store."));
        QCOMPARE(book.answer(QStringLiteral("warmest sleeping bag for winter?")),
                 QStringLiteral("The Polar 900 is rated to minus 30."));
        // Shares only "is", "a", "the" and "do" with the examples: about something else entirely.
        QCOMPARE(book.answer(QStringLiteral("What is the capital of France? Do you know a good recipe?")),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestAnswerBook)
#include "tst_answerbook.moc"
