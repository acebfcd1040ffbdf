// Before the first job: the Jobs tab says what the built-in emulator is and offers the two ways to
// start, the sample data for each method among them; in English and in Japanese.
#include "appearance.h"
#include "dashboard/emptystate.h"

#include "core/sampledata.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ft;

class TestEmptyState final : public QObject
{
    Q_OBJECT

private slots:
    void offersAFineTuneAndEverySample_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja_JP");
    }

    void offersAFineTuneAndEverySample()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::appearance::installTranslators(*qApp, language), language);
        ui::EmptyState empty;
        empty.setLocalEmulator(true);
        empty.resize(900, 520);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        const QString about = empty.findChild<QLabel *>(QStringLiteral("emptyStateText"))->text();
        QVERIFY(about.contains(QStringLiteral("Azure OpenAI")));
        if (language == u"en")
            QVERIFY(about.contains(QStringLiteral("built-in emulator")));
        else
            QVERIFY(!about.contains(QStringLiteral("built-in emulator"))); // translated

        QSignalSpy fineTune(&empty, &ui::EmptyState::fineTuneRequested);
        QTest::mouseClick(empty.findChild<QPushButton *>(QStringLiteral("emptyFineTune")), Qt::LeftButton);
        QCOMPARE(fineTune.count(), 1);

        QMenu *samples = empty.findChild<QPushButton *>(QStringLiteral("emptySample"))->menu();
        QVERIFY(samples);
        QCOMPARE(samples->actions().size(), int(core::SampleData::all().size()));
        QSignalSpy sample(&empty, &ui::EmptyState::sampleRequested);
        for (QAction *a : samples->actions()) {
            QVERIFY(!a->text().isEmpty());
            a->trigger();
        }
        QCOMPARE(sample.count(), 3);
        QCOMPARE(sample.at(2).at(0).value<core::MethodType>(), core::MethodType::Reinforcement);

        QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
        QVERIFY(empty.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/empty-state-%1.png").arg(language)));
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
