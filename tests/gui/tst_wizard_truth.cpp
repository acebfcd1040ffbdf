// The wizard tells the truth about reinforcement fine-tuning: Check grader reads the chosen training
// examples and names the field they lack, and the validation page never keeps a greyed-out None.
#include "datagen.h"
#include "waiting.h"
#include "wizarddriver.h"
#include "wizardtest.h"

#include "wizard/finetunewizard.h"

#include "api/client.h"
#include "session.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

#include <functional>

using namespace ft;
using test::WizardDriver;
using Page = ui::FineTuneWizard::PageId;

class TestWizardTruth : public test::WizardTest
{
    Q_OBJECT

private slots:
    void checkGrader_namesTheFieldTheTrainingExamplesLack();
    void rftValidation_neverKeepsAGreyedOutNone();
    void review_withASplit_estimatesTheTrainingPart_andShowsNoWholeFileId();
    void review_withAFileOnTheResource_estimatesIt();
    void submit_withASplit_leavesNoWholeFileBehind();
    void browsingTheSameFileAgain_doesNotUploadItTwice();

private:
    static QString checkGrader(WizardDriver &d, const QString &before);
    static ui::FineTuneWizard *openSft(WizardDriver &d, Page page,
                                       const std::function<void(core::FineTuneDraft &)> &more = {});
    static QString reviewText(WizardDriver &d);
};

// Clicks Check grader and returns the verdict once the reading and the service's answer are in.
QString TestWizardTruth::checkGrader(WizardDriver &d, const QString &before)
{
    auto *state = d.find<QLabel>(QStringLiteral("graderState"));
    state->setText(before);
    QTest::mouseClick(d.find<QPushButton>(QStringLiteral("graderCheck")), Qt::LeftButton);
    const auto settled = [state, before] {
        const QString t = state->text();
        return t != before && !t.endsWith(QStringLiteral("…"));
    };
    if (!QTest::qWaitFor(settled, 20000))
        return QStringLiteral("(no verdict: %1)").arg(state->text());
    return state->text();
}

void TestWizardTruth::checkGrader_namesTheFieldTheTrainingExamplesLack()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->draft().method = core::MethodType::Reinforcement;
    w->draft().model = QStringLiteral("o4-mini-2025-04-16");
    w->draft().training.kind = core::DataSource::Kind::Local;
    w->draft().training.localPath = data(QStringLiteral("capitals.jsonl"), test::rftJsonl(12));
    w->setStartId(Page::HyperparametersPageId);
    w->restart();

    // The template reads {{item.reference_answer}}; these examples call the answer "answer".
    QString verdict = checkGrader(d, QStringLiteral("-"));
    QVERIFY2(verdict.contains(QStringLiteral("\"reference_answer\"")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("12 of 12")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("line 1")), qPrintable(verdict));
    d.screenshot(QStringLiteral("wizard-grader-vs-data"), QSize(1100, 820));

    auto *reference = d.find<QLineEdit>(QStringLiteral("graderReference"));
    QVERIFY(reference);
    reference->selectAll();
    QTest::keyClicks(reference, QStringLiteral("{{item.answer}}"));
    verdict = checkGrader(d, QStringLiteral("-"));
    QVERIFY2(verdict.contains(QStringLiteral("all 12 training examples")), qPrintable(verdict));
    QVERIFY2(!verdict.contains(QStringLiteral("reference_answer")), qPrintable(verdict));
}

void TestWizardTruth::rftValidation_neverKeepsAGreyedOutNone()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->draft().method = core::MethodType::Reinforcement;
    w->draft().model = QStringLiteral("o4-mini-2025-04-16");
    w->draft().validation.kind = core::DataSource::Kind::None; // chosen earlier, under SFT
    w->setStartId(Page::ValidationPageId);
    w->restart();
    auto *none = d.find<QRadioButton>(QStringLiteral("validationNone"));
    QVERIFY(!none->isEnabled());
    QVERIFY(!none->isChecked());
    QVERIFY(d.find<QRadioButton>(QStringLiteral("validationLocal"))->isChecked());
    QCOMPARE(w->draft().validation.kind, core::DataSource::Kind::Local);
    QVERIFY(!d.canGoNext()); // still no validation data: a file must be chosen
}

ui::FineTuneWizard *TestWizardTruth::openSft(WizardDriver &d, Page page,
                                             const std::function<void(core::FineTuneDraft &)> &more)
{
    ui::FineTuneWizard *w = d.open();
    w->draft().method = core::MethodType::Supervised;
    w->draft().model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    w->draft().trainingType = QStringLiteral("globalStandard");
    w->draft().seed = 7;
    if (more)
        more(w->draft());
    w->setStartId(page);
    w->restart();
    return w;
}

// The review's summary once its estimate has settled.
QString TestWizardTruth::reviewText(WizardDriver &d)
{
    auto *summary = d.find<QTextBrowser>(QStringLiteral("reviewSummary"));
    if (!summary)
        return QStringLiteral("(no summary)");
    (void)QTest::qWaitFor(
        [summary] {
            const QString t = summary->toPlainText();
            return t.contains(QStringLiteral("Tokens and cost")) || t.contains(QStringLiteral("No cost"))
                || t.contains(QStringLiteral("No token"));
        },
        20000);
    return summary->toPlainText();
}

void TestWizardTruth::review_withASplit_estimatesTheTrainingPart_andShowsNoWholeFileId()
{
    WizardDriver d;
    const QString path = data(QStringLiteral("forty.jsonl"), test::sftJsonl(40));
    openSft(d, Page::ReviewPageId, [&path](core::FineTuneDraft &draft) {
        draft.training.kind = core::DataSource::Kind::Local;
        draft.training.localPath = path;
        draft.training.fileId =
            QStringLiteral("file-thewholefile0001"); // uploaded before the split was chosen
        draft.validation.kind = core::DataSource::Kind::Split;
        draft.validation.splitPercent = 25;
    });
    const QString text = reviewText(d);
    QVERIFY2(text.contains(QStringLiteral("Tokens and cost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("left for training after the split")), qPrintable(text));
    const QString request = d.find<QPlainTextEdit>(QStringLiteral("reviewRequest"))->toPlainText();
    QVERIFY2(!request.contains(QStringLiteral("file-thewholefile0001")), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("<id of the training part")), qPrintable(request));
    QVERIFY2(request.contains(QStringLiteral("<id of the validation part")), qPrintable(request));
}

void TestWizardTruth::review_withAFileOnTheResource_estimatesIt()
{
    WizardDriver d;
    const auto file = test::await<core::File>([&](auto cb) {
        d.session().client().files().upload(data(QStringLiteral("on-the-resource.jsonl"), test::sftJsonl(12)),
                                            QStringLiteral("fine-tune"), &d.session(), cb);
    });
    QVERIFY2(file, qPrintable(file.error().toString()));
    openSft(d, Page::ReviewPageId, [&file](core::FineTuneDraft &draft) {
        draft.training.kind = core::DataSource::Kind::Existing;
        draft.training.fileId = file.value().id;
        draft.training.fileName = file.value().filename;
    });
    const QString text = reviewText(d);
    QVERIFY2(text.contains(QStringLiteral("Tokens and cost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12 examples")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Counted in the file on the resource")), qPrintable(text));
}

void TestWizardTruth::submit_withASplit_leavesNoWholeFileBehind()
{
    WizardDriver d;
    ui::FineTuneWizard *w = openSft(d, Page::TrainingPageId);
    QVERIFY(
        d.setLocalFile(QStringLiteral("training"), data(QStringLiteral("whole.jsonl"), test::sftJsonl(30))));
    QVERIFY(QTest::qWaitFor([w] { return !w->draft().training.fileId.isEmpty(); }, 30000));
    const QString whole = w->draft().training.fileId;
    w->draft().validation.kind = core::DataSource::Kind::Split;
    w->setStartId(Page::ReviewPageId);
    w->restart();
    QVERIFY(d.waitForNext());
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([w] { return w->submittedJob().has_value(); }, 30000));
    const core::FineTuningJob job = *w->submittedJob();
    QVERIFY(job.trainingFile != whole);
    QVERIFY(!job.validationFile.isEmpty());
    // The whole file is removed from the resource; the two parts the job uses stay.
    const auto stillThere = [&d](const QString &id) {
        const auto got =
            test::await<core::File>([&](auto cb) { d.session().client().files().get(id, &d.session(), cb); });
        return bool(got);
    };
    QVERIFY(QTest::qWaitFor([&] { return !stillThere(whole); }, 20000));
    QVERIFY(stillThere(job.trainingFile));
    QVERIFY(stillThere(job.validationFile));
}

void TestWizardTruth::browsingTheSameFileAgain_doesNotUploadItTwice()
{
    WizardDriver d;
    ui::FineTuneWizard *w = openSft(d, Page::TrainingPageId);
    const QString path = data(QStringLiteral("twice.jsonl"), test::sftJsonl(14, 5));
    QVERIFY(d.setLocalFile(QStringLiteral("training"), path));
    QVERIFY(QTest::qWaitFor([w] { return !w->draft().training.fileId.isEmpty(); }, 30000));
    const QString first = w->draft().training.fileId;

    // A second wizard, the same file chosen again: the upload of before is used.
    w = openSft(d, Page::TrainingPageId);
    QVERIFY(w->draft().training.fileId.isEmpty() || w->draft().training.fileId == first);
    w->draft().training.fileId.clear();
    QVERIFY(d.setLocalFile(QStringLiteral("training"), path));
    QVERIFY(QTest::qWaitFor([w] { return !w->draft().training.fileId.isEmpty(); }, 30000));
    QCOMPARE(w->draft().training.fileId, first);
    const QString status = d.find<QLabel>(QStringLiteral("trainingStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("not uploaded again")), qPrintable(status));
    const auto files = test::await<core::Page<core::File>>(
        [&](auto cb) { d.session().client().files().list({}, &d.session(), cb); });
    QVERIFY2(files, qPrintable(files.error().toString()));
    const auto named = std::count_if(files.value().data.begin(), files.value().data.end(),
                                     [](const core::File &f) { return f.filename == u"twice.jsonl"; });
    QCOMPARE(named, 1);

    // Other bytes under the same name are uploaded.
    const QString changed = data(QStringLiteral("twice.jsonl"), test::sftJsonl(15, 6));
    w = openSft(d, Page::TrainingPageId);
    w->draft().training.fileId.clear();
    QVERIFY(d.setLocalFile(QStringLiteral("training"), changed));
    QVERIFY(QTest::qWaitFor(
        [w, first] { return !w->draft().training.fileId.isEmpty() && w->draft().training.fileId != first; },
        30000));
}

QTEST_MAIN(TestWizardTruth)
#include "tst_wizard_truth.moc"
