#pragma once

#include "api/client.h"
#include "api/connection.h"
#include "emulatorconnection.h"

#include "core/fileobject.h"
#include "core/finetuningjob.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

namespace ft::emu {
class Emulator;
}

namespace ft::test {

// An emulator in this process with the real clients that talk to it over loopback HTTP: where a test
// of the service's routes starts. What a test writes goes to the fixture's temporary directory.
class EmulatorFixture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorFixture)

public:
    struct Options
    {
        double speed = 400;
        QString apiKey; // the only key accepted (empty: any); clients send it, or "test-key"
        QString armToken; // the only ARM token accepted (empty: any); clients send it, or "arm-token"
        bool allowLoopbackImport = false;
        QString failDeployments; // a regular expression: deployments whose name matches fail provisioning
        api::ArmTarget arm = defaultArm(); // the endpoint is the emulator's
    };

    explicit EmulatorFixture(QObject *parent = nullptr);
    ~EmulatorFixture() override;

    static api::ArmTarget defaultArm(); // sub-1 / rg-1 / acct-1
    // An emulator that takes only the key and ARM token its clients send (test-key, arm-token) and
    // imports files from loopback addresses.
    static Options keyed();
    // The rows of a data-driven test that runs once per data-plane service kind (column "kind").
    static void addKindRows();

    bool start(const Options &options, QString *error = nullptr);
    QUrl url() const;
    QString filePath(const QString &name) const;

    // A client of this service kind, with the key the options give or another one. Each lives until
    // forgetClients() or the fixture's end.
    api::Client &client(api::ServiceKind kind);
    api::Client &client(api::ServiceKind kind, const QString &key);
    void forgetClients();

    // A file uploaded for fine-tuning and ready to use (Azure processes it for a moment).
    core::File uploadReady(api::Client &c, const QByteArray &content,
                           const QString &name = QStringLiteral("train.jsonl"));
    core::FineTuningJob createJob(api::Client &c, const core::CreateJobRequest &request);
    // The job once it is in `state`, or has ended, or the time is up.
    core::FineTuningJob waitForState(api::Client &c, const QString &id, core::JobState state,
                                     int timeoutMs = 20000);
    // A supervised job of `model` trained to its end: `examples` examples uploaded as `fileName`, and
    // `epochs` epochs.
    core::FineTuningJob trainedJob(api::Client &c, const QString &model, int epochs, const QString &fileName,
                                   int examples = 12);

private:
    QTemporaryDir m_dir;
    Options m_options;
    std::unique_ptr<emu::Emulator> m_emulator;
    std::vector<std::unique_ptr<api::Client>> m_clients;
};

} // namespace ft::test
