// Each wizard page's own rules, driven through its widgets against the emulator: what blocks Next and
// why, what is disabled and why, and a responsive GUI while a 200 MB file is checked and uploaded.

#include "datatable.h"
#include "wizardsuite.h"

#include "session.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QSet>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace ft;
using namespace ft::test;

class TestWizardPages : public WizardTest
{
    Q_OBJECT

private slots:
    void suffix_isCheckedAgainstTheServiceRule_data();
    void suffix_isCheckedAgainstTheServiceRule();
    void seed_outOfRange_blocksNext();
    void method_andTier_unsupportedAreDisabledWithReason();
    void rft_withoutValidationData_isBlocked();
    void trainingFileWithErrors_blocksNext();
    void openai_skipsTierAndDeploy();
    void upload200MB_keepsTheEventLoopTurning();
    void modelSearch_hidingTheChoice_blocksNext();
};

void TestWizardPages::modelSearch_hidingTheChoice_blocksNext()
{
    WizardDriver d;
    d.open();
    QVERIFY(d.next());
    auto *view = d.find<QTreeView>(QStringLiteral("modelList"));
    QVERIFY(QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 10000));
    QVERIFY(d.selectModel(QStringLiteral("gpt-4.1-mini-2025-04-14")));
    QVERIFY(d.canGoNext());
    // A search that hides the chosen row: nothing shown is chosen, so Next waits.
    QVERIFY(d.typeInto(QStringLiteral("modelSearch"), QStringLiteral("nano")));
    QVERIFY(!d.canGoNext());
    QVERIFY(!view->selectionModel()->hasSelection());
    QVERIFY(d.find<QLabel>(QStringLiteral("modelDetail"))->text().contains(QStringLiteral("search hides")));
    // Picking a shown row goes on.
    QVERIFY(d.selectModel(QStringLiteral("gpt-4.1-nano-2025-04-14")));
    QVERIFY(d.canGoNext());
}

void TestWizardPages::suffix_isCheckedAgainstTheServiceRule_data()
{
    test::addColumns<int, QString, bool>("kind", "suffix", "ok");
    QTest::newRow("azure fine") << int(api::ServiceKind::AzureV1) << QStringLiteral("my_model-2") << true;
    QTest::newRow("azure space") << int(api::ServiceKind::AzureV1) << QStringLiteral("my model") << false;
    QTest::newRow("azure dot") << int(api::ServiceKind::AzureV1) << QStringLiteral("v1.2") << false;
    QTest::newRow("azure 41") << int(api::ServiceKind::AzureV1) << QString(41, u'x') << false;
    QTest::newRow("openai dot") << int(api::ServiceKind::OpenAI) << QStringLiteral("v1.2") << true;
    QTest::newRow("openai 65") << int(api::ServiceKind::OpenAI) << QString(65, u'x') << false;
}

void TestWizardPages::suffix_isCheckedAgainstTheServiceRule()
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

void TestWizardPages::seed_outOfRange_blocksNext()
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

void TestWizardPages::method_andTier_unsupportedAreDisabledWithReason()
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

void TestWizardPages::rft_withoutValidationData_isBlocked()
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

void TestWizardPages::trainingFileWithErrors_blocksNext()
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

void TestWizardPages::openai_skipsTierAndDeploy()
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

void TestWizardPages::upload200MB_keepsTheEventLoopTurning()
{
    const QString path = scratchPath(QStringLiteral("big.jsonl"));
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

QTEST_MAIN(TestWizardPages)
#include "tst_wizard_pages.moc"
