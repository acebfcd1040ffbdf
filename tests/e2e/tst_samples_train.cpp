// The sample files that ship with the app train on the emulator, as a demo would use them: uploaded
// as they are, one job per method (the RFT sample with its grader), each job succeeding.

#include "ctlrunner.h"
#include "datatable.h"
#include "emulatorprocess.h"

#include "core/jsonutil.h"
#include "core/sampledata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::CtlResult;
namespace js = core::js;

class TestSamplesTrain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sample_trainsToSuccess_data();
    void sample_trainsToSuccess();

private:
    QString writeOut(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    test::EmulatorProcess m_emulator;
    std::unique_ptr<test::CtlRunner> m_ctl;
};

void TestSamplesTrain::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(
                 test::EmulatorProcess::quietArguments(m_dir.filePath(QStringLiteral("emu")), 300), &error),
             qPrintable(error));
    m_ctl = std::make_unique<test::CtlRunner>(m_emulator.url());
}

QString TestSamplesTrain::writeOut(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return f.fileName();
}

void TestSamplesTrain::sample_trainsToSuccess_data()
{
    test::addColumns<core::MethodType, QString>("method", "methodFlag");
    QTest::newRow("supervised") << core::MethodType::Supervised << QStringLiteral("sft");
    QTest::newRow("dpo") << core::MethodType::Dpo << QStringLiteral("dpo");
    QTest::newRow("reinforcement") << core::MethodType::Reinforcement << QStringLiteral("rft");
}

void TestSamplesTrain::sample_trainsToSuccess()
{
    QFETCH(core::MethodType, method);
    QFETCH(QString, methodFlag);
    const std::optional<core::SampleData> sample = core::SampleData::forMethod(method);
    QVERIFY(sample);
    const QString path = writeOut(sample->fileName, sample->content());
    QVERIFY(!path.isEmpty());
    const CtlResult up =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), path});
    QVERIFY2(up.exitCode == 0, up.err.constData());
    QStringList create{QStringLiteral("--json"),
                       QStringLiteral("jobs"),
                       QStringLiteral("create"),
                       QStringLiteral("--model"),
                       sample->suggestedModel,
                       QStringLiteral("--training-file"),
                       js::str(up.json(), "id"),
                       QStringLiteral("--method"),
                       methodFlag,
                       QStringLiteral("--suffix"),
                       QStringLiteral("sample-") + methodFlag};
    if (method == core::MethodType::Reinforcement) {
        const QString grader = writeOut(QStringLiteral("grader.json"), sample->graderJson());
        create << QStringLiteral("--grader-file") << grader;
        const QString validation = writeOut(sample->validationFileName, sample->validationContent());
        const CtlResult upValidation = m_ctl->run(
            {QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("upload"), validation});
        QVERIFY2(upValidation.exitCode == 0, upValidation.err.constData());
        create << QStringLiteral("--validation-file") << js::str(upValidation.json(), "id");
    }
    const CtlResult job = m_ctl->run(create);
    QVERIFY2(job.exitCode == 0, job.err.constData());
    const QString id = js::str(job.json(), "id");
    const CtlResult waited =
        m_ctl->run({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("wait"), id,
                    QStringLiteral("--timeout"), QStringLiteral("300")},
                   320000);
    QVERIFY2(waited.exitCode == 0, QByteArray(waited.out + waited.err).constData());
    QCOMPARE(js::str(waited.json(), "status"), QStringLiteral("succeeded"));
    QVERIFY(!js::str(waited.json(), "fine_tuned_model").isEmpty());
}

QTEST_GUILESS_MAIN(TestSamplesTrain)
#include "tst_samples_train.moc"
