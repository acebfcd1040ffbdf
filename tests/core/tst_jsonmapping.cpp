// JSON ↔ domain mapping: every type reads the contract's own examples, keeps fields it does not know,
// and writes back what it read.

#include "core/chat.h"
#include "core/checkpoint.h"
#include "core/deployment.h"
#include "core/fileobject.h"
#include "core/finetuningjob.h"
#include "core/jobevent.h"
#include "core/jsonutil.h"
#include "core/model.h"
#include "core/pagejson.h"
#include "core/upload.h"
#include "datatable.h"

#include <QFile>
#include <QTest>

using namespace ft::core;
using Json = js::Json;

namespace {
Json load(const char *name)
{
    QFile f(QStringLiteral(FT_SHARED_API_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    Json doc;
    js::parse(f.readAll(), doc);
    return doc;
}

Json parse(const char *text)
{
    Json doc;
    if (!js::parse(QByteArrayView(text), doc))
        qFatal("bad JSON in test: %s", text);
    return doc;
}

// Every key/value of `expected` is in `actual` (objects compared recursively; null and absent alike).
bool containsAll(const Json &actual, const Json &expected, QString *where, const QString &path = {})
{
    if (expected.is_object()) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString p = path + u'.' + QString::fromStdString(it.key());
            const Json *a = js::find(actual, it.key());
            if (!a) {
                if (it.value().is_null())
                    continue;
                *where = p + QStringLiteral(" missing");
                return false;
            }
            if (!containsAll(*a, it.value(), where, p))
                return false;
        }
        return true;
    }
    if (expected.is_number() && actual.is_number()) {
        if (std::abs(expected.get<double>() - actual.get<double>()) > 1e-9) {
            *where = path + QStringLiteral(" differs");
            return false;
        }
        return true;
    }
    if (actual != expected) {
        *where = path + QStringLiteral(": ") + QString::fromStdString(actual.dump()) + QStringLiteral(" != ")
            + QString::fromStdString(expected.dump());
        return false;
    }
    return true;
}
} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_keepsEveryField_data();
    void roundTrip_keepsEveryField();
    void job_statusMapsBothVocabularies_data();
    void job_statusMapsBothVocabularies();
    void hyperParam_autoOrNumber();
    void method_reinforcement_readsGraderAndHyperparameters();
    void grader_multi_readsMapAndFindsItemKeys();
    void grader_problems_areReported();
    void createRequest_trainingTypeOnlyForAzure();
    void job_wrongTypes_readAsAbsentNotCrash();
    void page_readsListsAndArmValue();
    void event_levelsOfBothServices();
};

void TestJsonMapping::roundTrip_keepsEveryField_data()
{
    ft::test::addColumns<QString, QByteArray>("type", "json");
    const Json post = load("post_finetuning_job.json")["responses"]["201"]["body"];
    QTest::newRow("azure classic job") << QStringLiteral("job") << js::dump(post);
    QTest::newRow("openai job with unknown fields")
        << QStringLiteral("job")
        << QByteArray(
               R"({"object":"fine_tuning.job","id":"ftjob-abc","model":"gpt-4o-mini","created_at":1746130590,
            "fine_tuned_model":null,"organization_id":"org-abc","result_files":[],"status":"queued",
            "validation_file":"file-123","training_file":"file-abc","method":{"type":"dpo","dpo":{"hyperparameters":
            {"beta":0.1,"batch_size":"auto","learning_rate_multiplier":"auto","n_epochs":"auto"},"future_knob":3}},
            "metadata":{"k":"v"},"error":null,"finished_at":null,"hyperparameters":{"n_epochs":4,"batch_size":1,
            "learning_rate_multiplier":1.0},"seed":1036326793,"estimated_finish":null,"integrations":[],
            "user_provided_suffix":"s","usage_metrics":null,"shared_with_openai":false,"brand_new":{"x":[1,2]}})");
    for (const auto &e : load("get_finetuning_job_events.json")["responses"]["200"]["body"]["data"])
        QTest::newRow("azure event") << QStringLiteral("event") << js::dump(e);
    for (const auto &c : load("get_finetuning_job_checkpoints.json")["responses"]["200"]["body"]["data"])
        QTest::newRow("azure checkpoint") << QStringLiteral("checkpoint") << js::dump(c);
    QTest::newRow("imported file") << QStringLiteral("file")
                                   << js::dump(load("import_file.json")["responses"]["201"]["body"]);
    QTest::newRow("openai file") << QStringLiteral(
        "file") << QByteArray(R"({"id":"file-abc123","object":"file","bytes":120000,"created_at":1677610602,
            "expires_at":1677614202,"filename":"mydata.jsonl","purpose":"fine-tune","status":"processed"})");
    QTest::newRow("upload with file")
        << QStringLiteral("upload")
        << QByteArray(R"({"id":"upload_abc123","object":"upload","bytes":2147483648,"created_at":1719184911,
            "filename":"training_examples.jsonl","purpose":"fine-tune","status":"completed","expires_at":1719127296,
            "file":{"id":"file-xyz321","object":"file","bytes":2147483648,"created_at":1719186911,
            "filename":"training_examples.jsonl","purpose":"fine-tune","status":"processed"}})");
    QTest::newRow("upload part") << QStringLiteral(
        "part") << QByteArray(R"({"id":"part_def456","object":"upload.part","created_at":1719185911,
            "upload_id":"upload_abc123","azure_block_id":"cGFydA=="})");
    QTest::newRow("azure model")
        << QStringLiteral("model")
        << QByteArray(
               R"({"id":"gpt-4o-2024-08-06","object":"model","created_at":1722902400,"status":"succeeded",
            "capabilities":{"fine_tune":true,"inference":true,"completion":false,"chat_completion":true,
            "embeddings":false},"lifecycle_status":"generally-available","deprecation":{"fine_tune":1,"inference":2}})");
    QTest::newRow("openai model") << QStringLiteral("model")
                                  << QByteArray(R"({"id":"ft:gpt-4o-mini:org::abc","object":"model",
            "created":1686935002,"owned_by":"org"})");
    for (const auto &d : load("arm_list_deployments.json")["responses"]["200"]["body"]["value"])
        QTest::newRow("arm deployment") << QStringLiteral("deployment") << js::dump(d);
    QTest::newRow("chat completion")
        << QStringLiteral("chat")
        << QByteArray(
               R"({"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,
            "message":{"role":"assistant","content":"Hi","refusal":null},"logprobs":null,"finish_reason":"stop"}],
            "usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6},"system_fingerprint":"fp"})");
}

void TestJsonMapping::roundTrip_keepsEveryField()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    Json in;
    QVERIFY(js::parse(json, in));
    Json out;
    if (type == u"job")
        out = FineTuningJob::fromJson(in).toJson();
    else if (type == u"event")
        out = JobEvent::fromJson(in).toJson();
    else if (type == u"checkpoint")
        out = Checkpoint::fromJson(in).toJson();
    else if (type == u"file")
        out = File::fromJson(in).toJson();
    else if (type == u"upload")
        out = Upload::fromJson(in).toJson();
    else if (type == u"part")
        out = UploadPart::fromJson(in).toJson();
    else if (type == u"model")
        out = Model::fromJson(in).toJson();
    else if (type == u"deployment")
        out = Deployment::fromJson(in).toJson();
    else if (type == u"chat")
        out = ChatCompletion::fromJson(in).toJson();
    QString where;
    // Azure's created_at on models is read into `created`; compare the rest.
    if (type == u"model")
        in.erase("created_at");
    // Classic's -1 means "auto" and is read (and written) as such.
    if (type == u"job" && in.contains("hyperparameters") && in["hyperparameters"].value("n_epochs", 0) == -1)
        in["hyperparameters"]["n_epochs"] = "auto";
    QVERIFY2(containsAll(out, in, &where), qPrintable(where));
}

void TestJsonMapping::job_statusMapsBothVocabularies_data()
{
    ft::test::addColumns<QString, int, bool>("status", "state", "terminal");
    const QList<std::tuple<const char *, JobState, bool>> rows{
        {"validating_files", JobState::Validating, false},
        {"queued", JobState::Queued, false},
        {"pending", JobState::Queued, false},
        {"running", JobState::Running, false},
        {"pausing", JobState::Pausing, false},
        {"paused", JobState::Paused, false},
        {"resuming", JobState::Resuming, false},
        {"succeeded", JobState::Succeeded, true},
        {"failed", JobState::Failed, true},
        {"cancelled", JobState::Cancelled, true},
        {"canceled", JobState::Cancelled, true},
        {"deploying_to_mars", JobState::Unknown, false},
        {"", JobState::Unknown, false}};
    for (const auto &[s, st, t] : rows)
        QTest::newRow(*s ? s : "empty") << QString::fromLatin1(s) << int(st) << t;
}

void TestJsonMapping::job_statusMapsBothVocabularies()
{
    QFETCH(QString, status);
    QFETCH(int, state);
    QFETCH(bool, terminal);
    FineTuningJob job = FineTuningJob::fromJson(Json{{"id", "j"}, {"status", status.toStdString()}});
    QCOMPARE(int(job.state()), state);
    QCOMPARE(isTerminal(job.state()), terminal);
    QCOMPARE(job.status, status); // the open string is kept as given
}

void TestJsonMapping::hyperParam_autoOrNumber()
{
    QVERIFY(HyperParam::fromJson(Json("auto")).isAuto());
    QCOMPARE(HyperParam::fromJson(Json(3)).number(), 3.0);
    QVERIFY(HyperParam::fromJson(Json(3)).isInteger());
    QCOMPARE(HyperParam::fromJson(Json(0.2)).number(), 0.2);
    QVERIFY(!HyperParam::fromJson(Json("three")).isPresent());
    QVERIFY(HyperParam::integer(3).toJson() == Json(3));
    QVERIFY(HyperParam::real(0.5).toJson() == Json(0.5));
    QVERIFY(HyperParam::autoValue().toJson() == Json("auto"));
    QCOMPARE(HyperParam::parse(u"auto", true)->isAuto(), true);
    QVERIFY(!HyperParam::parse(u"1.5", true));
    QCOMPARE(HyperParam::parse(u" 0.1 ", false)->number(), 0.1);
    // Azure classic spells "auto" as -1.
    const Hyperparameters classic = Hyperparameters::fromJson(parse(R"({"n_epochs":-1,"batch_size":4})"));
    QVERIFY(classic.nEpochs.isAuto());
    QCOMPARE(classic.batchSize.number(), 4.0);
}

void TestJsonMapping::method_reinforcement_readsGraderAndHyperparameters()
{
    const Json m =
        parse(R"({"type":"reinforcement","reinforcement":{"grader":{"type":"string_check","name":"g",
        "input":"{{sample.output_text}}","reference":"{{item.label}}","operation":"eq"},"hyperparameters":
        {"reasoning_effort":"medium","compute_multiplier":1.5,"eval_interval":"auto","eval_samples":4},
        "response_format":{"type":"json_schema","json_schema":{"name":"x"}}}})");
    const Method method = Method::fromJson(m);
    QCOMPARE(method.type, MethodType::Reinforcement);
    QVERIFY(method.grader.has_value());
    QCOMPARE(method.grader->type, Grader::Type::StringCheck);
    QCOMPARE(method.hyperparameters.reasoningEffort, QStringLiteral("medium"));
    QCOMPARE(method.hyperparameters.computeMultiplier.number(), 1.5);
    QVERIFY(method.hyperparameters.evalInterval.isAuto());
    QCOMPARE(method.hyperparameters.evalSamples.number(), 4.0);
    QVERIFY(!method.responseFormat.isNull());
    QString where;
    QVERIFY2(containsAll(method.toJson(), m, &where), qPrintable(where));
}

void TestJsonMapping::grader_multi_readsMapAndFindsItemKeys()
{
    const Grader g = Grader::fromJson(parse(R"({"type":"multi","name":"m","calculate_output":"0.5*a+0.5*b",
        "graders":{"a":{"type":"string_check","name":"a","input":"{{sample.output_text}}","reference":"{{ item.answer }}",
        "operation":"eq"},"b":{"type":"text_similarity","name":"b","input":"{{sample.output_text}}",
        "reference":"{{item.explanation}}","evaluation_metric":"bleu"}}})"));
    QCOMPARE(g.type, Grader::Type::Multi);
    QCOMPARE(g.graders.size(), 2);
    QVERIFY(g.problems().isEmpty());
    QCOMPARE(g.referencedItemKeys(), (QStringList{QStringLiteral("answer"), QStringLiteral("explanation")}));
    QVERIFY(g.toJson()["graders"].is_object());
}

void TestJsonMapping::grader_problems_areReported()
{
    QVERIFY(!Grader::fromJson(parse(R"({"type":"string_check","name":"x","input":"a","reference":"b",
        "operation":"contains"})"))
                 .problems()
                 .isEmpty());
    QVERIFY(!Grader::fromJson(parse(R"j({"type":"python","name":"p","source":"print(1)"})j"))
                 .problems()
                 .isEmpty());
    QVERIFY(!Grader::fromJson(parse(R"({"type":"telepathy","name":"t"})")).problems().isEmpty());
    QVERIFY(Grader::fromJson(
                parse(R"({"type":"python","name":"p","source":"def grade(sample, item):\n  return 1"})"))
                .problems()
                .isEmpty());
}

void TestJsonMapping::createRequest_trainingTypeOnlyForAzure()
{
    CreateJobRequest r;
    r.model = QStringLiteral("gpt-4.1-mini");
    r.trainingFile = QStringLiteral("file-1");
    r.trainingType = QStringLiteral("globalStandard");
    r.seed = 7;
    r.method.hyperparameters.nEpochs = HyperParam::integer(2);
    const Json azure = r.toJson(true);
    const Json openai = r.toJson(false);
    QVERIFY(azure["trainingType"] == Json("globalStandard"));
    QVERIFY(!openai.contains("trainingType"));
    QVERIFY(openai["method"]["type"] == Json("supervised"));
    QVERIFY(openai["method"]["supervised"]["hyperparameters"]["n_epochs"] == Json(2));
    QVERIFY(openai["seed"] == Json(7));
    QVERIFY(!openai.contains("suffix"));
}

void TestJsonMapping::job_wrongTypes_readAsAbsentNotCrash()
{
    const FineTuningJob j =
        FineTuningJob::fromJson(parse(R"({"id":42,"status":["running"],"created_at":"yesterday",
        "result_files":"file-1","method":"supervised","metadata":[1],"seed":1.5,"hyperparameters":7})"));
    QVERIFY(j.id.isEmpty());
    QCOMPARE(j.state(), JobState::Unknown);
    QCOMPARE(j.createdAt, 0);
    QVERIFY(j.resultFiles.isEmpty());
    QVERIFY(!j.method.has_value());
    QVERIFY(!j.seed.has_value());
    const FineTuningJob notObject = FineTuningJob::fromJson(Json::array());
    QVERIFY(notObject.id.isEmpty());
}

void TestJsonMapping::page_readsListsAndArmValue()
{
    const auto jobs = pageFromJson<FineTuningJob>(
        parse(R"({"object":"list","data":[{"id":"a"},{"id":"b"},7],"has_more":true})"));
    QCOMPARE(jobs.data.size(), 2);
    QVERIFY(jobs.hasMore);
    QCOMPARE(jobs.lastId, QStringLiteral("b"));
    const auto deps = pageFromJson<Deployment>(load("arm_list_deployments.json")["responses"]["200"]["body"]);
    QCOMPARE(deps.data.size(), 1);
    QCOMPARE(deps.data.first().provisioningState, QStringLiteral("Succeeded"));
    QCOMPARE(deps.data.first().modelName, QStringLiteral("ada"));
}

void TestJsonMapping::event_levelsOfBothServices()
{
    QCOMPARE(JobEvent::fromJson(Json{{"level", "warn"}}).levelKind(), JobEvent::Level::Warning);
    QCOMPARE(JobEvent::fromJson(Json{{"level", "warning"}}).levelKind(), JobEvent::Level::Warning);
    QCOMPARE(JobEvent::fromJson(Json{{"level", "error"}}).levelKind(), JobEvent::Level::Error);
    QCOMPARE(JobEvent::fromJson(Json{{"level", "shout"}}).levelKind(), JobEvent::Level::Unknown);
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
