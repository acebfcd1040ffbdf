// The main window and every wizard page in each shipped language and in dark
// mode — screenshots under build/screenshots/appearance/, and in each of them no cut-off label or button
// and no mnemonic shared by two controls.

#include "datagen.h"
#include "datatable.h"
#include "keyboard.h"
#include "testsecrets.h"
#include "waiting.h"
#include "wizarddriver.h"

#include "appearance.h"
#include "connectionsdialog.h"
#include "dashboard/metricspanel.h"
#include "dashboard/statusbadgedelegate.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "session.h"

#include "api/client.h"
#include "core/jobtablemodel.h"

#include <QApplication>

#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>
#include <cmath>

using namespace ft;
using Page = ui::FineTuneWizard::PageId;
using test::waitUntil;

namespace {

// The app's and Qt's translations for one language, for as long as it lives.
class Language
{
public:
    explicit Language(const QString &code)
    {
        if (code == u"en")
            return;
        QVERIFY2(m_ours.load(QStringLiteral(":/i18n/finetune-studio_") + code), qPrintable(code));
        QCoreApplication::installTranslator(&m_ours);
        if (m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(code));
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_ours);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    QTranslator m_ours;
    QTranslator m_qt;
};

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void screens_data();
    void screens();
    void rftHyperparameters_data() { screens_data(); }
    void rftHyperparameters();
    void badges_areReadableInBothThemes();
    void checks_findWhatTheyLookFor();

private:
    void look(QWidget *w, const QString &name);
    QDir m_shots;
    QStringList m_problems;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shots.setPath(QStringLiteral(FT_SCREENSHOT_DIR "/appearance"));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
}

void TestAppearance::cleanup()
{
    ui::appearance::applyTheme(ui::appearance::Theme::Light);
}

void TestAppearance::screens_data()
{
    test::addColumns<QString, bool>("language", "dark");
    for (const QString &code :
         {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja_JP"), QStringLiteral("sv_SE")})
        QTest::newRow(qPrintable(code)) << code << false;
    QTest::newRow("en-dark") << QStringLiteral("en") << true;
    QTest::newRow("ja_JP-dark") << QStringLiteral("ja_JP") << true;
}

void TestAppearance::look(QWidget *w, const QString &name)
{
    test::settle(150);
    const QStringList cut = test::truncatedTexts(w);
    const QStringList clashes = test::mnemonicClashes(w);
    for (const QString &c : cut)
        m_problems << name + QStringLiteral(": cut off: ") + c;
    for (const QString &c : clashes)
        m_problems << name + QStringLiteral(": mnemonic clash: ") + c;
    for (const QString &c : test::unnamedControls(w))
        m_problems << name + QStringLiteral(": accessibility: ") + c;
    QVERIFY(w->grab().save(m_shots.filePath(name + QStringLiteral(".png"))));
}

void TestAppearance::screens()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    const QString tag = language + (dark ? QStringLiteral("-dark") : QString());
    Language lang(language);
    ui::appearance::applyTheme(dark ? ui::appearance::Theme::Dark : ui::appearance::Theme::Light);
    QCOMPARE(ui::appearance::isDark(), dark);
    m_problems.clear();

    test::WizardDriver d;
    // The main window with a job in it.
    {
        const QString path =
            test::writeFile(QDir::temp().filePath(QStringLiteral("appearance.jsonl")), test::sftJsonl(12));
        auto file = test::await<core::File>([&](auto cb) {
            d.session().client().files().upload(path, QStringLiteral("fine-tune"), &d.session(), cb);
        });
        QVERIFY(file);
        QVERIFY(waitUntil([&] {
            auto f = test::await<core::File>(
                [&](auto cb) { d.session().client().files().get(file.value().id, &d.session(), cb); });
            return f && f.value().isReady();
        }));
        core::CreateJobRequest req;
        req.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
        req.trainingFile = file.value().id;
        req.suffix = QStringLiteral("look");
        QVERIFY(test::await<core::FineTuningJob>(
            [&](auto cb) { d.session().client().jobs().create(req, &d.session(), cb); }));
    }
    ui::MemorySecretStore secrets;
    ui::ConnectionProfile p;
    p.id = QStringLiteral("appearance");
    p.name = QStringLiteral("Local emulator");
    p.source = ui::ConnectionProfile::Source::LocalEmulator;
    p.endpoint = d.endpoint();
    {
        ui::MainWindow window({p}, secrets);
        window.setSessionSecret(p.secretKey(), QString::fromLatin1(test::kTestApiKey));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.useProfile(p.id);
        QVERIFY(waitUntil([&] { return !window.session().jobs().isEmpty(); }));
        test::settle(600);
        look(&window, QStringLiteral("main-") + tag);
        // Every tab of the job detail, then every tab of the window.
        if (auto *jobTabs = window.findChild<QTabWidget *>(QStringLiteral("jobTabs"))) {
            for (int i = 1; i < jobTabs->count(); ++i) {
                jobTabs->setCurrentIndex(i);
                look(&window, QStringLiteral("main-%1-job-tab%2").arg(tag).arg(i));
            }
            jobTabs->setCurrentIndex(0);
        }
        for (int i = 1; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            look(&window, QStringLiteral("main-%1-tab%2").arg(tag).arg(i));
        }
        ui::ConnectionsDialog connections({p}, secrets, p.id, &window);
        connections.show();
        QVERIFY(QTest::qWaitForWindowExposed(&connections));
        QTest::mouseClick(connections.findChild<QPushButton *>(QStringLiteral("addConnection")),
                          Qt::LeftButton);
        look(&connections, QStringLiteral("connections-") + tag);
    }

    // The charts of a results.csv (three epochs of twenty steps).
    {
        QByteArray csv = "step,train_loss,train_mean_token_accuracy,valid_loss,valid_mean_token_accuracy,"
                         "full_valid_loss,full_valid_mean_token_accuracy\n";
        for (int step = 1; step <= 60; ++step) {
            const double loss = 2.2 * std::exp(-step / 18.0) + 0.15 + 0.05 * std::sin(step);
            const bool epochEnd = step % 20 == 0;
            csv += QByteArray::number(step) + ',' + QByteArray::number(loss) + ','
                + QByteArray::number(1.0 - loss / 3.0) + ',' + QByteArray::number(loss + 0.1) + ','
                + QByteArray::number(0.95 - loss / 3.0) + ','
                + (epochEnd ? QByteArray::number(loss + 0.08) : "") + ','
                + (epochEnd ? QByteArray::number(0.96 - loss / 3.0) : "") + '\n';
        }
        ui::MetricsPanel panel;
        QVERIFY(panel.setResults(csv, 20));
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        look(&panel, QStringLiteral("metrics-") + tag);
    }

    // Every wizard page.
    ui::FineTuneWizard *w = d.open();
    w->resize(1000, 720);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto page = [&](const char *name) {
        look(w, QStringLiteral("wizard-%1-%2").arg(tag, QLatin1String(name)));
    };
    QVERIFY(d.click(QStringLiteral("methodSupervised")));
    page("1-method");
    QVERIFY(d.next());
    QVERIFY(d.selectModel(QStringLiteral("gpt-4.1-mini-2025-04-14")));
    page("2-model");
    QVERIFY(d.next());
    QVERIFY(d.click(QStringLiteral("tier_developerTier")));
    page("3-tier");
    QVERIFY(d.next());
    QVERIFY(d.setLocalFile(QStringLiteral("training"),
                           test::writeFile(QDir::temp().filePath(QStringLiteral("appearance-train.jsonl")),
                                           test::sftJsonl(14, 3))));
    QVERIFY(d.waitForNext());
    page("4-training");
    QVERIFY(d.next());
    QVERIFY(d.click(QStringLiteral("validationSplit")));
    page("5-validation");
    QVERIFY(d.click(QStringLiteral("validationNone")));
    QVERIFY(d.next());
    QVERIFY(d.typeInto(QStringLiteral("suffix"), QStringLiteral("look")));
    page("6-suffix");
    QVERIFY(d.next());
    QVERIFY(d.click(QStringLiteral("hyperCustom"))); // the custom fields shown
    page("7-hyperparameters");
    QVERIFY(d.next());
    page("8-deploy");
    QVERIFY(d.click(QStringLiteral("deployOff")));
    QVERIFY(d.next());
    page("9-review");
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestAppearance::rftHyperparameters()
{
    // The busiest page: reinforcement fine-tuning's hyperparameters with the grader editor.
    QFETCH(QString, language);
    QFETCH(bool, dark);
    const QString tag = language + (dark ? QStringLiteral("-dark") : QString());
    Language lang(language);
    ui::appearance::applyTheme(dark ? ui::appearance::Theme::Dark : ui::appearance::Theme::Light);
    m_problems.clear();
    test::WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->resize(1000, 720);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(d.click(QStringLiteral("methodReinforcement")));
    QVERIFY(d.next());
    QVERIFY(d.selectModel(QStringLiteral("o4-mini-2025-04-16")));
    QVERIFY(d.next());
    QVERIFY(d.click(QStringLiteral("tier_standard")));
    QVERIFY(d.next());
    QVERIFY(
        d.setLocalFile(QStringLiteral("training"),
                       test::writeFile(QDir::temp().filePath(QStringLiteral("appearance-rft-train.jsonl")),
                                       test::rftJsonl(12, 5))));
    QVERIFY(d.waitForNext());
    QVERIFY(d.next());
    QVERIFY(
        d.setLocalFile(QStringLiteral("validation"),
                       test::writeFile(QDir::temp().filePath(QStringLiteral("appearance-rft-valid.jsonl")),
                                       test::rftJsonl(10, 6))));
    QVERIFY(d.waitForNext());
    QVERIFY(d.next());
    QVERIFY(d.typeInto(QStringLiteral("suffix"), QStringLiteral("rft-look")));
    QVERIFY(d.next());
    QCOMPARE(d.pageId(), int(Page::HyperparametersPageId));
    QVERIFY(d.click(QStringLiteral("hyperCustom")));
    look(w, QStringLiteral("wizard-%1-7-hyperparameters-rft").arg(tag));
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestAppearance::badges_areReadableInBothThemes()
{
    // The badge text is white on the state's colour, whatever the palette: each colour must give enough
    // contrast (WCAG AA for large bold text: 3:1) against white.
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    for (int state = int(core::JobState::Unknown); state <= int(core::JobState::Cancelled); ++state) {
        const QColor fill = ui::StatusBadgeDelegate::colorFor(state);
        const double contrast = (1.05) / (luminance(fill) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("state %1: %2").arg(state).arg(contrast)));
    }
}

void TestAppearance::checks_findWhatTheyLookFor()
{
    // The checks above could pass by looking at nothing: here each one finds a planted fault.
    QWidget w;
    auto *layout = new QVBoxLayout(&w);
    auto *bare = new QLineEdit(&w); // no label, no name
    layout->addWidget(bare);
    auto *a = new QPushButton(QStringLiteral("&Apply"), &w);
    auto *b = new QPushButton(QStringLiteral("&About"), &w); // Alt+A twice
    auto *cut = new QPushButton(QStringLiteral("A rather long button text"), &w);
    layout->addWidget(a);
    layout->addWidget(b);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    cut->setGeometry(0, 0, 20, 20);
    cut->show();
    for (QPushButton *button : {a, b, cut})
        button->setToolTip(QStringLiteral("described"));
    QCOMPARE(test::unnamedControls(&w).size(), 2); // the bare field: no name, no description
    QCOMPARE(test::mnemonicClashes(&w).size(), 1);
    QVERIFY(test::mnemonicClashes(&w).first().startsWith(QStringLiteral("ALT+A")));
    QCOMPARE(test::truncatedTexts(&w).size(), 1);
    bare->setAccessibleName(QStringLiteral("Named"));
    QCOMPARE(test::unnamedControls(&w).size(), 1);
    bare->setToolTip(QStringLiteral("What it is for"));
    QVERIFY(test::unnamedControls(&w).isEmpty());
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
