#pragma once

#include "emulatorprocess.h"

#include "api/client.h"
#include "control/session.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ft::test {

// The real emulator binary on loopback, a control session connected to it (with an ARM target), and a
// second client standing for another user of the same resource, as ftctl would be: what the tests
// check is read back through it, never through the code under test.
class ControlFixture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlFixture)

public:
    ControlFixture();
    ~ControlFixture() override;

    // Starts the emulator at `speed` simulated seconds per second, with extra flags; false and why.
    bool start(double speed, const QStringList &flags = {}, QString *error = nullptr);
    QUrl url() const { return m_emulator.url(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A connection to the emulator; without an ARM token when `arm` is false.
    api::Connection connection(bool arm = true, api::ServiceKind kind = api::ServiceKind::AzureV1) const;
    control::Session &session() { return *m_session; }
    api::Client &elsewhere() { return *m_elsewhere; }

    // A fine-tune file uploaded by the other user and processed.
    core::File upload(const QByteArray &content, const QString &name);
    // A supervised job of the model the tests use, on these files.
    static core::CreateJobRequest supervisedJob(const QString &trainingFile, const QString &validationFile,
                                                const QString &suffix, std::optional<int> batchSize,
                                                int epochs = 2);
    // A supervised job created by the other user; its id.
    QString submit(int examples, std::optional<int> batchSize, const QString &suffix, int epochs = 2);
    // The job as the service has it now.
    core::FineTuningJob job(const QString &id);
    bool waitForState(const QString &id, core::JobState state, int timeoutMs = 60000);
    // Refreshes the session's jobs and waits for the answer.
    bool refreshJobs();
    // Deploys a model through the other user's client and waits until it is provisioned.
    bool deploy(const QString &model, const QString &name);

private:
    QTemporaryDir m_dir;
    EmulatorProcess m_emulator;
    std::unique_ptr<control::Session> m_session;
    std::unique_ptr<api::Client> m_elsewhere;
};

} // namespace ft::test
