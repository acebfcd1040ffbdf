// The official Azure SDK for JavaScript (@azure/arm-cognitiveservices) against the real emulator: its
// long-running-operation pollers (beginCreateOrUpdateAndWait, beginUpdateAndWait, beginDeleteAndWait)
// must wait until the operation has ended, as they do against Azure. Needs node and the package
// installed (`npm install` in tests/tools/armsdk); skipped otherwise, so the suite never needs the network.

#include "emulatorprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestArmSdk : public QObject
{
    Q_OBJECT

private slots:
    void officialSdkPollers_waitUntilTheOperationsEnd();
};

void TestArmSdk::officialSdkPollers_waitUntilTheOperationsEnd()
{
    const QString dir = QStringLiteral(FT_SOURCE_DIR "/tests/tools/armsdk");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed");
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/@azure/arm-cognitiveservices/package.json")))
        QSKIP("@azure/arm-cognitiveservices is not installed (npm install in tests/tools/armsdk)");

    ft::test::EmulatorProcess emulator;
    QString error;
    QVERIFY2(emulator.start({QStringLiteral("--speed"), QStringLiteral("2"), QStringLiteral("--arm-token"),
                             QStringLiteral("sdk-token"), QStringLiteral("--fail-deployments"),
                             QStringLiteral("^doomed-"), QStringLiteral("--quiet")},
                            &error),
             qPrintable(error));
    QProcess script;
    script.setWorkingDirectory(dir);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(node, {QStringLiteral("lro.mjs"), emulator.url().toString(), QStringLiteral("sdk-token")});
    QVERIFY(script.waitForStarted(10000));
    QVERIFY2(script.waitForFinished(180000), "the SDK script did not finish");
    const QByteArray out = script.readAll();
    qInfo("%s", out.constData());
    QCOMPARE(script.exitStatus(), QProcess::NormalExit);
    QVERIFY2(script.exitCode() == 0, out.constData());
    QVERIFY(out.contains("5 passed, 0 failed"));
}

QTEST_GUILESS_MAIN(TestArmSdk)
#include "tst_arm_sdk.moc"
