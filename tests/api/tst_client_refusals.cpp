// The client refuses an id or a name that cannot be one URL path segment before anything is sent: every
// call that puts one in a path, through every route the GUI and ftctl share. The refusal arrives
// asynchronously as a typed InvalidArgument error, like any other error. A stand-in server records what
// reaches the wire.

#include "datatable.h"
#include "hostileids.h"
#include "recordingserver.h"
#include "waiting.h"

#include "api/client.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

namespace {
// One client call with `id` in its path; the callback gets the error, or nothing on success.
using Outcome = std::optional<core::ApiError>;
using Call =
    std::function<void(api::Client &, const QString &id, QObject *ctx, std::function<void(Outcome)>)>;

template<typename T>
api::Callback<T> outcome(const std::function<void(Outcome)> &done)
{
    return [done](core::Result<T> r) { done(r ? Outcome() : Outcome(r.error())); };
}

struct NamedCall
{
    const char *name;
    Kind kind;
    Call call;
};

const QList<NamedCall> &calls()
{
    static const QString file = QDir::temp().filePath(QStringLiteral("ft-refusals-part.bin"));
    static const QList<NamedCall> list{
        {"files get", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) { c.files().get(id, ctx, outcome<core::File>(d)); }},
        {"files delete (classic)", Kind::AzureClassic,
         [](auto &c, auto id, auto ctx, auto d) { c.files().remove(id, ctx, outcome<core::Deleted>(d)); }},
        {"files download", Kind::OpenAI,
         [](auto &c, auto id, auto ctx, auto d) {
             c.files().download(id, QDir::temp().filePath(QStringLiteral("ft-refusals.out")), ctx,
                                outcome<core::Nothing>(d));
         }},
        {"files content", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) { c.files().content(id, ctx, outcome<QByteArray>(d)); }},
        {"uploads add part", Kind::OpenAI,
         [](auto &c, auto id, auto ctx, auto d) {
             c.uploads().addPart(id, file, 0, 1, ctx, outcome<core::UploadPart>(d));
         }},
        {"uploads complete", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.uploads().complete(id, {}, {}, ctx, outcome<core::Upload>(d));
         }},
        {"uploads cancel", Kind::OpenAI,
         [](auto &c, auto id, auto ctx, auto d) { c.uploads().cancel(id, ctx, outcome<core::Upload>(d)); }},
        {"jobs get", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) { c.jobs().get(id, ctx, outcome<core::FineTuningJob>(d)); }},
        {"jobs cancel", Kind::AzureClassic,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().cancel(id, ctx, outcome<core::FineTuningJob>(d));
         }},
        {"jobs pause", Kind::OpenAI,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().pause(id, ctx, outcome<core::FineTuningJob>(d));
         }},
        {"jobs resume", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().resume(id, ctx, outcome<core::FineTuningJob>(d));
         }},
        {"jobs delete (classic)", Kind::AzureClassic,
         [](auto &c, auto id, auto ctx, auto d) { c.jobs().remove(id, ctx, outcome<core::Nothing>(d)); }},
        {"jobs events", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().events(id, {}, ctx, outcome<core::Page<core::JobEvent>>(d));
         }},
        {"jobs checkpoints", Kind::OpenAI,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().checkpoints(id, {}, ctx, outcome<core::Page<core::Checkpoint>>(d));
         }},
        {"checkpoint copy, job", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().copyCheckpoint(id, QStringLiteral("ftchkpt-1"), QStringLiteral("/subscriptions/x"),
                                     QStringLiteral("eastus"), ctx, outcome<core::CheckpointCopy>(d));
         }},
        {"checkpoint copy, checkpoint", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().copyCheckpoint(QStringLiteral("ftjob-1"), id, QStringLiteral("/subscriptions/x"),
                                     QStringLiteral("eastus"), ctx, outcome<core::CheckpointCopy>(d));
         }},
        {"checkpoint copy status", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.jobs().checkpointCopyStatus(QStringLiteral("ftjob-1"), id, ctx,
                                           outcome<core::CheckpointCopy>(d));
         }},
        {"models get", Kind::OpenAI,
         [](auto &c, auto id, auto ctx, auto d) { c.models().get(id, ctx, outcome<core::Model>(d)); }},
        {"models delete", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) { c.models().remove(id, ctx, outcome<core::Deleted>(d)); }},
        {"chat on a classic deployment", Kind::AzureClassic,
         [](auto &c, auto id, auto ctx, auto d) {
             core::ChatRequest req;
             req.model = id;
             req.messages.append({QStringLiteral("user"), QStringLiteral("hi")});
             c.models().chat(req, ctx, outcome<core::ChatCompletion>(d));
         }},
        {"deployment get", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.deployments().get(id, ctx, outcome<core::Deployment>(d));
         }},
        {"deployment put", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             core::Deployment dep;
             dep.name = id;
             dep.modelName = QStringLiteral("gpt-4o-mini-2024-07-18");
             dep.skuName = QStringLiteral("Standard");
             c.deployments().put(dep, ctx, outcome<core::Deployment>(d));
         }},
        {"deployment delete", Kind::AzureV1,
         [](auto &c, auto id, auto ctx, auto d) {
             c.deployments().remove(id, ctx, outcome<core::Nothing>(d));
         }},
    };
    return list;
}

// The path of a recorded request line, split and decoded segment by segment.
QStringList decodedSegments(const QString &requestLine)
{
    QString path = requestLine.section(u' ', 1, 1);
    path = path.left(path.indexOf(u'?') < 0 ? path.size() : path.indexOf(u'?'));
    QStringList out;
    for (const QString &s : path.split(u'/', Qt::SkipEmptyParts))
        out << QUrl::fromPercentEncoding(s.toUtf8());
    return out;
}
} // namespace

class TestClientRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileId_isRefusedAsyncWithoutSending_data();
    void hostileId_isRefusedAsyncWithoutSending();
    void hostileArmTarget_isRefusedWithoutSending_data();
    void hostileArmTarget_isRefusedWithoutSending();
    void validIds_travelAsOneSegmentEach_data();
    void validIds_travelAsOneSegmentEach();

private:
    api::Client &client(Kind kind);
    Outcome run(const Call &call, api::Client &c, const QString &id, bool *synchronous);

    std::unique_ptr<test::RecordingServer> m_server;
    std::vector<std::unique_ptr<api::Client>> m_clients;
    api::ArmTarget m_arm;
};

void TestClientRefusals::initTestCase()
{
    m_server = std::make_unique<test::RecordingServer>();
    QVERIFY(m_server->isListening());
    QFile part(QDir::temp().filePath(QStringLiteral("ft-refusals-part.bin")));
    QVERIFY(part.open(QIODevice::WriteOnly) && part.write("x") == 1);
}

api::Client &TestClientRefusals::client(Kind kind)
{
    api::Connection c;
    c.kind = kind;
    c.endpoint = m_server->url();
    c.secret = QStringLiteral("key");
    c.arm = m_arm;
    c.arm.endpoint = m_server->url();
    if (c.arm.token.isEmpty()) {
        c.arm.subscription = QStringLiteral("00000000-0000-0000-0000-000000000000");
        c.arm.resourceGroup = QStringLiteral("rg-1");
        c.arm.account = QStringLiteral("acct-1");
        c.arm.token = QStringLiteral("arm-token");
    }
    m_clients.push_back(std::make_unique<api::Client>(c));
    return *m_clients.back();
}

Outcome TestClientRefusals::run(const Call &call, api::Client &c, const QString &id, bool *synchronous)
{
    bool returned = false;
    *synchronous = false;
    std::optional<Outcome> got;
    call(c, id, this, [&](Outcome o) {
        if (!returned)
            *synchronous = true;
        got = std::move(o);
    });
    returned = true;
    if (!test::waitUntil([&] { return got.has_value(); }, 10000))
        return core::ApiError::timeout(QStringLiteral("no answer"));
    test::settle(50); // anything sent would be recorded by now
    return *got;
}

void TestClientRefusals::hostileId_isRefusedAsyncWithoutSending_data()
{
    test::addColumns<int, QString>("call", "id");
    for (int i = 0; i < calls().size(); ++i) {
        for (const QString &id : test::hostileIds())
            QTest::addRow("%s: \"%s\"", calls()[i].name, test::escapedRowName(id).constData()) << i << id;
    }
}

void TestClientRefusals::hostileId_isRefusedAsyncWithoutSending()
{
    QFETCH(int, call);
    QFETCH(QString, id);
    m_server->clear();
    api::Client &c = client(calls()[call].kind);
    bool synchronous = false;
    const Outcome result = run(calls()[call].call, c, id, &synchronous);
    QVERIFY2(result.has_value(), "the call succeeded");
    QVERIFY2(result->kind == core::ApiError::Kind::InvalidArgument, qPrintable(result->toString()));
    QVERIFY(!result->message.isEmpty());
    QVERIFY2(!synchronous, "the refusal must arrive on a later turn of the event loop");
    QVERIFY2(m_server->requestLines().isEmpty(), qPrintable(m_server->requestLines().join(u'\n')));
}

void TestClientRefusals::hostileArmTarget_isRefusedWithoutSending_data()
{
    test::addColumns<int, QString>("part", "value");
    for (int part = 0; part < 3; ++part) {
        const char *names[] = {"subscription", "resource group", "account"};
        for (const QString &v : test::hostileIds())
            QTest::addRow("%s: \"%s\"", names[part], test::escapedRowName(v).constData()) << part << v;
    }
}

void TestClientRefusals::hostileArmTarget_isRefusedWithoutSending()
{
    QFETCH(int, part);
    QFETCH(QString, value);
    if (value.isEmpty())
        QSKIP("an empty part is a target that is not set: refused as such by every deployments call");
    m_server->clear();
    m_arm = {};
    m_arm.subscription = QStringLiteral("sub-1");
    m_arm.resourceGroup = QStringLiteral("rg-1");
    m_arm.account = QStringLiteral("acct-1");
    m_arm.token = QStringLiteral("arm-token");
    QString *target[] = {&m_arm.subscription, &m_arm.resourceGroup, &m_arm.account};
    *target[part] = value;
    api::Client &c = client(Kind::AzureV1);
    m_arm = {};
    const QList<Call> armCalls{
        [](auto &cl, auto, auto ctx, auto d) {
            cl.deployments().list(ctx, outcome<core::Page<core::Deployment>>(d));
        },
        [](auto &cl, auto, auto ctx, auto d) {
            cl.deployments().get(QStringLiteral("dep-1"), ctx, outcome<core::Deployment>(d));
        },
        [](auto &cl, auto, auto ctx, auto d) {
            cl.deployments().remove(QStringLiteral("dep-1"), ctx, outcome<core::Nothing>(d));
        },
    };
    for (const Call &call : armCalls) {
        bool synchronous = false;
        const Outcome result = run(call, c, {}, &synchronous);
        QVERIFY2(result && result->kind == core::ApiError::Kind::InvalidArgument,
                 result ? qPrintable(result->toString()) : "succeeded");
        QVERIFY(!synchronous);
    }
    QVERIFY2(m_server->requestLines().isEmpty(), qPrintable(m_server->requestLines().join(u'\n')));
}

void TestClientRefusals::validIds_travelAsOneSegmentEach_data()
{
    test::addColumns<int, QString, QStringList>("call", "id", "segments");
    auto index = [](const char *name) {
        for (int i = 0; i < calls().size(); ++i)
            if (qstrcmp(calls()[i].name, name) == 0)
                return i;
        return -1;
    };
    const QString ft = QStringLiteral("ft:gpt-4o-mini-2024-07-18:org::abc:ckpt-step-10");
    QTest::newRow("openai fine-tuned checkpoint model")
        << index("models get") << ft << QStringList{QStringLiteral("v1"), QStringLiteral("models"), ft};
    const QString azure = QStringLiteral("gpt-4o-mini-2024-07-18.ft-0123abcd-suffix");
    QTest::newRow("azure fine-tuned model")
        << index("models delete") << azure
        << QStringList{QStringLiteral("openai"), QStringLiteral("v1"), QStringLiteral("models"), azure};
    QTest::newRow("file content") << index("files content") << QStringLiteral("file-abc")
                                  << QStringList{QStringLiteral("openai"), QStringLiteral("v1"),
                                                 QStringLiteral("files"), QStringLiteral("file-abc"),
                                                 QStringLiteral("content")};
    QTest::newRow("deployment") << index("deployment get") << QStringLiteral("my-dep.v1")
                                << QStringList{QStringLiteral("subscriptions"),
                                               QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                               QStringLiteral("resourceGroups"),
                                               QStringLiteral("rg-1"),
                                               QStringLiteral("providers"),
                                               QStringLiteral("Microsoft.CognitiveServices"),
                                               QStringLiteral("accounts"),
                                               QStringLiteral("acct-1"),
                                               QStringLiteral("deployments"),
                                               QStringLiteral("my-dep.v1")};
}

void TestClientRefusals::validIds_travelAsOneSegmentEach()
{
    QFETCH(int, call);
    QFETCH(QString, id);
    QFETCH(QStringList, segments);
    QVERIFY(call >= 0);
    m_server->clear();
    bool synchronous = false;
    api::Client &c = client(calls()[call].kind);
    const Outcome result = run(calls()[call].call, c, id, &synchronous);
    QVERIFY(result.has_value()); // the stand-in answers 404
    QCOMPARE(result->httpStatus, 404);
    const QStringList lines = m_server->requestLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(decodedSegments(lines[0]), segments);
}

QTEST_GUILESS_MAIN(TestClientRefusals)
#include "tst_client_refusals.moc"
