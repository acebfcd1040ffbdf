// The wizard driven through its widgets against the emulator, from the first page to a submitted job:
// the whole flow for SFT, DPO and RFT (with screenshots of every page), by keyboard alone, and a draft
// saved on the way and resumed.

#include "datatable.h"
#include "keyboard.h"
#include "testsecrets.h"
#include "wizardsuite.h"

#include "session.h"
#include "wizard/draftstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace ft;
using namespace ft::test;

class TestWizardFlow : public WizardTest
{
    Q_OBJECT

private slots:
    void wholeWizard_submitsWhatWasChosen_data();
    void wholeWizard_submitsWhatWasChosen();
    void wholeWizard_byKeyboardAlone();
    void draft_isSavedAndResumed();
};

void TestWizardFlow::wholeWizard_submitsWhatWasChosen_data()
{
    test::addColumns<QString, QString, QString>("method", "model", "tier");
    QTest::newRow("sft") << QStringLiteral("Supervised") << QStringLiteral("gpt-4.1-mini-2025-04-14")
                         << QStringLiteral("globalStandard");
    QTest::newRow("dpo") << QStringLiteral("Dpo") << QStringLiteral("gpt-4o-2024-08-06")
                         << QStringLiteral("standard");
    QTest::newRow("rft") << QStringLiteral("Reinforcement") << QStringLiteral("o4-mini-2025-04-16")
                         << QStringLiteral("standard");
}

void TestWizardFlow::wholeWizard_submitsWhatWasChosen()
{
    QFETCH(QString, method);
    QFETCH(QString, model);
    QFETCH(QString, tier);
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    const bool shoot = method == u"Supervised";
    auto shots = [&](const char *name) {
        if (!shoot)
            return;
        for (QSize size : {QSize(1280, 800), QSize(800, 600)})
            QVERIFY(QFile::exists(d.screenshot(QStringLiteral("wizard-%1").arg(QLatin1String(name)), size)));
    };

    // 1. Method
    QVERIFY(d.click(QStringLiteral("method") + method));
    shots("1-method");
    QVERIFY(d.next());
    // 2. Base model
    QCOMPARE(d.pageId(), int(Page::ModelPageId));
    QVERIFY(d.selectModel(model));
    shots("2-model");
    QVERIFY(d.next());
    // 3. Training tier
    QCOMPARE(d.pageId(), int(Page::TierPageId));
    QVERIFY(d.click(QStringLiteral("tier_") + tier));
    shots("3-tier");
    QVERIFY(d.next());
    // 4. Training data: a local file, checked then uploaded
    const QByteArray train = method == u"Dpo" ? test::dpoJsonl(12)
        : method == u"Reinforcement"          ? test::rftJsonl(12)
                                              : test::sftJsonl(12);
    const QByteArray valid = method == u"Dpo" ? test::dpoJsonl(4, 3)
        : method == u"Reinforcement"          ? test::rftJsonl(4, 3)
                                              : test::sftJsonl(4, 3);
    QCOMPARE(d.pageId(), int(Page::TrainingPageId));
    QVERIFY(d.setLocalFile(QStringLiteral("training"), data(method + QStringLiteral("-train.jsonl"), train)));
    QVERIFY(d.waitForNext());
    QVERIFY(d.find<QLabel>(QStringLiteral("trainingStatus"))
                ->text()
                .contains(QStringLiteral("Uploaded as file-")));
    QVERIFY(d.find<QLabel>(QStringLiteral("checkSummary"))->text().contains(QStringLiteral("tokens")));
    shots("4-training");
    QVERIFY(d.next());
    // 5. Validation data
    QCOMPARE(d.pageId(), int(Page::ValidationPageId));
    QVERIFY(
        d.setLocalFile(QStringLiteral("validation"), data(method + QStringLiteral("-valid.jsonl"), valid)));
    QVERIFY(d.waitForNext());
    shots("5-validation");
    QVERIFY(d.next());
    // 6. Suffix and seed
    QCOMPARE(d.pageId(), int(Page::SuffixPageId));
    const QString suffix = QStringLiteral("wizard-") + method.toLower();
    QVERIFY(d.typeInto(QStringLiteral("suffix"), suffix));
    QVERIFY(d.typeInto(QStringLiteral("seed"), QStringLiteral("4242")));
    QVERIFY(d.find<QLabel>(QStringLiteral("modelNamePreview"))->text().endsWith(suffix));
    shots("6-suffix");
    QVERIFY(d.next());
    // 7. Hyperparameters
    QCOMPARE(d.pageId(), int(Page::HyperparametersPageId));
    QVERIFY(d.click(QStringLiteral("hyperCustom")));
    auto *epochs = d.find<QSpinBox>(QStringLiteral("epochs"));
    epochs->setFocus();
    epochs->selectAll();
    QTest::keyClicks(epochs, QStringLiteral("2"));
    if (method == u"Dpo") {
        auto *beta = d.find<QDoubleSpinBox>(QStringLiteral("beta"));
        beta->setValue(0.25);
    }
    if (method == u"Reinforcement") {
        auto *grader = d.find<QPlainTextEdit>(QStringLiteral("graderJson"));
        grader->setPlainText(QString::fromUtf8(test::stringCheckGrader()));
        QVERIFY(d.find<QLabel>(QStringLiteral("graderState"))->text().isEmpty());
    }
    shots("7-hyperparameters");
    QVERIFY(d.next());
    // 8. Auto-deploy
    QCOMPARE(d.pageId(), int(Page::DeployPageId));
    QVERIFY(d.click(QStringLiteral("deployOff")));
    shots("8-deploy");
    QVERIFY(d.next());
    // 9. Review and submit
    QCOMPARE(d.pageId(), int(Page::ReviewPageId));
    const QString request = d.find<QPlainTextEdit>(QStringLiteral("reviewRequest"))->toPlainText();
    QVERIFY(request.contains(QStringLiteral("POST ")));
    QVERIFY(request.contains(QStringLiteral("api-key: ••••")));
    QVERIFY(!request.contains(QString::fromLatin1(test::kTestApiKey)));
    QVERIFY(request.contains(suffix));
    shots("9-review");
    QVERIFY(d.waitForNext());
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([w] { return w->submittedJob().has_value(); }, 30000));

    // What the emulator received.
    const QString jobId = w->submittedJob()->id;
    auto job = test::await<core::FineTuningJob>(
        [&](auto cb) { d.session().client().jobs().get(jobId, &d.session(), cb); });
    QVERIFY2(job, qPrintable(job.error().toString()));
    const core::FineTuningJob &j = job.value();
    QCOMPARE(j.model, model);
    QCOMPARE(j.suffix, suffix);
    QCOMPARE(j.seed.value_or(-1), 4242);
    QCOMPARE(j.trainingType, tier);
    QCOMPARE(j.methodType(),
             method == u"Dpo"                 ? core::MethodType::Dpo
                 : method == u"Reinforcement" ? core::MethodType::Reinforcement
                                              : core::MethodType::Supervised);
    QCOMPARE(j.effectiveHyperparameters().nEpochs.number(), 2.0);
    if (method == u"Dpo")
        QCOMPARE(j.method->hyperparameters.beta.number(), 0.25);
    if (method == u"Reinforcement") {
        QVERIFY(j.method->grader);
        QCOMPARE(j.method->grader->reference, QStringLiteral("{{item.answer}}"));
    }
    QCOMPARE(j.trainingFile, w->draft().training.fileId);
    QCOMPARE(j.validationFile, w->draft().validation.fileId);
    QVERIFY(j.metadata && j.metadata->contains(QStringLiteral("ft_studio_request_id")));
    auto content = test::await<QByteArray>(
        [&](auto cb) { d.session().client().files().content(j.trainingFile, &d.session(), cb); });
    QCOMPARE(content.value(), train);
    QVERIFY(!QFile::exists(ui::DraftStore::defaultPath())); // a submitted draft is gone
}

void TestWizardFlow::wholeWizard_byKeyboardAlone()
{
    // From the first page to a submitted job with key presses only — mnemonics,
    // Tab, arrows, typing, Return. (The test reads which control has the focus, as a user sees it.)
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    auto focus = [w]() -> QWidget * {
        QWidget *f = QApplication::focusWidget();
        return f ? f : w;
    };
    auto press = [&](Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(focus(), key, mods);
    };
    auto alt = [&](Qt::Key key) { press(key, Qt::AltModifier); };
    auto tabTo = [&](const QString &name) {
        for (int i = 0; i < 80; ++i) {
            if (focus()->objectName() == name)
                return true;
            press(Qt::Key_Tab);
        }
        return false;
    };
    auto page = [&](Page id) { return waitUntil([&] { return w->currentId() == int(id); }, 20000); };
    auto noClashes = [&] {
        const QStringList clashes = test::mnemonicClashes(w);
        if (!clashes.isEmpty())
            qWarning().noquote() << "page" << w->currentId() << clashes;
        return clashes.isEmpty();
    };

    // 1. Method: Alt+S picks supervised; Alt+N goes on.
    QVERIFY(page(Page::MethodPageId));
    QVERIFY(noClashes());
    alt(Qt::Key_S);
    QVERIFY(d.find<QRadioButton>(QStringLiteral("methodSupervised"))->isChecked());
    alt(Qt::Key_N);
    // 2. Base model: type into the search box, Tab to the list, arrow to the model.
    QVERIFY(page(Page::ModelPageId));
    QVERIFY(noClashes());
    QVERIFY(tabTo(QStringLiteral("modelSearch")));
    QTest::keyClicks(focus(), QStringLiteral("gpt-4.1-mini"));
    QVERIFY(tabTo(QStringLiteral("modelList")));
    for (int i = 0; i < 20 && w->draft().model != u"gpt-4.1-mini-2025-04-14"; ++i) {
        press(Qt::Key_Down);
    }
    QCOMPARE(w->draft().model, QStringLiteral("gpt-4.1-mini-2025-04-14"));
    alt(Qt::Key_N);
    // 3. Tier: Tab into the radio group, arrows to Developer.
    QVERIFY(page(Page::TierPageId));
    QVERIFY(noClashes());
    QVERIFY(tabTo(QStringLiteral("tier_standard")) || tabTo(QStringLiteral("tier_globalStandard")));
    for (int i = 0; i < 4 && w->draft().trainingType != u"developerTier"; ++i)
        press(Qt::Key_Down);
    QCOMPARE(w->draft().trainingType, QStringLiteral("developerTier"));
    alt(Qt::Key_N);
    // 4. Training data: Alt+U (upload a local file), Tab to the path, type it, Return checks and uploads.
    QVERIFY(page(Page::TrainingPageId));
    QVERIFY(noClashes());
    const QString path = data(QStringLiteral("keyboard.jsonl"), test::sftJsonl(12, 9));
    alt(Qt::Key_U);
    QVERIFY(tabTo(QStringLiteral("trainingLocalPath")));
    QTest::keyClicks(focus(), path);
    press(Qt::Key_Return);
    QVERIFY(d.waitForNext());
    QVERIFY(!w->draft().training.fileId.isEmpty());
    alt(Qt::Key_N);
    // 5. Validation: Alt+O, none.
    QVERIFY(page(Page::ValidationPageId));
    QVERIFY(noClashes());
    alt(Qt::Key_O);
    QVERIFY(d.find<QRadioButton>(QStringLiteral("validationNone"))->isChecked());
    alt(Qt::Key_N);
    // 6. Suffix and seed: Alt+U jumps to the suffix (its label's buddy), Alt+E to the seed.
    QVERIFY(page(Page::SuffixPageId));
    QVERIFY(noClashes());
    alt(Qt::Key_U);
    QCOMPARE(focus()->objectName(), QStringLiteral("suffix"));
    QTest::keyClicks(focus(), QStringLiteral("by-keys"));
    alt(Qt::Key_E);
    QTest::keyClicks(focus(), QStringLiteral("77"));
    QVERIFY(d.waitForNext());
    alt(Qt::Key_N);
    // 7. Hyperparameters: Alt+D, the defaults.
    QVERIFY(page(Page::HyperparametersPageId));
    QVERIFY(noClashes());
    alt(Qt::Key_D);
    alt(Qt::Key_N);
    // 8. Auto-deploy: Alt+O, off.
    QVERIFY(page(Page::DeployPageId));
    QVERIFY(noClashes());
    alt(Qt::Key_O);
    QVERIFY(d.find<QRadioButton>(QStringLiteral("deployOff"))->isChecked());
    alt(Qt::Key_N);
    // 9. Review: Alt+S submits.
    QVERIFY(page(Page::ReviewPageId));
    QVERIFY(noClashes());
    QVERIFY(d.waitForNext());
    alt(Qt::Key_S);
    QVERIFY(waitUntil([w] { return w->submittedJob().has_value(); }, 30000));
    auto job = test::await<core::FineTuningJob>(
        [&](auto cb) { d.session().client().jobs().get(w->submittedJob()->id, &d.session(), cb); });
    QVERIFY2(job, qPrintable(job.error().toString()));
    QCOMPARE(job.value().model, QStringLiteral("gpt-4.1-mini-2025-04-14"));
    QCOMPARE(job.value().suffix, QStringLiteral("by-keys"));
    QCOMPARE(job.value().seed.value_or(-1), 77);
    QCOMPARE(job.value().trainingType, QStringLiteral("developerTier"));
}

void TestWizardFlow::draft_isSavedAndResumed()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    QVERIFY(d.click(QStringLiteral("methodSupervised")));
    QVERIFY(d.next());
    QVERIFY(d.selectModel(QStringLiteral("gpt-4.1-2025-04-14")));
    QVERIFY(d.next());
    QVERIFY(d.click(QStringLiteral("tier_developerTier")));
    QVERIFY(d.next());
    QVERIFY(
        d.setLocalFile(QStringLiteral("training"), data(QStringLiteral("draft.jsonl"), test::sftJsonl(11))));
    QVERIFY(d.waitForNext());
    QVERIFY(d.next());
    QVERIFY(d.click(QStringLiteral("validationNone")));
    QVERIFY(d.next());
    QVERIFY(d.typeInto(QStringLiteral("suffix"), QStringLiteral("kept")));
    QTest::qWait(400); // the draft is written shortly after a change
    const QString trainingId = w->draft().training.fileId;
    QVERIFY(!trainingId.isEmpty());

    // As after a crash: only the file on disk remains.
    ui::DraftStore store(ui::DraftStore::defaultPath());
    const auto saved = store.load();
    QVERIFY(saved);
    QCOMPARE(saved->model, QStringLiteral("gpt-4.1-2025-04-14"));
    QCOMPARE(saved->trainingType, QStringLiteral("developerTier"));
    QCOMPARE(saved->suffix, QStringLiteral("kept"));
    QCOMPARE(saved->training.fileId, trainingId);
    QCOMPARE(saved->page, int(Page::SuffixPageId));
    QFile raw(ui::DraftStore::defaultPath());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(test::kTestApiKey)); // never a secret

    auto *second = new ui::FineTuneWizard(d.session(), store);
    second->show();
    second->resume(*saved);
    QVERIFY(QTest::qWaitFor([second] { return second->currentId() == Page::SuffixPageId; }, 20000));
    QCOMPARE(second->findChild<QLineEdit *>(QStringLiteral("suffix"))->text(), QStringLiteral("kept"));
    second->back();
    QCOMPARE(second->currentId(), int(Page::ValidationPageId)); // Back works as if clicked through
    delete second;
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizard_flow.moc"
