// View → Language takes effect at once: the window is built again in the chosen language where it was,
// on the same connection, tab and selected job, with the keys entered this session.
#include "appearance.h"
#include "appshell.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "session.h"

#include "dashboard/jobsview.h"
#include "emulator/emulatorthread.h"
#include "keyedemulator.h"

#include "api/client.h"
#include "core/jobtablemodel.h"
#include "datagen.h"
#include "waiting.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;

class TestLiveLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = test::startKeyedEmulator(m_dir.filePath(QStringLiteral("emulator")),
                                              QStringLiteral("entered-this-session"));
        QVERIFY(m_emulator);
    }

    void cleanupTestCase()
    {
        ui::appearance::installTranslators(*qApp, QStringLiteral("en"));
        QSettings().remove(QLatin1String(ui::appearance::kLanguageKey));
    }

    void choosingJapanese_rebuildsTheWindowInJapanese_whereItWas()
    {
        ui::ConnectionProfile p;
        p.id = QStringLiteral("live-language");
        p.name = QStringLiteral("Contoso West");
        p.source = ui::ConnectionProfile::Source::Saved;
        p.endpoint = m_emulator->baseUrl();
        ui::MemorySecretStore secrets;
        ui::AppShell shell({p}, secrets);
        shell.setSessionSecret(p.secretKey(), QStringLiteral("entered-this-session"));
        shell.show(p.id);
        ui::MainWindow *before = shell.window();
        before->setPollIntervals(200, 200);
        QVERIFY(QTest::qWaitForWindowExposed(before));

        // A job to select, made through the same service.
        api::Client other(p.connection(QStringLiteral("entered-this-session"), {}));
        const auto file = test::await<core::File>([&](auto cb) {
            other.files().upload(
                test::writeFile(m_dir.filePath(QStringLiteral("t.jsonl")), test::sftJsonl(10)),
                QStringLiteral("fine-tune"), &other, cb);
        });
        QVERIFY2(file, qPrintable(file.error().toString()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto f =
                    test::await<core::File>([&](auto cb) { other.files().get(file.value().id, &other, cb); });
                return f && f.value().status == u"processed";
            },
            20000));
        core::CreateJobRequest request;
        request.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
        request.trainingFile = file.value().id;
        const auto job =
            test::await<core::FineTuningJob>([&](auto cb) { other.jobs().create(request, &other, cb); });
        QVERIFY2(job, qPrintable(job.error().toString()));
        before->refresh();
        QVERIFY(QTest::qWaitFor([before, &job] { return before->jobsModel().rowOf(job.value().id) >= 0; },
                                20000));
        before->jobsView()->select(job.value().id);
        before->tabs()->setCurrentIndex(1);
        QCOMPARE(before->menuBar()->actions().first()->text(), QStringLiteral("&File"));

        QSignalSpy rebuilt(&shell, &ui::AppShell::windowRebuilt);
        QAction *japanese = before->findChild<QAction *>(QStringLiteral("language_ja_JP"));
        QVERIFY(japanese);
        japanese->trigger();
        QCOMPARE(rebuilt.count(), 1);
        ui::MainWindow *after = shell.window();
        QVERIFY(after != before);
        QVERIFY(QTest::qWaitForWindowExposed(after));
        QVERIFY2(after->menuBar()->actions().first()->text().contains(QStringLiteral("ファイル")),
                 qPrintable(after->menuBar()->actions().first()->text()));
        QCOMPARE(after->tabs()->currentIndex(), 1);
        QCOMPARE(after->session().profile().id, p.id);
        // The key entered this session came along: the new session reads the jobs, and the job is selected.
        QVERIFY(QTest::qWaitFor([after, &job] { return after->jobsView()->currentJobId() == job.value().id; },
                                20000));
        QVERIFY(!after->isOffline());
        QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
        after->grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/live-language-ja.png"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<emu::EmulatorThread> m_emulator;
};

QTEST_MAIN(TestLiveLanguage)
#include "tst_live_language.moc"
