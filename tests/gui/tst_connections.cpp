// The Connections dialog (issue 4) and where its secrets go (issue 6): a profile added by typing, tested
// against the emulator (which insists on the key), used by the main window; the key and the ARM token
// reach the SecretStore (the system keychain, or this session's memory when none runs) and never the
// settings file.

#include "testsecrets.h"
#include "waiting.h"

#include "connectionprofile.h"
#include "connectionsdialog.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "session.h"

#include "emulator/emulatorthread.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace ft;
using test::waitUntil;

class TestConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialog_addTestAndUse_keepsSecretsOffTheSettingsFile();
    void dialog_wrongKeyOrInsecureEndpoint_saysSoPlainly();
    void mainWindow_switchesToATypedConnection();

private:
    ui::ConnectionProfile localProfile() const;
    // Fills the form of the selected profile as a user would.
    static void fill(ui::ConnectionsDialog *dialog, const QString &name, const QString &kind,
                     const QString &endpoint, const QString &key, bool withArm);
    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static QByteArray settingsBytes();

    std::unique_ptr<emu::EmulatorThread> m_emulator;
    std::unique_ptr<ui::KeychainSecretStore> m_secrets;
};

void TestConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    emu::Emulator::Options o;
    o.speed = 50;
    o.apiKey = QString::fromLatin1(test::kTestApiKey);
    o.armToken = QString::fromLatin1(test::kTestArmToken);
    m_emulator = std::make_unique<emu::EmulatorThread>(o);
    QVERIFY(m_emulator->start());
    // The real store: on a machine without a keychain service it keeps secrets for the session only.
    m_secrets = std::make_unique<ui::KeychainSecretStore>(QStringLiteral("tst_connections"));
}

void TestConnections::cleanupTestCase()
{
    m_emulator.reset();
}

ui::ConnectionProfile TestConnections::localProfile() const
{
    ui::ConnectionProfile p;
    p.id = QStringLiteral("local-emulator");
    p.name = QStringLiteral("Local emulator");
    p.source = ui::ConnectionProfile::Source::LocalEmulator;
    p.endpoint = m_emulator->baseUrl();
    return p;
}

void TestConnections::fill(ui::ConnectionsDialog *dialog, const QString &name, const QString &kind,
                           const QString &endpoint, const QString &key, bool withArm)
{
    auto *nameEdit = child<QLineEdit>(dialog, "connectionName");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    auto *kindBox = child<QComboBox>(dialog, "connectionKind");
    const int index = kindBox->findData(kind);
    kindBox->setCurrentIndex(index);
    emit kindBox->activated(index); // as a pick from the list does
    auto *endpointEdit = child<QLineEdit>(dialog, "connectionEndpoint");
    endpointEdit->selectAll();
    QTest::keyClicks(endpointEdit, endpoint);
    QTest::keyClicks(child<QLineEdit>(dialog, "connectionKey"), key);
    if (withArm) {
        QTest::keyClicks(child<QLineEdit>(dialog, "armSubscription"), QStringLiteral("sub-typed"));
        QTest::keyClicks(child<QLineEdit>(dialog, "armResourceGroup"), QStringLiteral("rg-typed"));
        QTest::keyClicks(child<QLineEdit>(dialog, "armAccount"), QStringLiteral("acct-typed"));
        QTest::keyClicks(child<QLineEdit>(dialog, "armToken"), QString::fromLatin1(test::kTestArmToken));
    }
}

QByteArray TestConnections::settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile f(settings.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestConnections::dialog_addTestAndUse_keepsSecretsOffTheSettingsFile()
{
    ui::ConnectionsDialog dialog({localProfile()}, *m_secrets, QStringLiteral("local-emulator"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The built-in emulator's profile is read-only.
    QVERIFY(!child<QLineEdit>(&dialog, "connectionName")->isEnabled());

    QTest::mouseClick(child<QPushButton>(&dialog, "addConnection"), Qt::LeftButton);
    auto *list = child<QListWidget>(&dialog, "connectionList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    fill(&dialog, QStringLiteral("Staging"), QStringLiteral("openai"), m_emulator->baseUrl().toString(),
         QString::fromLatin1(test::kTestApiKey), true);

    auto *state = child<QLabel>(&dialog, "connectionState");
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY2(waitUntil([state] { return state->text().startsWith(QStringLiteral("Connected")); }),
             qPrintable(state->text()));
    QVERIFY(state->text().contains(QStringLiteral("fine-tunable")));
    // Typed secrets leave the fields at once; the fields say where they went.
    QVERIFY(child<QLineEdit>(&dialog, "connectionKey")->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, "armToken")->text().isEmpty());
    const QString where = child<QLineEdit>(&dialog, "connectionKey")->placeholderText();
    QVERIFY2(m_secrets->isPersistent() ? where.contains(QStringLiteral("stored"))
                                       : where.contains(QStringLiteral("this session only")),
             qPrintable(where));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Staging — OpenAI"));
    QDir shots(QStringLiteral(FT_SCREENSHOT_DIR));
    shots.mkpath(QStringLiteral("."));
    dialog.grab().save(shots.filePath(QStringLiteral("connections-dialog.png")));

    QTest::mouseClick(child<QPushButton>(&dialog, "useConnection"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<ui::ConnectionProfile> profiles = dialog.profiles();
    QCOMPARE(profiles.size(), 2);
    const ui::ConnectionProfile &typed = profiles.at(1);
    QCOMPARE(dialog.chosenId(), typed.id);
    QCOMPARE(typed.name, QStringLiteral("Staging"));
    QCOMPARE(typed.kind, api::ServiceKind::OpenAI);
    QCOMPARE(typed.endpoint, m_emulator->baseUrl());
    QCOMPARE(typed.armAccount, QStringLiteral("acct-typed"));

    // The secrets are in the store (keychain or session memory) under the profile's keys.
    std::optional<QString> key;
    std::optional<QString> arm;
    m_secrets->read(typed.secretKey(), [&key](bool found, const QString &s) { key = found ? s : QString(); });
    m_secrets->read(typed.armTokenKey(),
                    [&arm](bool found, const QString &s) { arm = found ? s : QString(); });
    QVERIFY(waitUntil([&] { return key && arm; }, 30000));
    QCOMPARE(*key, QString::fromLatin1(test::kTestApiKey));
    QCOMPARE(*arm, QString::fromLatin1(test::kTestArmToken));
    QCOMPARE(dialog.enteredSecrets().value(typed.secretKey()), QString::fromLatin1(test::kTestApiKey));

    // Saved as the main window saves them: everything but the secrets.
    {
        QSettings settings;
        ui::ProfileStore store(settings);
        store.save(profiles);
        store.setCurrentId(typed.id);
    }
    const QByteArray saved = settingsBytes();
    QVERIFY(saved.contains("Staging"));
    QVERIFY(saved.contains("acct-typed"));
    QVERIFY(!saved.contains(test::kTestApiKey));
    QVERIFY(!saved.contains(test::kTestArmToken));
    QSettings settings;
    ui::ProfileStore store(settings);
    const QList<ui::ConnectionProfile> loaded = store.load();
    QVERIFY(std::any_of(loaded.cbegin(), loaded.cend(), [&](const ui::ConnectionProfile &p) {
        return p.id == typed.id && p.name == typed.name && p.endpoint == typed.endpoint;
    }));
    QCOMPARE(store.currentId(), typed.id);
}

void TestConnections::dialog_wrongKeyOrInsecureEndpoint_saysSoPlainly()
{
    ui::ConnectionsDialog dialog({localProfile()}, *m_secrets, QStringLiteral("local-emulator"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, "addConnection"), Qt::LeftButton);
    auto *state = child<QLabel>(&dialog, "connectionState");

    fill(&dialog, QStringLiteral("Remote"), QStringLiteral("azure"), QStringLiteral("http://example.com"),
         QStringLiteral("whatever"), false);
    QVERIFY2(state->text().contains(QStringLiteral("https://")), qPrintable(state->text()));
    QTest::mouseClick(child<QPushButton>(&dialog, "useConnection"), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // not taken
    QCOMPARE(dialog.chosenId(), QStringLiteral("local-emulator")); // still the one in use

    auto *endpoint = child<QLineEdit>(&dialog, "connectionEndpoint");
    endpoint->selectAll();
    QTest::keyClicks(endpoint, m_emulator->baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY2(waitUntil([state] { return state->text().startsWith(QStringLiteral("The connection failed")); }),
             qPrintable(state->text()));
    QVERIFY2(state->text().contains(QStringLiteral("401")), qPrintable(state->text()));
    QVERIFY(!state->text().contains(QStringLiteral("whatever"))); // the key is not repeated back

    // Removing a profile removes its secrets too.
    const QString removedKey = dialog.profiles().constLast().secretKey();
    QTest::mouseClick(child<QPushButton>(&dialog, "removeConnection"), Qt::LeftButton);
    QCOMPARE(dialog.profiles().size(), 1);
    std::optional<bool> found;
    m_secrets->read(removedKey, [&found](bool f, const QString &) { found = f; });
    QVERIFY(waitUntil([&] { return found.has_value(); }, 30000));
    QVERIFY(!*found);
    dialog.close();
}

void TestConnections::mainWindow_switchesToATypedConnection()
{
    ui::MainWindow window({localProfile()}, *m_secrets);
    window.setSessionSecret(localProfile().secretKey(), QString::fromLatin1(test::kTestApiKey));
    window.setPollIntervals(250, 1000);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.useProfile(QStringLiteral("local-emulator"));

    bool driven = false;
    auto *poll = new QTimer(&window);
    connect(poll, &QTimer::timeout, this, [&driven, this, poll] {
        auto *dialog = qobject_cast<ui::ConnectionsDialog *>(QApplication::activeModalWidget());
        if (!dialog || driven)
            return;
        driven = true;
        poll->stop();
        QTest::mouseClick(child<QPushButton>(dialog, "addConnection"), Qt::LeftButton);
        fill(dialog, QStringLiteral("Typed v1"), QStringLiteral("azure"), m_emulator->baseUrl().toString(),
             QString::fromLatin1(test::kTestApiKey), true);
        QTest::mouseClick(child<QPushButton>(dialog, "useConnection"), Qt::LeftButton);
    });
    poll->start(50);
    QAction *action = window.findChild<QAction *>(QStringLiteral("connectionsAction"));
    QVERIFY(action);
    action->trigger(); // runs the dialog modally until the timer above has used it
    QVERIFY(driven);
    QVERIFY2(waitUntil([&] { return window.windowTitle().contains(QStringLiteral("Typed v1")); }),
             qPrintable(window.windowTitle()));
    QCOMPARE(window.session().profile().name, QStringLiteral("Typed v1"));
    // The typed key works: the emulator accepts nothing else, and the models load without an error.
    QStringList failures;
    connect(&window.session(), &ui::Session::failed, this,
            [&failures](control::Session::Resource, const core::ApiError &e) { failures << e.toString(); });
    window.session().refreshModels();
    QVERIFY2(waitUntil([&] { return !window.session().models().isEmpty(); }),
             qPrintable(failures.join(u'\n')));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    const QByteArray saved = settingsBytes();
    QVERIFY(saved.contains("Typed v1"));
    QVERIFY(!saved.contains(test::kTestApiKey));
    QVERIFY(!saved.contains(test::kTestArmToken));
    QDir shots(QStringLiteral(FT_SCREENSHOT_DIR));
    shots.mkpath(QStringLiteral("."));
    window.grab().save(shots.filePath(QStringLiteral("connections-mainwindow.png")));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
