// A key the service refuses (401) reads as a sign-in problem, not as the network, in the user's language,
// with the service's own words behind Details and a link to enter the key; a saved connection whose key
// is not stored (no keychain) asks for it at start instead of failing later.
#include "appearance.h"
#include "connectionsdialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "statusbanner.h"

#include "emulator/emulatorthread.h"
#include "keyedemulator.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;

class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = test::startKeyedEmulator(m_dir.filePath(QStringLiteral("emulator")),
                                              QStringLiteral("the-right-key"));
        QVERIFY(m_emulator);
    }

    void cleanup() { ui::appearance::installTranslators(*qApp, QStringLiteral("en")); }

    void refusedKey_isASignInProblem_inTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("notEnglish");
        QTest::newRow("en") << QStringLiteral("en") << QString();
        QTest::newRow("ja") << QStringLiteral("ja_JP") << QStringLiteral("Access denied");
    }

    void refusedKey_isASignInProblem_inTheUsersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, notEnglish);
        QCOMPARE(ui::appearance::installTranslators(*qApp, language), language);
        ui::MemorySecretStore secrets;
        const ui::ConnectionProfile p = profile(QStringLiteral("refused"));
        ui::MainWindow window({p}, secrets);
        window.setSessionSecret(p.secretKey(), QStringLiteral("a-wrong-key"));
        ui::StatusBanner *banner = showUntilSignIn(window, p);
        QVERIFY(banner);
        const QString shown = banner->text();
        QVERIFY2(shown.contains(QStringLiteral("401")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("Offline")), qPrintable(shown));
        // The service's English words are not in the banner until Details is opened.
        QVERIFY2(!shown.contains(QStringLiteral("Access denied")), qPrintable(shown));
        if (!notEnglish.isEmpty())
            QVERIFY2(!shown.contains(QStringLiteral("did not accept")), qPrintable(shown));
        emit banner->linkActivated(QStringLiteral("details"));
        QVERIFY2(banner->text().contains(QStringLiteral("Access denied due to invalid subscription key")),
                 qPrintable(banner->text()));
        QVERIFY(!window.windowTitle().contains(QStringLiteral("offline")));
        if (language == u"en")
            QVERIFY2(window.windowTitle().contains(QStringLiteral("sign-in")),
                     qPrintable(window.windowTitle()));
        QTest::qWait(100); // the banner grows to its new text
        QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
        window.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/signin-refused-%1.png").arg(language));
    }

    void missingKey_asksForIt()
    {
        ui::MemorySecretStore secrets; // holds nothing: as after a restart without a keychain
        const ui::ConnectionProfile p = profile(QStringLiteral("nokey"));
        ui::MainWindow window({p}, secrets);
        ui::StatusBanner *banner = showUntilSignIn(window, p);
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("no key is stored")), qPrintable(banner->text()));
        QSignalSpy asked(banner, &ui::StatusBanner::signInRequested);
        QObject::disconnect(banner, &ui::StatusBanner::signInRequested, &window,
                            nullptr); // no modal dialog here
        emit banner->linkActivated(QStringLiteral("signin"));
        QCOMPARE(asked.count(), 1);
    }

    void keyWithoutAKeychain_saysItIsKeptForThisSessionOnly()
    {
        ui::MemorySecretStore secrets; // what the app falls back to when no keychain service runs
        const ui::ConnectionProfile p = profile(QStringLiteral("session-only"));
        ui::ConnectionsDialog dialog({p}, secrets, p.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("connectionKey"));
        QVERIFY(key);
        key->setFocus();
        QTest::keyClicks(key, QStringLiteral("typed-key"));
        QTest::keyClick(key, Qt::Key_Return);
        QVERIFY2(key->placeholderText().contains(QStringLiteral("this session only")),
                 qPrintable(key->placeholderText()));
        const QString state = dialog.findChild<QLabel *>(QStringLiteral("connectionState"))->text();
        QVERIFY2(state.contains(QStringLiteral("this session only")), qPrintable(state));
        QCOMPARE(dialog.enteredSecrets().value(p.secretKey()), QStringLiteral("typed-key"));
    }

private:
    // Shows the window on the connection and waits for the banner to speak of signing in.
    static ui::StatusBanner *showUntilSignIn(ui::MainWindow &window, const ui::ConnectionProfile &p)
    {
        window.setPollIntervals(200, 200);
        window.resize(1100, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.useProfile(p.id);
        auto *banner = window.findChild<ui::StatusBanner *>(QStringLiteral("banner"));
        const bool shown =
            QTest::qWaitFor([banner] { return banner->isVisible() && banner->isShowingSignIn(); }, 20000);
        return shown ? banner : nullptr;
    }

    ui::ConnectionProfile profile(const QString &id) const
    {
        ui::ConnectionProfile p;
        p.id = id;
        p.name = QStringLiteral("Contoso East");
        p.source = ui::ConnectionProfile::Source::Saved;
        p.kind = api::ServiceKind::AzureV1;
        p.endpoint = m_emulator->baseUrl();
        return p;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<emu::EmulatorThread> m_emulator;
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
