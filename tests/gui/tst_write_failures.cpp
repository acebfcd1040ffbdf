// When the app cannot save its own files (a full disk), the user is told where they look: the wizard
// says its draft is not saved and saves it on request; the main window's banner says the offline copy
// of the jobs is not current, and goes once it is saved again. The previous files stay whole.

#include "injectedwritefailure.h"
#include "testsecrets.h"
#include "waiting.h"
#include "wizarddriver.h"

#include "mainwindow.h"
#include "memorysecretstore.h"
#include "wizard/draftstore.h"
#include "wizard/finetunewizard.h"

#include "core/localcache.h"
#include "emulator/emulatorthread.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::waitUntil;
using Page = ui::FineTuneWizard::PageId;

class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizard_draftNotSaved_saysSoAndSavesOnRetry();
    void mainWindow_offlineCopyNotSaved_bannerSaysWhyUntilSaved();
};

void TestWriteFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestWriteFailures::wizard_draftNotSaved_saysSoAndSavesOnRetry()
{
    test::WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    QAbstractButton *warning = nullptr;
    {
        test::InjectedWriteFailure full(QStringLiteral("/drafts/wizard\\.json$"), 10);
        QVERIFY(d.click(QStringLiteral("methodSupervised")));
        QVERIFY(d.next()); // a new page saves the draft at once
        QCOMPARE(d.pageId(), int(Page::ModelPageId));
        warning = d.find<QAbstractButton>(QStringLiteral("draftNotSaved"));
        QVERIFY(warning);
        QVERIFY(waitUntil([warning] { return warning->isVisible(); }, 5000));
        QVERIFY2(warning->text().contains(QStringLiteral("not saved")), qPrintable(warning->text()));
        QVERIFY2(warning->toolTip().contains(QStringLiteral("disk is full")), qPrintable(warning->toolTip()));
        QVERIFY(QFile::exists(d.screenshot(QStringLiteral("wizard-draft-not-saved"), QSize(1280, 800))));
        // What was saved before is still there, whole.
        const auto kept = ui::DraftStore(ui::DraftStore::defaultPath()).load();
        QVERIFY(kept);
        QCOMPARE(kept->page, int(Page::MethodPageId));
    }
    QTest::mouseClick(warning, Qt::LeftButton);
    QVERIFY(waitUntil([warning] { return !warning->isVisible(); }, 5000));
    const auto saved = ui::DraftStore(ui::DraftStore::defaultPath()).load();
    QVERIFY(saved);
    QCOMPARE(saved->page, int(Page::ModelPageId));
    QCOMPARE(w->currentId(), int(Page::ModelPageId));
}

void TestWriteFailures::mainWindow_offlineCopyNotSaved_bannerSaysWhyUntilSaved()
{
    QTemporaryDir dir;
    emu::Emulator::Options o;
    o.dataDir = dir.filePath(QStringLiteral("emulator"));
    o.speed = 50;
    emu::EmulatorThread emulator(o);
    QVERIFY(emulator.start());
    ui::ConnectionProfile p;
    p.id = QStringLiteral("write-failures");
    p.name = QStringLiteral("Write failures");
    p.source = ui::ConnectionProfile::Source::LocalEmulator;
    p.kind = api::ServiceKind::AzureV1;
    p.endpoint = emulator.baseUrl();
    const QString cacheDir = core::LocalCache::defaultDirectory(p.id);
    QDir(cacheDir).removeRecursively();

    ui::MemorySecretStore secrets;
    auto window = std::make_unique<ui::MainWindow>(QList<ui::ConnectionProfile>{p}, secrets);
    window->setSessionSecret(p.secretKey(), QString::fromLatin1(test::kTestApiKey));
    window->setPollIntervals(200, 200);
    window->resize(1100, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *banner = window->findChild<QLabel *>(QStringLiteral("banner"));
    QVERIFY(banner);
    {
        test::InjectedWriteFailure full(QRegularExpression::escape(cacheDir));
        window->useProfile(p.id);
        QVERIFY(waitUntil(
            [banner] {
                return banner->isVisible() && banner->text().contains(QStringLiteral("jobs.json"))
                    && banner->text().contains(QStringLiteral("disk is full"));
            },
            10000));
        QVERIFY(!QFile::exists(cacheDir + QStringLiteral("/jobs.json")));
    }
    // Space again: the next poll saves the copy and the banner goes.
    QVERIFY(waitUntil([banner] { return !banner->isVisible(); }, 10000));
    QVERIFY(waitUntil([&] { return QFile::exists(cacheDir + QStringLiteral("/jobs.json")); }, 10000));
    window.reset();
}

QTEST_MAIN(TestWriteFailures)
#include "tst_write_failures.moc"
