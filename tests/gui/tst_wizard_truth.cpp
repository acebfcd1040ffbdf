// The wizard tells the truth about reinforcement fine-tuning: Check grader reads the chosen training
// examples and names the field they lack, and the validation page never keeps a greyed-out None.
#include "datagen.h"
#include "wizarddriver.h"
#include "wizardtest.h"

#include "wizard/finetunewizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ft;
using test::WizardDriver;
using Page = ui::FineTuneWizard::PageId;

class TestWizardTruth : public test::WizardTest
{
    Q_OBJECT

private slots:
    void checkGrader_namesTheFieldTheTrainingExamplesLack();
    void rftValidation_neverKeepsAGreyedOutNone();

private:
    static QString checkGrader(WizardDriver &d, const QString &before);
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

QTEST_MAIN(TestWizardTruth)
#include "tst_wizard_truth.moc"
