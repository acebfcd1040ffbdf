// The router on its own, with the service's table of surfaces: which surface a request enters by its
// host and path prefix, which route it reaches by surface, method and pattern (the more literal route
// first, whatever the order of registration; ARM's names without regard to case), what the patterns
// capture, and the checks that run under a prefix before any route.

#include "emulator/router.h"
#include "emulator/service.h"

#include <QTest>

using namespace ft::emu;

namespace {
// A route that answers with its own name and what it captured.
Router::Handler named(const char *name)
{
    return [name](const HttpRequest &, const RouteArgs &args) {
        HttpReply reply;
        reply.body = QByteArray(name) + '|' + args["id"].toUtf8() + '|' + args["account"].toUtf8();
        return reply;
    };
}

HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &host = "127.0.0.1:1")
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers.append({"host", host});
    r.baseUrl = QStringLiteral("http://127.0.0.1:1");
    return r;
}

QStringList segmentsOf(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// What the router answers for a request that entered its surface, or "none".
QByteArray dispatched(const Router &router, HttpRequest r)
{
    if (!router.enter(r, segmentsOf(r.path)))
        return "no surface";
    const auto reply = router.dispatch(r);
    return reply ? reply->body : QByteArray("none");
}
} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void enter_longestPrefixWins_andTheRestAreTheSegments();
    void enter_unknownPrefix_entersNoSurface();
    void enter_hostRule_winsOverPathRules_forItsNamesUnderLocalhost();
    void dispatch_literalBeatsCapture_inEitherOrderOfRegistration();
    void dispatch_methodAndSurfaceMustMatch();
    void dispatch_dataPlaneIsCaseSensitive_armIsNot();
    void dispatch_providerSegment_separatesArmFamilies();
    void dispatch_hostPattern_capturesTheAccount_andOnlyUnderLocalhost();
    void prefixCheck_answersBeforeAnyRoute_underItsPrefixOnly();
};

void TestRouter::enter_longestPrefixWins_andTheRestAreTheSegments()
{
    Router router;
    Service::addSurfaces(router);
    HttpRequest v1 = request("GET", QStringLiteral("/openai/v1/files/file-1"));
    QVERIFY(router.enter(v1, segmentsOf(v1.path)));
    QCOMPARE(v1.surface, Surface::AzureV1);
    QCOMPARE(v1.segments, (QStringList{QStringLiteral("files"), QStringLiteral("file-1")}));
    QCOMPARE(v1.baseUrl, QStringLiteral("http://127.0.0.1:1/openai/v1"));
    HttpRequest classic = request("GET", QStringLiteral("/openai/files"));
    QVERIFY(router.enter(classic, segmentsOf(classic.path)));
    QCOMPARE(classic.surface, Surface::AzureClassic);
    QCOMPARE(classic.segments, QStringList{QStringLiteral("files")});
    HttpRequest arm = request("GET", QStringLiteral("/subscriptions/s/resourceGroups/g"));
    QVERIFY(router.enter(arm, segmentsOf(arm.path)));
    QCOMPARE(arm.surface, Surface::Arm);
    QCOMPARE(arm.segments.first(), QStringLiteral("subscriptions")); // ARM keeps its prefix
    QCOMPARE(arm.baseUrl, QStringLiteral("http://127.0.0.1:1"));
}

void TestRouter::enter_unknownPrefix_entersNoSurface()
{
    Router router;
    Service::addSurfaces(router);
    for (const QString &path :
         {QStringLiteral("/v2/files"), QStringLiteral("/"), QStringLiteral("/OpenAI/v1/files")}) {
        HttpRequest r = request("GET", path);
        QVERIFY2(!router.enter(r, segmentsOf(path)), qPrintable(path));
    }
}

void TestRouter::enter_hostRule_winsOverPathRules_forItsNamesUnderLocalhost()
{
    Router router;
    Service::addSurfaces(router);
    router.addSurface({Surface::AzureClassic, {}, {}, false, QStringLiteral("{account}.blob")});
    HttpRequest blob = request("GET", QStringLiteral("/v1/container/x"), "acct1.blob.localhost:1");
    QVERIFY(router.enter(blob, segmentsOf(blob.path)));
    QCOMPARE(blob.surface, Surface::AzureClassic);
    QCOMPARE(blob.segments.size(), 3); // no prefix taken
    HttpRequest plain = request("GET", QStringLiteral("/v1/container/x"), "localhost:1");
    QVERIFY(router.enter(plain, segmentsOf(plain.path)));
    QCOMPARE(plain.surface, Surface::OpenAI);
    HttpRequest elsewhere = request("GET", QStringLiteral("/v1/files"), "acct1.blob.example.com");
    QVERIFY(router.enter(elsewhere, segmentsOf(elsewhere.path)));
    QCOMPARE(elsewhere.surface, Surface::OpenAI);
}

void TestRouter::dispatch_literalBeatsCapture_inEitherOrderOfRegistration()
{
    for (const bool literalFirst : {true, false}) {
        Router router;
        Service::addSurfaces(router);
        const Surfaces all = Surfaces::dataPlane();
        if (literalFirst)
            router.on(all, {"POST"}, "files/import", named("import"));
        router.on(all, {"POST"}, "files/{id}", named("file"));
        if (!literalFirst)
            router.on(all, {"POST"}, "files/import", named("import"));
        QCOMPARE(dispatched(router, request("POST", QStringLiteral("/v1/files/import"))),
                 QByteArray("import||"));
        QCOMPARE(dispatched(router, request("POST", QStringLiteral("/v1/files/file-7"))),
                 QByteArray("file|file-7|"));
    }
}

void TestRouter::dispatch_methodAndSurfaceMustMatch()
{
    Router router;
    Service::addSurfaces(router);
    router.on({Surface::AzureClassic}, {"DELETE"}, "fine_tuning/jobs/{id}", named("delete"));
    router.on(Surfaces::dataPlane(), {"GET", "POST"}, "fine_tuning/jobs/{id}/copy", named("copy"));
    QCOMPARE(dispatched(router, request("DELETE", QStringLiteral("/openai/fine_tuning/jobs/j1"))),
             QByteArray("delete|j1|"));
    QCOMPARE(dispatched(router, request("DELETE", QStringLiteral("/openai/v1/fine_tuning/jobs/j1"))),
             QByteArray("none"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/openai/fine_tuning/jobs/j1"))),
             QByteArray("none"));
    QCOMPARE(dispatched(router, request("POST", QStringLiteral("/v1/fine_tuning/jobs/j1/copy"))),
             QByteArray("copy|j1|"));
    QCOMPARE(dispatched(router, request("PUT", QStringLiteral("/v1/fine_tuning/jobs/j1/copy"))),
             QByteArray("none"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/v1/fine_tuning/jobs/j1/copy/more"))),
             QByteArray("none"));
}

void TestRouter::dispatch_dataPlaneIsCaseSensitive_armIsNot()
{
    Router router;
    Service::addSurfaces(router);
    router.on(Surfaces::dataPlane(), {"GET"}, "files/{id}", named("file"));
    router.on({Surface::Arm}, {"GET"}, "subscriptions/{sub}/resourceGroups/{rg}", named("group"),
              Qt::CaseInsensitive);
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/v1/Files/f"))), QByteArray("none"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/SUBSCRIPTIONS/s/resourcegroups/g"))),
             QByteArray("no surface")); // the surface's prefix is exact
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/subscriptions/s/RESOURCEGROUPS/g"))),
             QByteArray("group||"));
}

void TestRouter::dispatch_providerSegment_separatesArmFamilies()
{
    Router router;
    Service::addSurfaces(router);
    router.on(
        {Surface::Arm}, {"GET"},
        "subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.CognitiveServices/accounts/{account}",
        named("cognitive"), Qt::CaseInsensitive);
    router.on(
        {Surface::Arm}, {"GET"},
        "subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/workspaces/{id}",
        named("workspace"), Qt::CaseInsensitive);
    QCOMPARE(dispatched(router,
                        request("GET",
                                QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                               "microsoft.cognitiveservices/accounts/a1"))),
             QByteArray("cognitive||a1"));
    QCOMPARE(dispatched(router,
                        request("GET",
                                QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                               "Microsoft.MachineLearningServices/workspaces/w1"))),
             QByteArray("workspace|w1|"));
    QCOMPARE(dispatched(router,
                        request("GET",
                                QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                               "Microsoft.Storage/accounts/a1"))),
             QByteArray("none"));
}

void TestRouter::dispatch_hostPattern_capturesTheAccount_andOnlyUnderLocalhost()
{
    Router router;
    Service::addSurfaces(router);
    router.on(Surfaces::dataPlane(), {"GET"}, "files/{id}", named("any host"));
    Router::Route blob{Surfaces::dataPlane(), {"GET"},           QStringLiteral("files/{id}"),
                       named("blob"),         Qt::CaseSensitive, QStringLiteral("{account}.blob")};
    router.add(blob);
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/v1/files/f1"), "Store9.BLOB.localhost:1")),
             QByteArray("blob|f1|store9"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/v1/files/f1"), "store9.queue.localhost")),
             QByteArray("any host|f1|"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/v1/files/f1"), "store9.blob.example.com")),
             QByteArray("any host|f1|"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/v1/files/f1"), "[::1]:1")),
             QByteArray("any host|f1|"));
}

void TestRouter::prefixCheck_answersBeforeAnyRoute_underItsPrefixOnly()
{
    Router router;
    Service::addSurfaces(router);
    int checked = 0;
    router.addPrefixCheck(
        {Surface::Arm}, QStringLiteral("subscriptions/{sub}/deployments"),
        [&checked](const HttpRequest &, const RouteArgs &args) -> std::optional<HttpReply> {
            ++checked;
            if (args["sub"] != u"bad")
                return std::nullopt;
            HttpReply refused;
            refused.body = "refused";
            return refused;
        },
        Qt::CaseInsensitive);
    router.on({Surface::Arm}, {"GET"}, "subscriptions/{sub}/deployments/{id}", named("deployment"),
              Qt::CaseInsensitive);
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/subscriptions/ok/deployments/d1"))),
             QByteArray("deployment|d1|"));
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/subscriptions/bad/deployments/d1"))),
             QByteArray("refused"));
    // Under the prefix though no route matches: still checked.
    QCOMPARE(dispatched(router, request("POST", QStringLiteral("/subscriptions/bad/Deployments/d1/x/y"))),
             QByteArray("refused"));
    QCOMPARE(checked, 3);
    QCOMPARE(dispatched(router, request("GET", QStringLiteral("/subscriptions/bad/other"))),
             QByteArray("none"));
    QCOMPARE(checked, 3);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
