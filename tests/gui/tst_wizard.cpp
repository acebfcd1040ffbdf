// The wizard driven through its widgets against the emulator: the whole flow for SFT, DPO and RFT,
// each page's rules, drafts, screenshots of every page, and a responsive GUI during a 200 MB upload.

#include "datagen.h"
#include "keyboard.h"
#include "testsecrets.h"
#include "waiting.h"
#include "wizarddriver.h"

#include "session.h"
#include "wizard/draftstore.h"
#include "wizard/finetunewizard.h"
#include "wizard/gradereditor.h"

#include "core/jsonutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace ft;
using test::waitUntil;
using test::WizardDriver;
using Page = ui::FineTuneWizard::PageId;

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeWizard_submitsWhatWasChosen_data();
    void wholeWizard_submitsWhatWasChosen();
    void suffix_isCheckedAgainstTheServiceRule_data();
    void suffix_isCheckedAgainstTheServiceRule();
    void seed_outOfRange_blocksNext();
    void method_andTier_unsupportedAreDisabledWithReason();
    void rft_withoutValidationData_isBlocked();
    void trainingFileWithErrors_blocksNext();
    void openai_skipsTierAndDeploy();
    void draft_isSavedAndResumed();
    void wholeWizard_byKeyboardAlone();
    void upload200MB_keepsTheEventLoopTurning();

private:
    QString data(const QString &name, const QByteArray &content)
    {
        return test::writeFile(m_dir.filePath(name), content);
    }
    QTemporaryDir m_dir;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestWizard::wholeWizard_submitsWhatWasChosen_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("tier");
    QTest::newRow("sft") << QStringLiteral("Supervised") << QStringLiteral("gpt-4.1-mini-2025-04-14")
                         << QStringLiteral("globalStandard");
    QTest::newRow("dpo") << QStringLiteral("Dpo") << QStringLiteral("gpt-4o-2024-08-06")
                         << QStringLiteral("standard");
    QTest::newRow("rft") << QStringLiteral("Reinforcement") << QStringLiteral("o4-mini-2025-04-16")
                         << QStringLiteral("standard");
}

void TestWizard::wholeWizard_submitsWhatWasChosen()
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

void TestWizard::suffix_isCheckedAgainstTheServiceRule_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("ok");
    QTest::newRow("azure fine") << int(api::ServiceKind::AzureV1) << QStringLiteral("my_model-2") << true;
    QTest::newRow("azure space") << int(api::ServiceKind::AzureV1) << QStringLiteral("my model") << false;
    QTest::newRow("azure dot") << int(api::ServiceKind::AzureV1) << QStringLiteral("v1.2") << false;
    QTest::newRow("azure 41") << int(api::ServiceKind::AzureV1) << QString(41, u'x') << false;
    QTest::newRow("openai dot") << int(api::ServiceKind::OpenAI) << QStringLiteral("v1.2") << true;
    QTest::newRow("openai 65") << int(api::ServiceKind::OpenAI) << QString(65, u'x') << false;
}

void TestWizard::suffix_isCheckedAgainstTheServiceRule()
{
    QFETCH(int, kind);
    QFETCH(QString, suffix);
    QFETCH(bool, ok);
    WizardDriver d{api::ServiceKind(kind)};
    ui::FineTuneWizard *w = d.open();
    w->setStartId(Page::SuffixPageId);
    w->restart();
    QVERIFY(d.typeInto(QStringLiteral("suffix"), suffix));
    QCOMPARE(d.canGoNext(), ok);
    const QString state = d.find<QLabel>(QStringLiteral("suffixState"))->text();
    QVERIFY(!state.isEmpty());
    if (!ok)
        QVERIFY2(state.contains(QStringLiteral("suffix")) || state.contains(QStringLiteral("characters")),
                 qPrintable(state));
}

void TestWizard::seed_outOfRange_blocksNext()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->setStartId(Page::SuffixPageId);
    w->restart();
    for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("2147483648"), QStringLiteral("12ab")}) {
        QVERIFY(d.typeInto(QStringLiteral("seed"), bad));
        QVERIFY2(!d.canGoNext(), qPrintable(bad));
        QVERIFY(d.find<QLabel>(QStringLiteral("seedState"))->text().contains(QStringLiteral("2147483647")));
    }
    QVERIFY(d.typeInto(QStringLiteral("seed"), QStringLiteral("2147483647")));
    QVERIFY(d.canGoNext());
    QVERIFY(d.typeInto(QStringLiteral("seed"), QString()));
    QVERIFY(d.canGoNext()); // empty: random
}

void TestWizard::method_andTier_unsupportedAreDisabledWithReason()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    // DPO: models without DPO are listed but disabled.
    QVERIFY(d.click(QStringLiteral("methodDpo")));
    QVERIFY(d.next());
    auto *view = d.find<QTreeView>(QStringLiteral("modelList"));
    QVERIFY(QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 10000));
    const QModelIndexList nano = view->model()->match(view->model()->index(0, 0), Qt::UserRole + 1,
                                                      QStringLiteral("gpt-4.1-nano-2025-04-14"), 1,
                                                      Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(nano.size(), 1);
    QVERIFY(!(nano.first().flags() & Qt::ItemIsEnabled));
    QVERIFY(nano.first().data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be trained")));
    QVERIFY(!d.selectModel(QStringLiteral("gpt-4.1-nano-2025-04-14")));
    // gpt-4o trains DPO, but not on the Developer tier.
    QVERIFY(d.selectModel(QStringLiteral("gpt-4o-2024-08-06")));
    QVERIFY(d.next());
    QVERIFY(!d.find<QRadioButton>(QStringLiteral("tier_developerTier"))->isEnabled());
    QVERIFY(d.find<QRadioButton>(QStringLiteral("tier_globalStandard"))->isEnabled());
    // Back on the method page, what gpt-4o cannot do is disabled, with the reason.
    w->back();
    w->back();
    QCOMPARE(d.pageId(), int(Page::MethodPageId));
    QVERIFY(!d.find<QRadioButton>(QStringLiteral("methodReinforcement"))->isEnabled());
    auto *reason = d.find<QLabel>(QStringLiteral("methodReinforcementReason"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(QStringLiteral("GPT-4o")));
    QVERIFY(d.find<QRadioButton>(QStringLiteral("methodDpo"))->isEnabled());
}

void TestWizard::rft_withoutValidationData_isBlocked()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->draft().method = core::MethodType::Reinforcement;
    w->draft().model = QStringLiteral("o4-mini-2025-04-16");
    w->setStartId(Page::ValidationPageId);
    w->restart();
    QVERIFY(!d.find<QRadioButton>(QStringLiteral("validationNone"))->isEnabled());
    QVERIFY(d.find<QRadioButton>(QStringLiteral("validationNone"))
                ->toolTip()
                .contains(QStringLiteral("needs validation")));
    QVERIFY(!d.canGoNext());
}

void TestWizard::trainingFileWithErrors_blocksNext()
{
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->setStartId(Page::TrainingPageId);
    w->restart();
    QList<QByteArray> lines = test::sftJsonl(12).split('\n');
    lines[6] =
        R"({"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y","weight":3}]})";
    QVERIFY(d.setLocalFile(QStringLiteral("training"), data(QStringLiteral("bad.jsonl"), lines.join('\n'))));
    auto *status = d.find<QLabel>(QStringLiteral("trainingStatus"));
    QVERIFY(QTest::qWaitFor([status] { return status->text().contains(QStringLiteral("Fix the errors")); },
                            20000));
    QVERIFY(!d.canGoNext());
    auto *findings = d.find<QTreeWidget>(QStringLiteral("checkFindings"));
    QVERIFY(findings->topLevelItemCount() >= 1);
    QCOMPARE(findings->topLevelItem(0)->text(0), QStringLiteral("7"));
    QCOMPARE(findings->topLevelItem(0)->text(1), QStringLiteral("messages[1].weight"));
    d.screenshot(QStringLiteral("wizard-4-training-errors"), QSize(1280, 800));
}

void TestWizard::openai_skipsTierAndDeploy()
{
    WizardDriver d(api::ServiceKind::OpenAI, false);
    d.open();
    QVERIFY(d.click(QStringLiteral("methodSupervised")));
    QVERIFY(d.next());
    QVERIFY(d.selectModel(QStringLiteral("gpt-4.1-nano-2025-04-14")));
    QVERIFY(d.next());
    QCOMPARE(d.pageId(), int(Page::TrainingPageId)); // no tier on OpenAI
    QVERIFY(d.click(QStringLiteral("trainingExisting")));
    auto *files = d.find<QComboBox>(QStringLiteral("trainingExistingFiles"));
    QVERIFY(files);
    QVERIFY(!d.find<QRadioButton>(QStringLiteral("trainingImport"))->isEnabled()); // classic only
}

void TestWizard::draft_isSavedAndResumed()
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

void TestWizard::wholeWizard_byKeyboardAlone()
{
    // Issue 7, acceptance 3: from the first page to a submitted job with key presses only — mnemonics,
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

void TestWizard::upload200MB_keepsTheEventLoopTurning()
{
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block = test::sftJsonl(2000);
        for (qint64 i = 0; f.size() < 200LL * 1024 * 1024; ++i)
            f.write(QByteArray(block).replace("capital", QByteArray("capital" + QByteArray::number(i))));
    }
    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->setStartId(Page::TrainingPageId);
    w->restart();
    // A timer that should fire every 20 ms: the longest gap is how long the GUI was frozen.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        worstGap = std::max(worstGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(20);
    auto *bar = d.find<QProgressBar>(QStringLiteral("trainingProgress"));
    QSet<int> seen;
    qint64 uploadStarted = 0;
    QObject::connect(bar, &QProgressBar::valueChanged, bar, [&](int v) {
        if (bar->format().startsWith(QStringLiteral("Uploading"))) {
            if (seen.isEmpty())
                uploadStarted = clock.elapsed();
            seen.insert(v);
        }
    });
    QVERIFY(d.setLocalFile(QStringLiteral("training"), path));
    last = clock.elapsed();
    worstGap = 0;
    // A real event loop (QTest::qWaitFor sleeps between rounds, which would throttle the upload: QNAM
    // reads the file on this thread).
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!w->draft().training.fileId.isEmpty() || clock.elapsed() > 240000)
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    QVERIFY(!w->draft().training.fileId.isEmpty());
    ticker.stop();
    qInfo("200 MB check and upload: %lld ms (upload from %lld ms), longest event-loop gap %lld ms, %lld "
          "progress values",
          static_cast<long long>(clock.elapsed()), static_cast<long long>(uploadStarted),
          static_cast<long long>(worstGap), static_cast<long long>(seen.size()));
    QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("the GUI froze for %1 ms").arg(worstGap)));
    QVERIFY2(seen.size() >= 4, "the progress bar should move visibly during the upload");
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
