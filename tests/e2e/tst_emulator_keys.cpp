// The emulator's API key and ARM token without putting them on its command line (where ps shows them to
// every user): from a file or from an environment variable. The flags still work; two sources at once
// are a usage error; a wrong key is refused and the right one accepted.

#include "emulatorprocess.h"
#include "rawhttp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;

namespace {
constexpr const char *kKey = "emu-key-7f3a91c2-from-somewhere";
constexpr const char *kArm = "emu-arm-0b5e64d8-from-somewhere";

int filesStatus(const QUrl &base, const char *key)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/openai/v1/files"));
    return test::rawRequest("GET", url, {{"api-key", key}}).status;
}

int armStatus(const QUrl &base, const char *token)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.CognitiveServices/"
                               "accounts/acct/deployments"));
    url.setQuery(QStringLiteral("api-version=2024-10-01"));
    return test::rawRequest("GET", url, {{"Authorization", QByteArray("Bearer ") + token}}).status;
}

QByteArray commandLineOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestEmulatorKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secrets_fromFilesOrEnvironment_areTheOnlyOnesAccepted_data();
    void secrets_fromFilesOrEnvironment_areTheOnlyOnesAccepted();
    void secrets_twoSourcesAtOnce_areAUsageError();

private:
    QString m_keyFile;
    QString m_armFile;
    QTemporaryDir m_dir;
};

void TestEmulatorKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_keyFile = m_dir.filePath(QStringLiteral("key"));
    m_armFile = m_dir.filePath(QStringLiteral("arm"));
    for (const auto &[path, secret] : {std::pair{m_keyFile, kKey}, std::pair{m_armFile, kArm}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(secret) + '\n');
    }
}

void TestEmulatorKeys::secrets_fromFilesOrEnvironment_areTheOnlyOnesAccepted_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("files") << true;
    QTest::newRow("environment") << false;
}

void TestEmulatorKeys::secrets_fromFilesOrEnvironment_areTheOnlyOnesAccepted()
{
    QFETCH(bool, fromFile);
    test::EmulatorProcess emulator;
    QStringList args{QStringLiteral("--quiet")};
    if (fromFile) {
        args << QStringLiteral("--api-key-file") << m_keyFile << QStringLiteral("--arm-token-file")
             << m_armFile;
    } else {
        emulator.setEnv(QStringLiteral("FINETUNE_EMULATOR_API_KEY"), QString::fromLatin1(kKey));
        emulator.setEnv(QStringLiteral("FINETUNE_EMULATOR_ARM_TOKEN"), QString::fromLatin1(kArm));
    }
    QString error;
    QVERIFY2(emulator.start(args, &error), qPrintable(error));
    QVERIFY(!emulator.firstLine().contains(QStringLiteral("any non-empty")));
    QCOMPARE(filesStatus(emulator.url(), "wrong-key"), 401);
    QCOMPARE(filesStatus(emulator.url(), kKey), 200);
    QCOMPARE(armStatus(emulator.url(), "wrong-token"), 401);
    QCOMPARE(armStatus(emulator.url(), kKey), 401); // the ARM token is its own
    QCOMPARE(armStatus(emulator.url(), kArm), 200);
    const QByteArray cmdline = commandLineOf(emulator.processId());
    QVERIFY(!cmdline.isEmpty());
    QVERIFY(!cmdline.contains(kKey));
    QVERIFY(!cmdline.contains(kArm));
    QVERIFY(!emulator.standardError().contains(kKey));
}

void TestEmulatorKeys::secrets_twoSourcesAtOnce_areAUsageError()
{
    test::EmulatorProcess emulator;
    QVERIFY(!emulator.start(
        {QStringLiteral("--api-key"), QStringLiteral("x"), QStringLiteral("--api-key-file"), m_keyFile}));
    QCOMPARE(emulator.exitCode(), 2);
    QVERIFY(emulator.standardError().contains("--api-key-file"));
    test::EmulatorProcess missing;
    QVERIFY(!missing.start({QStringLiteral("--arm-token-file"), m_dir.filePath(QStringLiteral("absent"))}));
    QCOMPARE(missing.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestEmulatorKeys)
#include "tst_emulator_keys.moc"
