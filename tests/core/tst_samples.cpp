// The sample files that ship with the app are what a demo starts from: each must be found for its
// method and pass the local data check without an error or a warning (the grader's fields included).

#include "core/catalog.h"
#include "core/datasetvalidator.h"
#include "core/grader.h"
#include "core/jsonutil.h"
#include "core/sampledata.h"
#include "core/sampledraft.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft::core;

class TestSamples final : public QObject
{
    Q_OBJECT

private slots:
    void everyMethod_hasASample_data();
    void everyMethod_hasASample();
    void samples_passTheDataCheckWithoutErrorOrWarning_data();
    void samples_passTheDataCheckWithoutErrorOrWarning();
    void rftSample_gradesAFieldEveryExampleHas();
    void titles_areCatalogTexts();
    void sampleDraft_writesTheFiles_andFillsTheWizard_data() { everyMethod_hasASample_data(); }
    void sampleDraft_writesTheFiles_andFillsTheWizard();
};

void TestSamples::sampleDraft_writesTheFiles_andFillsTheWizard()
{
    QFETCH(MethodType, method);
    const SampleData sample = *SampleData::forMethod(method);
    QTemporaryDir dir;
    const auto made = sampleDraft(sample, dir.filePath(QStringLiteral("samples")), 3);
    QVERIFY(std::holds_alternative<FineTuneDraft>(made));
    const FineTuneDraft &draft = std::get<FineTuneDraft>(made);
    QCOMPARE(draft.method, method);
    QCOMPARE(draft.model, sample.suggestedModel);
    QCOMPARE(draft.page, 3);
    QCOMPARE(draft.training.kind, DataSource::Kind::Local);
    QFile training(draft.training.localPath);
    QVERIFY(training.open(QIODevice::ReadOnly));
    QCOMPARE(training.readAll(), sample.content());
    QCOMPARE(draft.validation.isSet(), !sample.validationFileName.isEmpty());
    QCOMPARE(draft.grader.has_value(), method == MethodType::Reinforcement);
    QVERIFY(draft.suffix.startsWith(QStringLiteral("sample-")));
    QVERIFY(draft.suffix.size() <= 18);
}

void TestSamples::everyMethod_hasASample_data()
{
    QTest::addColumn<MethodType>("method");
    QTest::newRow("supervised") << MethodType::Supervised;
    QTest::newRow("dpo") << MethodType::Dpo;
    QTest::newRow("reinforcement") << MethodType::Reinforcement;
}

void TestSamples::everyMethod_hasASample()
{
    QFETCH(MethodType, method);
    const std::optional<SampleData> sample = SampleData::forMethod(method);
    QVERIFY(sample);
    QVERIFY(!sample->content().isEmpty());
    QVERIFY(sample->fileName.endsWith(QStringLiteral(".jsonl")));
    QVERIFY(Catalog::builtin().find(sample->suggestedModel));
    QCOMPARE(!sample->graderJson().isEmpty(), method == MethodType::Reinforcement);
    QCOMPARE(!sample->validationContent().isEmpty(), method == MethodType::Reinforcement);
}

void TestSamples::samples_passTheDataCheckWithoutErrorOrWarning_data()
{
    QTest::addColumn<int>("index");
    const QList<SampleData> all = SampleData::all();
    QCOMPARE(all.size(), 3);
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].fileName)) << i;
}

void TestSamples::samples_passTheDataCheckWithoutErrorOrWarning()
{
    QFETCH(int, index);
    const SampleData sample = SampleData::all().at(index);
    DatasetValidator::Options options = DatasetValidator::defaultOptions(sample.method, false);
    if (!sample.graderJson().isEmpty()) {
        js::Json g;
        QVERIFY(js::parse(sample.graderJson(), g));
        options.requiredItemKeys = Grader::fromJson(g).referencedItemKeys();
    }
    const DatasetReport report = DatasetValidator::checkBytes(sample.content(), options);
    QString found;
    for (const DatasetFinding &f : report.findings)
        found += f.rule + u": " + f.message + u'\n';
    QVERIFY2(report.errorCount == 0 && report.warningCount == 0, qPrintable(found));
    QVERIFY(report.examples >= 20);
    if (!sample.validationContent().isEmpty()) {
        options.isValidationFile = true;
        const DatasetReport validation = DatasetValidator::checkBytes(sample.validationContent(), options);
        QVERIFY(validation.errorCount == 0 && validation.warningCount == 0);
        QVERIFY(validation.examples >= 10);
    }
}

void TestSamples::rftSample_gradesAFieldEveryExampleHas()
{
    const std::optional<SampleData> sample = SampleData::forMethod(MethodType::Reinforcement);
    QVERIFY(sample);
    js::Json g;
    QVERIFY(js::parse(sample->graderJson(), g));
    const Grader grader = Grader::fromJson(g);
    QCOMPARE(grader.referencedItemKeys(), QStringList{QStringLiteral("reference_answer")});
    // Without the field, the same check fails: the test above really looks at it.
    DatasetValidator::Options options = DatasetValidator::defaultOptions(MethodType::Reinforcement, false);
    options.requiredItemKeys = {QStringLiteral("no_such_field")};
    QVERIFY(DatasetValidator::checkBytes(sample->content(), options).errorCount > 0);
}

void TestSamples::titles_areCatalogTexts()
{
    for (const SampleData &s : SampleData::all()) {
        QVERIFY(!s.title.isEmpty());
        QVERIFY(!s.description.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
