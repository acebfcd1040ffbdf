// The emulator's answers on the wire, through the client's transport: every route of every service kind
// answers a wrong key with 401 and an unknown id with 404, classic creates answer 201 + Location, and
// each surface has its own error shape.

#include "datagen.h"
#include "datatable.h"
#include "emulatorfixture.h"
#include "waiting.h"

#include "core/jsonutil.h"

#include <QTest>

using namespace ft;
using test::await;
using Kind = api::ServiceKind;

class TestClientRoutesWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyRoute_wrongKey_gets401_data();
    void everyRoute_wrongKey_gets401();
    void everyRoute_unknownId_gets404_data();
    void everyRoute_unknownId_gets404();
    void wire_statusCodesAndHeadersPerService();
    void wire_errorShapesPerService();

private:
    test::EmulatorFixture m_emu;
};

void TestClientRoutesWire::initTestCase()
{
    QString error;
    QVERIFY2(m_emu.start(test::EmulatorFixture::keyed(), &error), qPrintable(error));
}

namespace {
struct RouteRow
{
    const char *verb;
    const char *path; // {id} is replaced by an unknown id
    bool classicOnly = false;
    bool notClassic = false;
};
const RouteRow kRoutes[] = {
    {"GET", "/files"},
    {"POST", "/files"},
    {"POST", "/files/import", true},
    {"GET", "/files/{id}"},
    {"DELETE", "/files/{id}"},
    {"GET", "/files/{id}/content"},
    {"POST", "/uploads"},
    {"POST", "/uploads/{id}/parts"},
    {"POST", "/uploads/{id}/complete"},
    {"POST", "/uploads/{id}/cancel"},
    {"POST", "/fine_tuning/jobs"},
    {"GET", "/fine_tuning/jobs"},
    {"GET", "/fine_tuning/jobs/{id}"},
    {"DELETE", "/fine_tuning/jobs/{id}", true},
    {"POST", "/fine_tuning/jobs/{id}/cancel"},
    {"POST", "/fine_tuning/jobs/{id}/pause"},
    {"POST", "/fine_tuning/jobs/{id}/resume"},
    {"GET", "/fine_tuning/jobs/{id}/events"},
    {"GET", "/fine_tuning/jobs/{id}/checkpoints"},
    {"POST", "/fine_tuning/alpha/graders/validate", false, true},
    {"GET", "/models"},
    {"GET", "/models/{id}"},
    {"DELETE", "/models/{id}"},
    {"POST", "/chat/completions", false, true},
    {"POST", "/deployments/{id}/chat/completions", true},
};

void addRouteRows(bool idRoutesOnly)
{
    test::addColumns<int, QByteArray, QString>("kind", "verb", "path");
    for (Kind kind : {Kind::AzureV1, Kind::AzureClassic, Kind::OpenAI}) {
        for (const RouteRow &r : kRoutes) {
            if ((r.classicOnly && kind != Kind::AzureClassic) || (r.notClassic && kind == Kind::AzureClassic))
                continue;
            const QString path = QString::fromLatin1(r.path);
            if (idRoutesOnly
                && (!path.contains(QStringLiteral("{id}")) || path.contains(QStringLiteral("chat"))))
                continue;
            QTest::addRow("%s %s %s", qPrintable(api::serviceKindName(kind)), r.verb, r.path)
                << int(kind) << QByteArray(r.verb) << path;
        }
    }
}
} // namespace

void TestClientRoutesWire::everyRoute_wrongKey_gets401_data()
{
    addRouteRows(false);
}

void TestClientRoutesWire::everyRoute_wrongKey_gets401()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    api::Client &c = m_emu.client(Kind(kind), QStringLiteral("wrong-key"));
    api::Transport::Request r = api::Transport::jsonRequest(
        verb, c.connection().url(QString(path).replace(QStringLiteral("{id}"), QStringLiteral("x"))), "{}");
    api::PendingCall *call = c.transport().send(r);
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 401);
    QVERIFY(!call->error().message.isEmpty());
    QVERIFY(!call->body().contains("wrong-key"));
    call->deleteLater();
}

void TestClientRoutesWire::everyRoute_unknownId_gets404_data()
{
    addRouteRows(true);
}

void TestClientRoutesWire::everyRoute_unknownId_gets404()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    api::Client &c = m_emu.client(Kind(kind));
    const QString unknown = path.startsWith(QStringLiteral("/models"))
        ? QStringLiteral("ft:gpt-4o-mini-2024-07-18:x::gone")
        : QStringLiteral("nothing-here-123");
    api::PendingCall *call = c.transport().send(api::Transport::jsonRequest(
        verb, c.connection().url(QString(path).replace(QStringLiteral("{id}"), unknown)), "{}"));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 404);
    QVERIFY2(call->error().message.contains(unknown), qPrintable(call->error().message));
    call->deleteLater();
}

void TestClientRoutesWire::wire_statusCodesAndHeadersPerService()
{
    // Raw requests, to see what the typed layer hides: classic creates answer 201 + Location.
    api::Client &classic = m_emu.client(Kind::AzureClassic);
    const core::File train = m_emu.uploadReady(classic, test::sftJsonl(12), QStringLiteral("w.jsonl"));
    core::CreateJobRequest req;
    req.model = QStringLiteral("gpt-4.1-nano");
    req.trainingFile = train.id;
    api::PendingCall *call = classic.transport().send(
        api::Transport::jsonRequest("POST", classic.connection().url(QStringLiteral("/fine_tuning/jobs")),
                                    core::js::dump(req.toJson(true))));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 201);
    QVERIFY(call->header("Location").contains("/openai/fine_tuning/jobs/ftjob-"));
    QVERIFY(call->header("x-finetune-emulator").contains("emulator"));
    core::js::Json body;
    QVERIFY(core::js::parse(call->body(), body));
    QCOMPARE(core::js::str(body, "status"), QStringLiteral("pending")); // the classic vocabulary
    call->deleteLater();

    api::Client &v1 = m_emu.client(Kind::AzureV1);
    call = v1.transport().send(api::Transport::jsonRequest(
        "POST", v1.connection().url(QStringLiteral("/fine_tuning/jobs")), core::js::dump(req.toJson(true))));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 200);
    QVERIFY(call->header("Location").isEmpty());
    call->deleteLater();

    // Classic requires an api-version.
    api::Connection noVersion = classic.connection();
    QUrl url = noVersion.url(QStringLiteral("/files"));
    url.setQuery(QString());
    call = classic.transport().send(api::Transport::get(url));
    QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
    QCOMPARE(call->status(), 404);
    call->deleteLater();
}

void TestClientRoutesWire::wire_errorShapesPerService()
{
    struct Row
    {
        Kind kind;
        const char *expectKey;
    };
    for (const Row &row :
         {Row{Kind::OpenAI, "type"}, Row{Kind::AzureV1, "type"}, Row{Kind::AzureClassic, "code"}}) {
        api::Client &c = m_emu.client(row.kind);
        api::PendingCall *call =
            c.transport().send(api::Transport::get(c.connection().url(QStringLiteral("/files/file-x"))));
        QVERIFY(QTest::qWaitFor([&] { return call->isFinished(); }, 10000));
        QCOMPARE(call->status(), 404);
        core::js::Json body;
        QVERIFY(core::js::parse(call->body(), body));
        QVERIFY(body["error"].is_object());
        QVERIFY(body["error"].contains(row.expectKey));
        QVERIFY(body["error"]["message"].is_string());
        if (row.kind == Kind::AzureClassic) {
            QVERIFY(!body["error"].contains("type"));
            QCOMPARE(core::js::str(body["error"], "code"), QStringLiteral("notFound"));
        } else if (row.kind == Kind::OpenAI) {
            QVERIFY(body["error"].contains("param"));
            QCOMPARE(core::js::str(body["error"], "type"), QStringLiteral("invalid_request_error"));
        } else {
            QCOMPARE(core::js::str(body["error"], "type"), QStringLiteral("error")); // AzureErrorResponse
        }
        call->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestClientRoutesWire)
#include "tst_client_routes_wire.moc"
