// FineTuneSubmitter, what Submit does, against the emulator: a file the service could not process
// stops the submission with the same typed error FileUploader gives everywhere else, naming the file.

#include "waiting.h"

#include "api/client.h"
#include "api/finetunesubmitter.h"
#include "emulator/emulator.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::waitUntil;

class TestFineTuneSubmitter : public QObject
{
    Q_OBJECT

private slots:
    void submit_importTheServiceCannotFetch_failsWithTheFilesProcessingError();

private:
    QTemporaryDir m_dir;
};

void TestFineTuneSubmitter::submit_importTheServiceCannotFetch_failsWithTheFilesProcessingError()
{
    emu::Emulator::Options options;
    options.dataDir = m_dir.filePath(QStringLiteral("emulator"));
    options.speed = 4;
    options.import.allowLoopback = true;
    emu::Emulator emulator(options);
    QString error;
    QVERIFY2(emulator.start(&error), qPrintable(error));
    api::Connection connection;
    connection.kind = api::ServiceKind::AzureClassic;
    connection.endpoint = emulator.baseUrl();
    connection.secret = QStringLiteral("key");
    api::Client client(connection);
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port nobody listens on once it is closed again
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }

    core::FineTuneDraft draft;
    draft.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    draft.training.kind = core::DataSource::Kind::Import;
    draft.training.importUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/train.jsonl").arg(closedPort));
    api::FineTuneSubmitter submitter(client, draft, m_dir.filePath(QStringLiteral("work")));
    bool finished = false;
    connect(&submitter, &api::FineTuneSubmitter::finished, this, [&] { finished = true; });
    submitter.start();
    QVERIFY(waitUntil([&] { return finished; }, 20000));

    QVERIFY(!submitter.job());
    const core::ApiError &e = submitter.error();
    QCOMPARE(e.kind, core::ApiError::Kind::Operation);
    QCOMPARE(e.operationStatus, QStringLiteral("error"));
    QVERIFY(e.param.startsWith(QStringLiteral("file-")));
    QVERIFY2(e.message.contains(QStringLiteral("train.jsonl")), qPrintable(e.message));
}

QTEST_MAIN(TestFineTuneSubmitter)
#include "tst_finetunesubmitter.moc"
