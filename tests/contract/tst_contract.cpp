// Every response the emulator gives, on each surface, checked against the schemas of the contract
// (extracted from ../shared/api by tests/tools/extract_contract.py): required fields, types, enums.

#include "datagen.h"
#include "emulatorfixture.h"
#include "waiting.h"

#include "core/jsonutil.h"

#include <QFile>
#include <QTest>

using namespace ft;
namespace js = core::js;
using Json = js::Json;

namespace {
Json g_schemas;

bool typeMatches(const Json &v, const std::string &t)
{
    if (t == "string")
        return v.is_string();
    if (t == "integer")
        return v.is_number_integer()
            || (v.is_number_float() && v.get<double>() == double(qint64(v.get<double>())));
    if (t == "number")
        return v.is_number();
    if (t == "boolean")
        return v.is_boolean();
    if (t == "array")
        return v.is_array();
    if (t == "object")
        return v.is_object();
    if (t == "null")
        return v.is_null();
    return true;
}

// Appends what does not conform; `defs` resolves refs (an unknown ref accepts anything).
void validate(const Json &v, const Json &node, const Json &defs, const QString &path, QStringList &errors,
              int depth = 0)
{
    if (depth > 30)
        return;
    if (const Json *ref = js::find(node, "ref")) {
        if (const Json *def = js::find(defs, ref->get<std::string>()))
            validate(v, *def, defs, path, errors, depth + 1);
        return;
    }
    if (const Json *alternatives = js::find(node, "any_of")) {
        for (const auto &alt : *alternatives) {
            QStringList trial;
            validate(v, alt, defs, path, trial, depth + 1);
            if (trial.isEmpty())
                return;
        }
        errors << QStringLiteral("%1: matches none of the alternatives: %2")
                      .arg(path, QString::fromStdString(v.dump()).left(120));
        return;
    }
    if (const Json *types = js::find(node, "types")) {
        bool any = false;
        for (const auto &t : *types)
            any = any || typeMatches(v, t.get<std::string>());
        if (!any) {
            errors << QStringLiteral("%1: %2 is not %3")
                          .arg(path, QString::fromStdString(v.dump()).left(80),
                               QString::fromStdString(types->dump()));
            return;
        }
    }
    if (const Json *e = js::find(node, "enum");
        e && v.is_string() && std::find(e->begin(), e->end(), v) == e->end())
        errors << QStringLiteral("%1: \"%2\" is not one of %3")
                      .arg(path, js::toQ(v), QString::fromStdString(e->dump()));
    if (v.is_object()) {
        if (const Json *req = js::find(node, "required")) {
            for (const auto &k : *req)
                if (!v.contains(k.get<std::string>()))
                    errors << QStringLiteral("%1: required \"%2\" missing").arg(path, js::toQ(k));
        }
        const Json *props = js::find(node, "properties");
        const Json *additional = js::find(node, "additional");
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString p = path + u'.' + QString::fromStdString(it.key());
            if (props && props->contains(it.key()))
                validate(it.value(), (*props)[it.key()], defs, p, errors, depth + 1);
            else if (additional)
                validate(it.value(), *additional, defs, p, errors, depth + 1);
        }
    }
    if (v.is_array()) {
        if (const Json *items = js::find(node, "items")) {
            for (size_t i = 0; i < v.size(); ++i)
                validate(v[i], *items, defs, QStringLiteral("%1[%2]").arg(path).arg(i), errors, depth + 1);
        }
    }
}

// The schemas by which one surface answers the requests the OpenAI and classic surfaces share.
struct SharedSchemas
{
    const char *surface;
    const char *file, *files, *job, *jobs, *events, *checkpoints, *models, *upload, *fileDeleted;
    int jobCreated; // the status of a created job
};

const SharedSchemas kOpenAiSchemas{"openai",
                                   "OpenAIFile",
                                   "ListFilesResponse",
                                   "FineTuningJob",
                                   "ListPaginatedFineTuningJobsResponse",
                                   "ListFineTuningJobEventsResponse",
                                   "ListFineTuningJobCheckpointsResponse",
                                   "ListModelsResponse",
                                   "Upload",
                                   "DeleteFileResponse",
                                   200};
const SharedSchemas kClassicSchemas{"classic",
                                    "File",
                                    "FileList",
                                    "FineTuningJob",
                                    "FineTuningJobList",
                                    "FineTuningJobEventList",
                                    "FineTuningJobCheckpointList",
                                    "ModelList",
                                    "UploadResource",
                                    "FileDelete",
                                    201};
} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openai_responsesFollowTheSpec();
    void azureV1_responsesFollowTheSpec();
    void azureClassic_responsesFollowTheSpec();
    void arm_responsesFollowTheExamples();

private:
    struct Exchange
    {
        int status = 0;
        Json body;
        QByteArray raw;
    };
    Exchange call(api::Client &c, const QByteArray &verb, const QString &path, const Json &body = nullptr,
                  const QUrlQuery &query = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Exchange upload(api::Client &c, const QByteArray &content);
    void expect(const Exchange &e, int status, const char *surface, const char *schema);
    QString succeededJob(api::Client &c, QString *fileId = nullptr);
    // A file uploaded and processed: its answer and the list of files, each checked; the file's answer.
    Exchange expectUploadedFile(api::Client &c, const char *s, const char *fileSchema,
                                const char *listSchema);
    // The requests both surfaces share, each answer checked against the surface's schema: a file, a job
    // created from `job` and cancelled, the reads of a succeeded job and of `model`, and an upload created.
    // The id of the succeeded job and the answers to the file and the upload.
    QString expectSharedRequests(api::Client &c, const SharedSchemas &schemas, const Json &job,
                                 const QString &model, Exchange *file, Exchange *upload);
    // The file deleted, then the error shape of a missing file and of a job without a training file.
    void expectDeleteAndErrors(api::Client &c, const SharedSchemas &schemas, const QString &fileId);

    test::EmulatorFixture m_emu;
};

void TestContract::initTestCase()
{
    QFile f(QStringLiteral(FT_CONTRACT_SCHEMAS));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(js::parse(f.readAll(), g_schemas));
    test::EmulatorFixture::Options o;
    o.speed = 500;
    o.arm.subscription = QStringLiteral("s");
    o.arm.resourceGroup = QStringLiteral("g");
    o.arm.account = QStringLiteral("acct"); // ARM account names are 2 to 64 characters
    QVERIFY(m_emu.start(o));
}

TestContract::Exchange TestContract::call(api::Client &c, const QByteArray &verb, const QString &path,
                                          const Json &body, const QUrlQuery &query,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    api::Transport::Request r = api::Transport::jsonRequest(verb, c.connection().url(path, query),
                                                            body.is_null() ? QByteArray() : js::dump(body));
    if (body.is_null())
        r.contentType.clear();
    r.headers += headers;
    api::PendingCall *p = c.transport().send(r);
    if (!QTest::qWaitFor([p] { return p->isFinished(); }, 10000))
        qFatal("no answer for %s", qPrintable(path));
    Exchange e;
    e.status = p->status();
    e.raw = p->body();
    js::parse(e.raw, e.body);
    p->deleteLater();
    return e;
}

TestContract::Exchange TestContract::upload(api::Client &c, const QByteArray &content)
{
    const QString path = test::writeFile(m_emu.filePath(QStringLiteral("c.jsonl")), content);
    auto f = test::await<core::File>(
        [&](auto cb) { c.files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    if (!f)
        qFatal("upload failed");
    QTest::qWait(50);
    Exchange e;
    (void)QTest::qWaitFor(
        [&] {
            e = call(c, "GET", QStringLiteral("/files/") + f.value().id);
            return js::str(e.body, "status") == u"processed";
        },
        10000);
    return e;
}

void TestContract::expect(const Exchange &e, int status, const char *surface, const char *schema)
{
    QVERIFY2(e.status == status,
             qPrintable(QStringLiteral("%1 %2: HTTP %3, body %4")
                            .arg(QLatin1String(surface), QLatin1String(schema))
                            .arg(e.status)
                            .arg(QString::fromUtf8(e.raw.left(300)))));
    const Json &defs = g_schemas[surface];
    const Json *node = js::find(defs, schema);
    QVERIFY2(node, schema);
    QStringList errors;
    validate(e.body, *node, defs, QLatin1String(schema), errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

TestContract::Exchange TestContract::expectUploadedFile(api::Client &c, const char *s, const char *fileSchema,
                                                        const char *listSchema)
{
    Exchange file = upload(c, test::sftJsonl(12));
    expect(file, 200, s, fileSchema);
    expect(call(c, "GET", QStringLiteral("/files")), 200, s, listSchema);
    return file;
}

QString TestContract::expectSharedRequests(api::Client &c, const SharedSchemas &schemas, const Json &job,
                                           const QString &model, Exchange *file, Exchange *upload)
{
    const char *s = schemas.surface;
    *file = expectUploadedFile(c, s, schemas.file, schemas.files);
    Json body = job;
    body["training_file"] = js::s(js::str(file->body, "id"));
    const Exchange created = call(c, "POST", QStringLiteral("/fine_tuning/jobs"), body);
    expect(created, schemas.jobCreated, s, schemas.job);
    expect(call(c, "POST", QStringLiteral("/fine_tuning/jobs/%1/cancel").arg(js::str(created.body, "id"))),
           200, s, schemas.job);
    QString id = succeededJob(c);
    expect(call(c, "GET", QStringLiteral("/fine_tuning/jobs/") + id), 200, s, schemas.job);
    expect(call(c, "GET", QStringLiteral("/fine_tuning/jobs")), 200, s, schemas.jobs);
    expect(call(c, "GET", QStringLiteral("/fine_tuning/jobs/%1/events").arg(id)), 200, s, schemas.events);
    expect(call(c, "GET", QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(id)), 200, s,
           schemas.checkpoints);
    expect(call(c, "GET", QStringLiteral("/models")), 200, s, schemas.models);
    expect(call(c, "GET", QStringLiteral("/models/") + model), 200, s, "Model");
    *upload = call(
        c, "POST", QStringLiteral("/uploads"),
        Json{{"filename", "u.jsonl"}, {"purpose", "fine-tune"}, {"bytes", 10}, {"mime_type", "text/jsonl"}});
    expect(*upload, 200, s, schemas.upload);
    return id;
}

void TestContract::expectDeleteAndErrors(api::Client &c, const SharedSchemas &schemas, const QString &fileId)
{
    const char *s = schemas.surface;
    expect(call(c, "DELETE", QStringLiteral("/files/") + fileId), 200, s, schemas.fileDeleted);
    expect(call(c, "GET", QStringLiteral("/files/nope")), 404, s, "ErrorResponse");
    expect(call(c, "POST", QStringLiteral("/fine_tuning/jobs"), Json{{"model", "gpt-4.1-nano"}}), 400, s,
           "ErrorResponse");
}

QString TestContract::succeededJob(api::Client &c, QString *fileId)
{
    const Exchange file = upload(c, test::sftJsonl(12));
    if (fileId)
        *fileId = js::str(file.body, "id");
    Json body{{"model", "gpt-4.1-nano"},
              {"training_file", js::s(js::str(file.body, "id"))},
              {"suffix", "contract"},
              {"method", {{"type", "supervised"}, {"supervised", {{"hyperparameters", {{"n_epochs", 2}}}}}}}};
    const Exchange created = call(c, "POST", QStringLiteral("/fine_tuning/jobs"), body);
    QString id = js::str(created.body, "id");
    (void)QTest::qWaitFor(
        [&] {
            return js::str(call(c, "GET", QStringLiteral("/fine_tuning/jobs/") + id).body, "status")
                == u"succeeded";
        },
        20000);
    return id;
}

void TestContract::openai_responsesFollowTheSpec()
{
    api::Client &c = m_emu.client(api::ServiceKind::OpenAI);
    const char *s = kOpenAiSchemas.surface;
    const Json job{
        {"model", "gpt-4.1-nano"}, {"training_file", nullptr}, {"seed", 3}, {"metadata", {{"a", "b"}}}};
    Exchange file;
    Exchange up;
    const QString id =
        expectSharedRequests(c, kOpenAiSchemas, job, QStringLiteral("gpt-4.1-2025-04-14"), &file, &up);
    const QString model =
        js::str(call(c, "GET", QStringLiteral("/fine_tuning/jobs/") + id).body, "fine_tuned_model");
    const Exchange chat = call(
        c, "POST", QStringLiteral("/chat/completions"),
        Json{{"model", js::s(model)}, {"messages", {{{"role", "user"}, {"content", "Capital of Peru?"}}}}});
    expect(chat, 200, s, "CreateChatCompletionResponse");
    expect(call(c, "POST", QStringLiteral("/fine_tuning/alpha/graders/validate"),
                Json{{"grader",
                      {{"type", "string_check"},
                       {"name", "g"},
                       {"input", "a"},
                       {"reference", "b"},
                       {"operation", "eq"}}}}),
           200, s, "ValidateGraderResponse");
    expect(call(c, "POST", QStringLiteral("/uploads/%1/cancel").arg(js::str(up.body, "id"))), 200, s,
           "Upload");
    expect(call(c, "DELETE", QStringLiteral("/models/") + model), 200, s, "DeleteModelResponse");
    expectDeleteAndErrors(c, kOpenAiSchemas, js::str(file.body, "id"));
}

void TestContract::azureV1_responsesFollowTheSpec()
{
    api::Client &c = m_emu.client(api::ServiceKind::AzureV1);
    const char *s = "azure_v1";
    expectUploadedFile(c, s, "AzureOpenAIFile", "AzureListFilesResponse");
    const QString id = succeededJob(c);
    expect(call(c, "GET", QStringLiteral("/fine_tuning/jobs/") + id), 200, s, "OpenAI.FineTuningJob");
    const Exchange events = call(c, "GET", QStringLiteral("/fine_tuning/jobs/%1/events").arg(id));
    for (const auto &e : events.body["data"])
        expect(Exchange{200, e, {}}, 200, s, "OpenAI.FineTuningJobEvent");
    const Exchange ckpts = call(c, "GET", QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(id));
    for (const auto &e : ckpts.body["data"])
        expect(Exchange{200, e, {}}, 200, s, "OpenAI.FineTuningJobCheckpoint");
    expect(call(c, "GET", QStringLiteral("/models/gpt-4.1-2025-04-14")), 200, s, "OpenAI.Model");
    expect(call(c, "GET", QStringLiteral("/files/nope")), 404, s, "AzureErrorResponse");

    // Checkpoint copy (preview): POST then GET, both CopyModelResponse; the preview header is required.
    const QString ckpt = js::str(ckpts.body["data"][0], "id");
    const QString copyPath = QStringLiteral("/fine_tuning/jobs/%1/checkpoints/%2/copy").arg(id, ckpt);
    const QList<QPair<QByteArray, QByteArray>> preview{{"aoai-copy-ft-checkpoints", "preview"},
                                                       {"accept", "application/json"}};
    const Json copyBody{{"destinationResourceId",
                         "/subscriptions/s2/resourceGroups/g2/providers/"
                         "Microsoft.CognitiveServices/accounts/a2"},
                        {"region", "swedencentral"}};
    expect(call(c, "POST", copyPath, copyBody, {}, preview), 200, s, "CopyModelResponse");
    const Exchange status = call(c, "GET", copyPath, nullptr, {}, preview);
    expect(status, 200, s, "CopyModelResponse");
    QCOMPARE(js::str(status.body["copiedAccountDetails"][0], "region"), QStringLiteral("swedencentral"));
    expect(call(c, "POST", copyPath, copyBody), 400, s, "AzureErrorResponse"); // no preview header
    expect(call(c, "POST", copyPath, Json{{"region", "x"}}, {}, preview), 400, s, "AzureErrorResponse");
}

void TestContract::azureClassic_responsesFollowTheSpec()
{
    api::Client &c = m_emu.client(api::ServiceKind::AzureClassic);
    Exchange file;
    Exchange up;
    expectSharedRequests(c, kClassicSchemas, Json{{"model", "gpt-4.1-nano"}, {"training_file", nullptr}},
                         QStringLiteral("gpt-4o-2024-08-06"), &file, &up);
    expectDeleteAndErrors(c, kClassicSchemas, js::str(file.body, "id"));
}

void TestContract::arm_responsesFollowTheExamples()
{
    api::Client &c = m_emu.client(api::ServiceKind::AzureV1);
    const QString jobId = succeededJob(c);
    const QString model =
        js::str(call(c, "GET", QStringLiteral("/fine_tuning/jobs/") + jobId).body, "fine_tuned_model");
    auto arm = [&](const QByteArray &verb, const QString &name, const Json &body = nullptr) {
        api::Transport::Request r = api::Transport::jsonRequest(
            verb, name.isEmpty() ? c.connection().armUrl() : c.connection().armUrl(name),
            body.is_null() ? QByteArray() : js::dump(body));
        r.arm = true;
        api::PendingCall *p = c.transport().send(r);
        (void)QTest::qWaitFor([p] { return p->isFinished(); }, 10000);
        Exchange e{p->status(), {}, p->body()};
        js::parse(e.raw, e.body);
        p->deleteLater();
        return e;
    };
    const Json put{
        {"sku", {{"name", "Standard"}, {"capacity", 1}}},
        {"properties", {{"model", {{"format", "OpenAI"}, {"name", js::s(model)}, {"version", "1"}}}}}};
    const Exchange created = arm("PUT", QStringLiteral("dep"), put);
    QCOMPARE(created.status, 201);
    for (const Exchange &e : {created, arm("GET", QStringLiteral("dep"))}) {
        QVERIFY(js::str(e.body, "id")
                    .endsWith(QStringLiteral(
                        "/providers/Microsoft.CognitiveServices/accounts/acct/deployments/dep")));
        QCOMPARE(js::str(e.body, "name"), QStringLiteral("dep"));
        QCOMPARE(js::str(e.body, "type"), QStringLiteral("Microsoft.CognitiveServices/accounts/deployments"));
        QCOMPARE(js::str(e.body["sku"], "name"), QStringLiteral("Standard"));
        QCOMPARE(js::str(e.body["properties"]["model"], "name"), model);
        QVERIFY(
            QStringList({QStringLiteral("Accepted"), QStringLiteral("Creating"), QStringLiteral("Succeeded")})
                .contains(js::str(e.body["properties"], "provisioningState")));
    }
    const Exchange again = arm("PUT", QStringLiteral("dep"), put);
    QCOMPARE(again.status, 200); // an update of an existing deployment
    const Exchange list = arm("GET", {});
    QCOMPARE(list.status, 200);
    QVERIFY(list.body["value"].is_array());
    const Exchange missing = arm("GET", QStringLiteral("nope"));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body["error"]["code"].is_string() && missing.body["error"]["message"].is_string());
    QVERIFY(QList<int>({200, 202, 204}).contains(arm("DELETE", QStringLiteral("dep")).status));
    // A delete is a long-running operation: asked again while it runs, 202 again; once it is over, 204.
    int again204 = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            again204 = arm("DELETE", QStringLiteral("dep")).status;
            return again204 != 202;
        },
        20000));
    QCOMPARE(again204, 204);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
