// The emulator checks a create-job body as the service does: a field of the wrong JSON type, a
// hyperparameter out of its range (the deprecated top-level form too) or a suffix with control characters
// is answered with 400 in each surface's error shape, naming the field. And a training file whose
// examples train nothing (every assistant message weight 0) is accepted, as the service accepts it.

#include "datagen.h"
#include "emulatorfixture.h"
#include "waiting.h"

#include "core/jsonutil.h"

#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;
namespace js = core::js;

class TestJobCreateChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createJob_fieldOfWrongTypeOrRange_isRejectedNamingIt_data();
    void createJob_fieldOfWrongTypeOrRange_isRejectedNamingIt();
    void createJob_rightTypes_areAccepted();
    void createJob_examplesThatTrainNothing_areAcceptedAndTrained();

private:
    // Posts a valid job body of `kind` with the fields of `changes` put over it.
    api::PendingCall *postWith(api::Client &c, Kind kind, const js::Json &changes);
    js::Json validBody(api::Client &c, Kind kind);

    test::EmulatorFixture m_emu;
    QMap<int, QString> m_trainingFile; // by kind
};

void TestJobCreateChecks::initTestCase()
{
    QString error;
    QVERIFY2(m_emu.start({}, &error), qPrintable(error));
}

api::PendingCall *TestJobCreateChecks::postWith(api::Client &c, Kind kind, const js::Json &changes)
{
    js::Json body = validBody(c, kind);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body[it.key()] = it.value();
    api::PendingCall *call = c.transport().send(api::Transport::jsonRequest(
        "POST", c.connection().url(QStringLiteral("/fine_tuning/jobs")), js::dump(body)));
    test::waitUntil([call] { return call->isFinished(); });
    return call;
}

js::Json TestJobCreateChecks::validBody(api::Client &c, Kind kind)
{
    if (!m_trainingFile.contains(int(kind)))
        m_trainingFile[int(kind)] =
            m_emu.uploadReady(c, test::sftJsonl(12), QStringLiteral("t%1.jsonl").arg(int(kind))).id;
    return js::Json{{"model", "gpt-4.1-nano"}, {"training_file", js::s(m_trainingFile[int(kind)])}};
}

void TestJobCreateChecks::createJob_fieldOfWrongTypeOrRange_isRejectedNamingIt_data()
{
    QTest::addColumn<QByteArray>("patch"); // merged into a valid body
    QTest::addColumn<QString>("param");
    auto row = [](const char *name, const char *patch, const char *param) {
        QTest::newRow(name) << QByteArray(patch) << QString::fromLatin1(param);
    };
    row("model a number", R"({"model": 5})", "model");
    row("training_file a number", R"({"training_file": 7})", "training_file");
    row("validation_file a number", R"({"validation_file": 7})", "validation_file");
    row("validation_file an object", R"({"validation_file": {"id": "file-1"}})", "validation_file");
    row("integrations a string", R"({"integrations": "x"})", "integrations");
    row("integrations an object", R"({"integrations": {"type": "wandb"}})", "integrations");
    row("integration a number", R"({"integrations": [1]})", "integrations[0]");
    row("integration type a number", R"({"integrations": [{"type": 1, "wandb": {"project": "p"}}]})",
        "integrations[0].type");
    row("wandb a string", R"({"integrations": [{"type": "wandb", "wandb": "p"}]})", "integrations[0].wandb");
    row("wandb project a number", R"({"integrations": [{"type": "wandb", "wandb": {"project": 5}}]})",
        "integrations[0].wandb.project");
    row("wandb tags not strings",
        R"({"integrations": [{"type": "wandb", "wandb": {"project": "p", "tags": [1]}}]})",
        "integrations[0].wandb.tags");
    row("metadata an array", R"({"metadata": [1]})", "metadata");
    row("metadata a string", R"({"metadata": "x"})", "metadata");
    row("metadata value a number", R"({"metadata": {"run": 1}})", "metadata.run");
    row("metadata value null", R"({"metadata": {"run": null}})", "metadata.run");
    row("method a string", R"({"method": "supervised"})", "method");
    row("method.type a number", R"({"method": {"type": 1}})", "method.type");
    row("method block an array", R"({"method": {"type": "supervised", "supervised": []}})",
        "method.supervised");
    row("method hyperparameters a string",
        R"({"method": {"type": "supervised", "supervised": {"hyperparameters": "auto"}}})",
        "method.supervised.hyperparameters");
    row("method n_epochs a string",
        R"({"method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": "3"}}}})",
        "method.supervised.hyperparameters.n_epochs");
    row("method n_epochs a fraction",
        R"({"method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2.5}}}})",
        "method.supervised.hyperparameters.n_epochs");
    row("method batch_size a boolean",
        R"({"method": {"type": "supervised", "supervised": {"hyperparameters": {"batch_size": true}}}})",
        "method.supervised.hyperparameters.batch_size");
    row("method learning rate a word",
        R"({"method": {"type": "supervised", "supervised": {"hyperparameters": {"learning_rate_multiplier": "high"}}}})",
        "method.supervised.hyperparameters.learning_rate_multiplier");
    row("dpo beta an array", R"({"method": {"type": "dpo", "dpo": {"hyperparameters": {"beta": [0.1]}}}})",
        "method.dpo.hyperparameters.beta");
    row("legacy hyperparameters a string", R"({"hyperparameters": "auto"})", "hyperparameters");
    row("legacy n_epochs 1e300", R"({"hyperparameters": {"n_epochs": 1e300}})", "hyperparameters.n_epochs");
    row("legacy n_epochs 0", R"({"hyperparameters": {"n_epochs": 0}})", "hyperparameters.n_epochs");
    row("legacy n_epochs 51", R"({"hyperparameters": {"n_epochs": 51}})", "hyperparameters.n_epochs");
    row("legacy n_epochs a string", R"({"hyperparameters": {"n_epochs": "3"}})", "hyperparameters.n_epochs");
    row("legacy batch_size 1000", R"({"hyperparameters": {"batch_size": 1000}})",
        "hyperparameters.batch_size");
    row("legacy learning rate negative", R"({"hyperparameters": {"learning_rate_multiplier": -1}})",
        "hyperparameters.learning_rate_multiplier");
    row("seed a string", R"({"seed": "42"})", "seed");
    row("seed a fraction", R"({"seed": 1.5})", "seed");
    row("seed a boolean", R"({"seed": true})", "seed");
    row("suffix a number", R"({"suffix": 5})", "suffix");
    row("suffix with NUL", R"({"suffix": "ab\u0000cd"})", "suffix");
    row("suffix with escape", R"({"suffix": "ab\u001b[2Jcd"})", "suffix");
    row("suffix with newline", R"({"suffix": "ab\ncd"})", "suffix");
    row("suffix with bidi override", R"({"suffix": "ab\u202ecd"})", "suffix");
    row("trainingType a number", R"({"trainingType": 3})", "trainingType");
}

void TestJobCreateChecks::createJob_fieldOfWrongTypeOrRange_isRejectedNamingIt()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, param);
    js::Json changes;
    QVERIFY(js::parse(patch, changes));
    for (Kind kind : {Kind::OpenAI, Kind::AzureV1, Kind::AzureClassic}) {
        api::PendingCall *call = postWith(m_emu.client(kind), kind, changes);
        const QString where = api::serviceKindName(kind) + u' ' + QString::fromUtf8(call->body());
        QVERIFY2(call->status() == 400, qPrintable(where));
        js::Json answer;
        QVERIFY2(js::parse(call->body(), answer), qPrintable(where));
        const js::Json &e = answer["error"];
        QVERIFY2(!js::str(e, "message").isEmpty(), qPrintable(where));
        switch (kind) {
        case Kind::OpenAI:
            QCOMPARE(js::str(e, "param"), param);
            QCOMPARE(js::str(e, "type"), QStringLiteral("invalid_request_error"));
            break;
        case Kind::AzureV1:
            QCOMPARE(js::str(e, "param"), param);
            QCOMPARE(js::str(e, "type"), QStringLiteral("error"));
            break;
        case Kind::AzureClassic:
            QCOMPARE(js::str(e, "target"), param);
            QCOMPARE(js::str(e, "code"), QStringLiteral("invalidPayload"));
            QVERIFY(!e.contains("type"));
            break;
        }
        call->deleteLater();
    }
}

void TestJobCreateChecks::createJob_rightTypes_areAccepted()
{
    // Every field above, of its right type, at the edges of its range: the refusals are about the types.
    const QByteArray full = R"({
        "validation_file": null, "suffix": "edge-1", "seed": 2147483647, "metadata": {"run": "x"},
        "integrations": [{"type": "wandb", "wandb": {"project": "p", "name": null, "tags": ["a"]}}],
        "method": {"type": "supervised", "supervised": {"hyperparameters":
            {"n_epochs": 50, "batch_size": "auto", "learning_rate_multiplier": 0.01}}}})";
    js::Json changes;
    QVERIFY(js::parse(full, changes));
    for (Kind kind : {Kind::OpenAI, Kind::AzureV1, Kind::AzureClassic}) {
        api::Client &c = m_emu.client(kind);
        api::PendingCall *call = postWith(c, kind, changes);
        QVERIFY2(call->status() == 200 || call->status() == 201, call->body().constData());
        call->deleteLater();

        call = postWith(c, kind, js::Json{{"hyperparameters", {{"n_epochs", 1}, {"batch_size", 256}}}});
        QVERIFY2(call->status() == 200 || call->status() == 201, call->body().constData());
        call->deleteLater();
    }
}

void TestJobCreateChecks::createJob_examplesThatTrainNothing_areAcceptedAndTrained()
{
    // Neither service documents a rule against them, and the cookbook counts them: a warning locally,
    // never a failed job.
    QByteArray content = test::sftJsonl(10);
    for (int i = 0; i < 3; ++i)
        content += QStringLiteral(R"({"messages":[{"role":"user","content":"Say %1"},)"
                                  R"({"role":"assistant","content":"%1","weight":0}]})")
                       .arg(i)
                       .toUtf8()
            + '\n';
    api::Client &c = m_emu.client(Kind::AzureV1);
    const core::File train = m_emu.uploadReady(c, content, QStringLiteral("untrained.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-nano");
    req.trainingFile = train.id;
    auto created = await<core::FineTuningJob>([&](auto cb) { c.jobs().create(req, this, cb); });
    QVERIFY2(created, qPrintable(created.error().toString()));
    core::FineTuningJob last = created.value();
    test::waitUntil(
        [&] {
            auto j = await<core::FineTuningJob>([&](auto cb) { c.jobs().get(last.id, this, cb); });
            if (j)
                last = j.value();
            return core::isTerminal(last.state());
        },
        30000);
    QVERIFY2(last.state() == core::JobState::Succeeded, qPrintable(last.error.message));
}

QTEST_GUILESS_MAIN(TestJobCreateChecks)
#include "tst_job_create_checks.moc"
