#include "emulatorfixture.h"

#include "datagen.h"
#include "waiting.h"

#include "emulator/emulator.h"

#include <QTest>

namespace ft::test {

EmulatorFixture::EmulatorFixture(QObject *parent)
    : QObject(parent)
{ }

EmulatorFixture::~EmulatorFixture() = default;

api::ArmTarget EmulatorFixture::defaultArm()
{
    return armTarget(QStringLiteral("sub-1"), QStringLiteral("rg-1"), QStringLiteral("acct-1"));
}

EmulatorFixture::Options EmulatorFixture::keyed()
{
    Options o;
    o.apiKey = QStringLiteral("test-key");
    o.armToken = QStringLiteral("arm-token");
    o.allowLoopbackImport = true;
    return o;
}

void EmulatorFixture::addKindRows()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("azure v1") << int(api::ServiceKind::AzureV1);
    QTest::newRow("azure classic") << int(api::ServiceKind::AzureClassic);
    QTest::newRow("openai") << int(api::ServiceKind::OpenAI);
}

bool EmulatorFixture::start(const Options &options, QString *error)
{
    m_options = options;
    emu::Emulator::Options o;
    o.dataDir = m_dir.filePath(QStringLiteral("emulator"));
    o.speed = options.speed;
    o.apiKey = options.apiKey;
    o.armToken = options.armToken;
    o.import.allowLoopback = options.allowLoopbackImport;
    o.failDeployments = options.failDeployments;
    m_emulator = std::make_unique<emu::Emulator>(o);
    return m_emulator->start(error);
}

QUrl EmulatorFixture::url() const
{
    return m_emulator->baseUrl();
}

QString EmulatorFixture::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

api::Client &EmulatorFixture::client(api::ServiceKind kind)
{
    return client(kind, m_options.apiKey.isEmpty() ? QStringLiteral("test-key") : m_options.apiKey);
}

api::Client &EmulatorFixture::client(api::ServiceKind kind, const QString &key)
{
    api::ArmTarget arm = m_options.arm;
    arm.token = m_options.armToken.isEmpty() ? QStringLiteral("arm-token") : m_options.armToken;
    m_clients.push_back(std::make_unique<api::Client>(emulatorConnection(url(), kind, key, arm)));
    return *m_clients.back();
}

void EmulatorFixture::forgetClients()
{
    m_clients.clear();
}

core::File EmulatorFixture::uploadReady(api::Client &c, const QByteArray &content, const QString &name)
{
    const QString path = writeFile(m_dir.filePath(name), content);
    auto up =
        await<core::File>([&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    if (!up)
        qFatal("upload failed: %s", qPrintable(up.error().toString()));
    core::File f = up.value();
    waitUntil([&] {
        auto got = await<core::File>([&](auto cb) { c.files().get(f.id, this, cb); });
        if (got)
            f = got.value();
        return f.isReady();
    });
    return f;
}

core::FineTuningJob EmulatorFixture::createJob(api::Client &c, const core::CreateJobRequest &request)
{
    auto job = await<core::FineTuningJob>([&](auto cb) { c.jobs().create(request, this, cb); });
    if (!job)
        qFatal("create failed: %s", qPrintable(job.error().toString()));
    return job.value();
}

core::FineTuningJob EmulatorFixture::waitForState(api::Client &c, const QString &id, core::JobState state,
                                                  int timeoutMs)
{
    core::FineTuningJob last;
    waitUntil(
        [&] {
            auto j = await<core::FineTuningJob>([&](auto cb) { c.jobs().get(id, this, cb); });
            if (j)
                last = j.value();
            return last.state() == state || core::isTerminal(last.state());
        },
        timeoutMs);
    return last;
}

core::FineTuningJob EmulatorFixture::trainedJob(api::Client &c, const QString &model, int epochs,
                                                const QString &fileName, int examples)
{
    core::CreateJobRequest req;
    req.model = model;
    req.trainingFile = uploadReady(c, sftJsonl(examples), fileName).id;
    req.method.hyperparameters.nEpochs = core::HyperParam::integer(epochs);
    return waitForState(c, createJob(c, req).id, core::JobState::Succeeded);
}

} // namespace ft::test
