#include "controlfixture.h"

#include "datagen.h"
#include "emulatorconnection.h"
#include "waiting.h"

#include <QSignalSpy>

namespace ft::test {

ControlFixture::ControlFixture() = default;

ControlFixture::~ControlFixture()
{
    m_session.reset();
    m_elsewhere.reset();
}

bool ControlFixture::start(double speed, const QStringList &flags, QString *error)
{
    if (!m_dir.isValid())
        return false;
    if (!m_emulator.start(
            EmulatorProcess::quietArguments(m_dir.filePath(QStringLiteral("emu")), speed, flags), error))
        return false;
    m_session = std::make_unique<control::Session>();
    m_session->setConnection(connection());
    api::Connection other = connection();
    other.secret = QStringLiteral("another-users-key");
    m_elsewhere = std::make_unique<api::Client>(other);
    return true;
}

api::Connection ControlFixture::connection(bool arm, api::ServiceKind kind) const
{
    return emulatorConnection(m_emulator.url(), kind, QStringLiteral("control-test-key"),
                              armTarget(QStringLiteral("sub"), QStringLiteral("rg"), QStringLiteral("acct"),
                                        arm ? QStringLiteral("control-test-arm-token") : QString()));
}

core::File ControlFixture::upload(const QByteArray &content, const QString &name)
{
    const QString file = writeFile(m_dir.filePath(name), content);
    auto up = await<core::File>(
        [&](auto cb) { m_elsewhere->files().upload(file, QStringLiteral("fine-tune"), this, cb); });
    if (!up)
        qFatal("upload failed: %s", qPrintable(up.error().toString()));
    core::File f = up.value();
    (void)waitUntil([&] {
        auto got = await<core::File>([&](auto cb) { m_elsewhere->files().get(f.id, this, cb); });
        if (got)
            f = got.value();
        return f.isReady();
    });
    return f;
}

core::CreateJobRequest ControlFixture::supervisedJob(const QString &trainingFile,
                                                     const QString &validationFile, const QString &suffix,
                                                     std::optional<int> batchSize, int epochs)
{
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    req.trainingFile = trainingFile;
    req.validationFile = validationFile;
    req.suffix = suffix;
    req.seed = 7;
    req.trainingType = QStringLiteral("globalStandard");
    req.method.type = core::MethodType::Supervised;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(epochs);
    if (batchSize)
        req.method.hyperparameters.batchSize = core::HyperParam::integer(*batchSize);
    return req;
}

QString ControlFixture::submit(int examples, std::optional<int> batchSize, const QString &suffix, int epochs)
{
    const core::CreateJobRequest req = supervisedJob(
        upload(sftJsonl(examples), suffix + QStringLiteral("-train.jsonl")).id,
        upload(sftJsonl(4, 3), suffix + QStringLiteral("-valid.jsonl")).id, suffix, batchSize, epochs);
    auto job = await<core::FineTuningJob>([&](auto cb) { m_elsewhere->jobs().create(req, this, cb); });
    if (!job)
        qFatal("create failed: %s", qPrintable(job.error().toString()));
    return job.value().id;
}

core::FineTuningJob ControlFixture::job(const QString &id)
{
    auto got = await<core::FineTuningJob>([&](auto cb) { m_elsewhere->jobs().get(id, this, cb); });
    return got ? got.value() : core::FineTuningJob();
}

bool ControlFixture::waitForState(const QString &id, core::JobState state, int timeoutMs)
{
    return waitUntil([&] { return job(id).state() == state; }, timeoutMs);
}

bool ControlFixture::refreshJobs()
{
    QSignalSpy arrived(m_session.get(), &control::Session::jobsChanged);
    m_session->refreshJobs();
    return waitUntil([&] { return arrived.count() > 0; });
}

bool ControlFixture::deploy(const QString &model, const QString &name)
{
    core::Deployment d;
    d.name = name;
    d.modelName = model;
    d.skuName = QStringLiteral("GlobalStandard");
    d.skuCapacity = 1;
    api::ArmPolling polling;
    polling.intervalMs = 100;
    auto done = await<core::Deployment>(
        [&](auto cb) { m_elsewhere->deployments().createOrUpdate(d, this, cb, polling); }, 60000);
    return done && done.value().isProvisioned();
}

} // namespace ft::test
