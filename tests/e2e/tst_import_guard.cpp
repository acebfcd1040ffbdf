// POST /openai/files/import fetches only what the service would (https on public addresses): local files,
// other schemes and addresses on this machine or its networks are refused before any connection is made.
// With --allow-loopback-import (tests only) an http import on loopback works end to end, bounded in bytes
// and in time, and redirects are not followed. Every byte of traffic here stays on loopback.

#include "datagen.h"
#include "datatable.h"
#include "emulatorprocess.h"
#include "hostileserver.h"
#include "rawhttp.h"
#include "waiting.h"

#include "core/jsonutil.h"
#include "emulator/importfetcher.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::answerWith;
using test::HostileServer;
using test::httpAnswer;
namespace js = core::js;

namespace {
constexpr const char *kVersion = "api-version=2025-04-01-preview";

QUrl route(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/openai") + path);
    url.setQuery(QString::fromLatin1(kVersion));
    return url;
}

test::RawReply importUrl(const QUrl &emulator, const QString &contentUrl)
{
    const js::Json body{
        {"purpose", "fine-tune"}, {"filename", "remote.jsonl"}, {"content_url", js::s(contentUrl)}};
    return test::rawRequest("POST", route(emulator, QStringLiteral("/files/import")),
                            {{"api-key", "test-key"}}, js::dump(body));
}

// Polls the file until it leaves "running"; its last state.
js::Json settledFile(const QUrl &emulator, const QString &id, int timeoutMs = 15000)
{
    js::Json file;
    test::waitUntil(
        [&] {
            file = test::rawRequest("GET", route(emulator, QStringLiteral("/files/") + id),
                                    {{"api-key", "test-key"}})
                       .json();
            const QString status = js::str(file, "status");
            return status == u"processed" || status == u"error";
        },
        timeoutMs);
    return file;
}

qsizetype fileCount(const QUrl &emulator)
{
    const js::Json list =
        test::rawRequest("GET", route(emulator, QStringLiteral("/files")), {{"api-key", "test-key"}}).json();
    return list.contains("data") ? qsizetype(list["data"].size()) : -1;
}
} // namespace

class TestImportGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void import_unsafeUrl_isRefusedWithoutConnecting_data();
    void import_unsafeUrl_isRefusedWithoutConnecting();
    void import_withLoopbackFlag_otherSchemesAndNetworksStillRefused_data();
    void import_withLoopbackFlag_otherSchemesAndNetworksStillRefused();
    void import_withLoopbackFlag_httpLoopback_worksEndToEnd();
    void import_oversizedDocument_failsCleanly_data();
    void import_oversizedDocument_failsCleanly();
    void import_stalledServer_timesOut();
    void import_redirect_isNotFollowed();
    void addresses_internalOnesAreRefused_data();
    void addresses_internalOnesAreRefused();

private:
    void expectRefused(const QUrl &emulator, const QString &contentUrl);

    QTemporaryDir m_dir;
    test::EmulatorProcess m_guarded; // as shipped
    test::EmulatorProcess m_open; // --allow-loopback-import, short limits
    std::unique_ptr<HostileServer> m_target; // what an import must never reach
};

void TestImportGuard::initTestCase()
{
    QString error;
    QVERIFY2(m_guarded.start({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("guarded")),
                              QStringLiteral("--quiet")},
                             &error),
             qPrintable(error));
    QVERIFY2(m_open.start({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("open")),
                           QStringLiteral("--quiet"), QStringLiteral("--allow-loopback-import"),
                           QStringLiteral("--import-timeout"), QStringLiteral("1.5"),
                           QStringLiteral("--import-max-bytes"), QStringLiteral("4096")},
                          &error),
             qPrintable(error));
    m_target = std::make_unique<HostileServer>(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("200 OK", test::sftJsonl(10))); });
    QVERIFY(m_target->isListening());
}

void TestImportGuard::expectRefused(const QUrl &emulator, const QString &contentUrl)
{
    const qsizetype before = fileCount(emulator);
    const int connectionsBefore = m_target->connections;
    const test::RawReply r = importUrl(emulator, contentUrl);
    QCOMPARE(r.status, 400);
    const js::Json body = r.json();
    QVERIFY2(body.contains("error"), r.body.constData());
    const js::Json &e = body["error"];
    // The classic error shape: {code, message, target, innererror}, no OpenAI "type".
    QCOMPARE(js::str(e, "code"), QStringLiteral("invalidPayload"));
    QCOMPARE(js::str(e, "target"), QStringLiteral("content_url"));
    QVERIFY(!js::str(e, "message").isEmpty());
    QVERIFY(!e.contains("type"));
    QVERIFY(e.contains("innererror"));
    test::settle(300); // a fetch started in the background would have connected by now
    QCOMPARE(m_target->connections, connectionsBefore);
    QCOMPARE(fileCount(emulator), before); // nothing stored
}

void TestImportGuard::import_unsafeUrl_isRefusedWithoutConnecting_data()
{
    // %1 stands for the port of the loopback target.
    test::addTextRows<QString>("url",
                               {{"file passwd", "file:///etc/passwd"},
                                {"file environ", "file:///proc/self/environ"},
                                {"file cmdline", "file:///proc/self/cmdline"},
                                {"ftp loopback", "ftp://127.0.0.1:%1/x"},
                                {"http loopback", "http://127.0.0.1:%1/x"},
                                {"https loopback", "https://127.0.0.1:%1/x"},
                                {"http localhost", "http://localhost:%1/x"},
                                {"https localhost", "https://localhost:%1/x"},
                                {"https localhost.", "https://localhost.:%1/x"},
                                {"http ipv6 loopback", "http://[::1]:%1/x"},
                                {"https ipv6 loopback", "https://[::1]:%1/x"},
                                {"https mapped loopback", "https://[::ffff:127.0.0.1]:%1/x"},
                                {"https private", "https://10.0.0.1/x"},
                                {"https private 192", "https://192.168.1.1/x"},
                                {"https link-local metadata", "https://169.254.169.254/latest/meta-data"},
                                {"https unspecified", "https://0.0.0.0:%1/x"},
                                {"https unique-local", "https://[fd00::1]/x"},
                                {"https multicast", "https://224.0.0.1/x"},
                                {"https user info", "https://user:pw@example.com/x"},
                                {"data", "data:text/plain,hello"},
                                {"qrc", "qrc:/ft/emulator/simulation.json"}});
}

void TestImportGuard::import_unsafeUrl_isRefusedWithoutConnecting()
{
    QFETCH(QString, url);
    expectRefused(m_guarded.url(),
                  url.replace(QStringLiteral("%1"), QString::number(m_target->serverPort())));
}

void TestImportGuard::import_withLoopbackFlag_otherSchemesAndNetworksStillRefused_data()
{
    // %1 stands for the port of the loopback target.
    test::addTextRows<QString>("url",
                               {{"file passwd", "file:///etc/passwd"},
                                {"ftp loopback", "ftp://127.0.0.1:%1/x"},
                                {"http private", "http://10.0.0.1/x"},
                                {"https private", "https://10.0.0.1/x"},
                                {"https link-local", "https://169.254.169.254/x"}});
}

void TestImportGuard::import_withLoopbackFlag_otherSchemesAndNetworksStillRefused()
{
    QFETCH(QString, url);
    expectRefused(m_open.url(), url.replace(QStringLiteral("%1"), QString::number(m_target->serverPort())));
}

void TestImportGuard::import_withLoopbackFlag_httpLoopback_worksEndToEnd()
{
    const QByteArray content = test::sftJsonl(10);
    QVERIFY(content.size() < 4096); // the emulator's --import-max-bytes
    QByteArray seenHost;
    HostileServer web([&](QTcpSocket *s, const QByteArray &request) {
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("host:"))
                seenHost = line.mid(5).trimmed();
        }
        answerWith(s, httpAnswer("200 OK", content, "application/octet-stream"));
    });
    QUrl src = web.url();
    src.setPath(QStringLiteral("/train.jsonl"));
    const test::RawReply r = importUrl(m_open.url(), src.toString());
    QCOMPARE(r.status, 201);
    const QString id = js::str(r.json(), "id");
    QVERIFY(r.header("Location").endsWith(QString(QStringLiteral("/openai/files/") + id).toUtf8()));
    const js::Json file = settledFile(m_open.url(), id);
    QCOMPARE(js::str(file, "status"), QStringLiteral("processed"));
    QCOMPARE(js::int64(file, "bytes"), content.size());
    QCOMPARE(web.connections, 1);
    QCOMPARE(seenHost, QStringLiteral("127.0.0.1:%1").arg(web.serverPort()).toUtf8());
    const test::RawReply body = test::rawRequest(
        "GET", route(m_open.url(), QStringLiteral("/files/%1/content").arg(id)), {{"api-key", "test-key"}});
    QCOMPARE(body.status, 200);
    QCOMPARE(body.body, content);
}

void TestImportGuard::import_oversizedDocument_failsCleanly_data()
{
    QTest::addColumn<bool>("declared");
    QTest::newRow("Content-Length over the limit") << true;
    QTest::newRow("endless body without a length") << false;
}

void TestImportGuard::import_oversizedDocument_failsCleanly()
{
    QFETCH(bool, declared);
    const QByteArray big(qsizetype(64) * 1024, 'x'); // the limit is 4096
    HostileServer web([&](QTcpSocket *s, const QByteArray &) {
        if (declared)
            return answerWith(s, httpAnswer("200 OK", big));
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
        s->write(big);
        s->write(big); // and it would go on: the emulator must stop reading, not wait for the end
    });
    const test::RawReply r = importUrl(m_open.url(), web.url().toString() + QStringLiteral("/big.jsonl"));
    QCOMPARE(r.status, 201);
    const QString id = js::str(r.json(), "id");
    const js::Json file = settledFile(m_open.url(), id);
    QCOMPARE(js::str(file, "status"), QStringLiteral("error"));
    QVERIFY2(js::str(file, "status_details").startsWith(QStringLiteral("fileImportFailed:")),
             js::dump(file).constData());
    QVERIFY(js::str(file, "status_details").contains(QStringLiteral("4096")));
    // Nothing half-stored to read, and the emulator goes on answering.
    const test::RawReply content = test::rawRequest(
        "GET", route(m_open.url(), QStringLiteral("/files/%1/content").arg(id)), {{"api-key", "test-key"}});
    QVERIFY(content.status != 200 || content.body.isEmpty());
    QVERIFY(fileCount(m_open.url()) > 0);
}

void TestImportGuard::import_stalledServer_timesOut()
{
    QList<QTcpSocket *> held;
    HostileServer web([&held](QTcpSocket *s, const QByteArray &) { held << s; }); // reads, never answers
    QElapsedTimer clock;
    clock.start();
    const test::RawReply r = importUrl(m_open.url(), web.url().toString() + QStringLiteral("/slow.jsonl"));
    QCOMPARE(r.status, 201);
    const js::Json file = settledFile(m_open.url(), js::str(r.json(), "id"), 10000);
    QCOMPARE(js::str(file, "status"), QStringLiteral("error"));
    QVERIFY2(js::str(file, "status_details").contains(QStringLiteral("did not finish")),
             js::dump(file).constData());
    QVERIFY(clock.elapsed() >= 1400); // --import-timeout 1.5
    QVERIFY(clock.elapsed() < 8000);
    QCOMPARE(web.connections, 1);
}

void TestImportGuard::import_redirect_isNotFollowed()
{
    HostileServer elsewhere(
        [](QTcpSocket *s, const QByteArray &) { answerWith(s, httpAnswer("200 OK", test::sftJsonl(10))); });
    HostileServer web([&elsewhere](QTcpSocket *s, const QByteArray &) {
        answerWith(s,
                   "HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url().toEncoded()
                       + "/x.jsonl\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    const test::RawReply r = importUrl(m_open.url(), web.url().toString() + QStringLiteral("/moved.jsonl"));
    QCOMPARE(r.status, 201);
    const js::Json file = settledFile(m_open.url(), js::str(r.json(), "id"));
    QCOMPARE(js::str(file, "status"), QStringLiteral("error"));
    QVERIFY(js::str(file, "status_details").contains(QStringLiteral("redirect")));
    QCOMPARE(web.connections, 1);
    QCOMPARE(elsewhere.connections, 0);
}

void TestImportGuard::addresses_internalOnesAreRefused_data()
{
    test::addColumns<QString, bool, bool>("address", "allowed", "allowedWithLoopback");
    QTest::newRow("public v4") << "20.60.1.1" << true << true;
    QTest::newRow("public v6") << "2603:1030::1" << true << true;
    QTest::newRow("loopback") << "127.0.0.1" << false << true;
    QTest::newRow("loopback 127.8") << "127.8.9.10" << false << true;
    QTest::newRow("loopback v6") << "::1" << false << true;
    QTest::newRow("mapped loopback") << "::ffff:127.0.0.1" << false << true;
    QTest::newRow("mapped private") << "::ffff:10.1.2.3" << false << false;
    QTest::newRow("nat64 private") << "64:ff9b::a00:1" << false << false;
    QTest::newRow("6to4 loopback") << "2002:7f00:1::1" << false << true;
    QTest::newRow("unspecified") << "0.0.0.0" << false << false;
    QTest::newRow("unspecified v6") << "::" << false << false;
    QTest::newRow("10/8") << "10.255.0.1" << false << false;
    QTest::newRow("172.16/12") << "172.31.255.1" << false << false;
    QTest::newRow("192.168/16") << "192.168.0.10" << false << false;
    QTest::newRow("cgnat") << "100.64.0.1" << false << false;
    QTest::newRow("link-local") << "169.254.169.254" << false << false;
    QTest::newRow("link-local v6") << "fe80::1" << false << false;
    QTest::newRow("unique-local") << "fd12:3456::1" << false << false;
    QTest::newRow("multicast") << "239.1.1.1" << false << false;
    QTest::newRow("multicast v6") << "ff02::1" << false << false;
    QTest::newRow("broadcast") << "255.255.255.255" << false << false;
}

void TestImportGuard::addresses_internalOnesAreRefused()
{
    QFETCH(QString, address);
    QFETCH(bool, allowed);
    QFETCH(bool, allowedWithLoopback);
    const QHostAddress a(address);
    QVERIFY(!a.isNull());
    emu::ImportPolicy policy;
    QCOMPARE(emu::ImportFetcher::addressAllowed(a, policy), allowed);
    policy.allowLoopback = true;
    QCOMPARE(emu::ImportFetcher::addressAllowed(a, policy), allowedWithLoopback);
}

QTEST_GUILESS_MAIN(TestImportGuard)
#include "tst_import_guard.moc"
