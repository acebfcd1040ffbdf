// ftctl against a server that means harm: a list that never ends (the same cursor again, or a new one
// forever) stops with exit 1 instead of looping; a server that drips one byte at a time is cut off at
// --call-timeout; and control characters in what a server says (escape sequences, OSC 8 links, carriage
// returns, C1 controls, bidirectional overrides) never reach the terminal raw, in tables, errors or JSON.

#include "ctlrunner.h"
#include "hostileserver.h"
#include "waiting.h"

#include "core/jsonutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ft;
using test::answerWith;
using test::CtlResult;
using test::HostileServer;
using test::httpAnswer;
namespace js = core::js;

namespace {
js::Json fileJson(const QString &id, const QString &filename)
{
    return js::Json{{"id", js::s(id)},
                    {"object", "file"},
                    {"bytes", 10},
                    {"created_at", 1700000000},
                    {"filename", js::s(filename)},
                    {"purpose", "fine-tune"},
                    {"status", "processed"}};
}

QByteArray listPage(const js::Json &item, bool hasMore)
{
    const QString id = js::str(item, "id");
    return js::dump(js::Json{{"object", "list"},
                             {"data", js::Json::array({item})},
                             {"first_id", js::s(id)},
                             {"last_id", js::s(id)},
                             {"has_more", hasMore}});
}

// The path of a request line: "GET /openai/v1/files?after=x HTTP/1.1".
QByteArray requestPath(const QByteArray &request)
{
    return request.left(request.indexOf('\r')).split(' ').value(1);
}

// Raw bytes a terminal would act on: C0 controls but the line feed, DEL, C1 (UTF-8 C2 80..9F) and the
// bidirectional controls (U+061C, U+200E/F, U+202A..E, U+2066..9).
QString firstControl(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F);
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            return QStringLiteral("U+%1 at %2 in: %3")
                .arg(uint(u), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(QString::fromUtf8(bytes.toPercentEncoding(" /:=,.-_[]{}\"'")));
    }
    return {};
}

// Every kind of control at once: erase screen, an OSC 8 link, a carriage return, a window title, a
// right-to-left override, a C1 CSI, DEL and backspace.
const QString kHostile = QString::fromUtf8("evil\x1b[2J\x1b]8;;https://evil.example/\x07"
                                           "click\x1b]8;;\x07\rok\x1b]0;title\x07 \xe2\x80\xaetxt.exe\xc2\x9b"
                                           "31m\x7f\x08!");

// ftctl while this thread serves it: the event loop runs until it ends.
CtlResult runServed(const test::CtlRunner &ctl, const QStringList &args, int timeoutMs = 60000)
{
    std::unique_ptr<QProcess> p = ctl.start(args);
    CtlResult r;
    if (!test::waitUntil([&] { return p->state() == QProcess::NotRunning; }, timeoutMs)) {
        p->kill();
        p->waitForFinished();
        r.err = "ftctl timed out: " + args.join(u' ').toUtf8();
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}
} // namespace

class TestFtctlHostile : public QObject
{
    Q_OBJECT

private slots:
    void list_sameCursorAgain_stopsWithExit1();
    void list_endlessNewCursors_stopsAtThePageCap();
    void dripServer_isCutOffAtTheCallTimeout();
    void callTimeout_badValue_isAUsageError();
    void serverText_controlCharacters_neverReachTheTerminal();
};

void TestFtctlHostile::list_sameCursorAgain_stopsWithExit1()
{
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        answerWith(s,
                   httpAnswer("200 OK",
                              listPage(fileJson(QStringLiteral("file-1"), QStringLiteral("a.jsonl")), true)));
    });
    test::CtlRunner ctl(server.url());
    const CtlResult r = runServed(ctl, {QStringLiteral("files"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.err.contains("does not advance"), r.err.constData());
    QVERIFY(r.out.isEmpty()); // no table of copies
    QCOMPARE(server.connections, 2); // the first page, and the one that repeated its cursor
}

void TestFtctlHostile::list_endlessNewCursors_stopsAtThePageCap()
{
    int served = 0;
    HostileServer server([&served](QTcpSocket *s, const QByteArray &) {
        ++served;
        answerWith(
            s,
            httpAnswer(
                "200 OK",
                listPage(fileJson(QStringLiteral("file-%1").arg(served), QStringLiteral("a.jsonl")), true)));
    });
    test::CtlRunner ctl(server.url());
    const CtlResult r =
        runServed(ctl, {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}, 120000);
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.err.contains("does not end"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(served, 1000);
}

void TestFtctlHostile::dripServer_isCutOffAtTheCallTimeout()
{
    HostileServer server([](QTcpSocket *s, const QByteArray &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        auto *drip = new QTimer(s);
        QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
        drip->start(200); // a byte every 200 ms: the idle timeout never trips
    });
    test::CtlRunner ctl(server.url());
    QElapsedTimer clock;
    clock.start();
    const CtlResult r = runServed(ctl,
                                  {QStringLiteral("--call-timeout"), QStringLiteral("2"),
                                   QStringLiteral("files"), QStringLiteral("list")});
    const qint64 took = clock.elapsed();
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.err.contains("did not finish within 2 seconds"), r.err.constData());
    QVERIFY2(took >= 1900 && took < 10000, qPrintable(QString::number(took)));
    QCOMPARE(server.connections, 1); // not retried: the time was up
}

void TestFtctlHostile::callTimeout_badValue_isAUsageError()
{
    test::CtlRunner ctl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    const CtlResult r = ctl.run({QStringLiteral("--call-timeout"), QStringLiteral("soon"),
                                 QStringLiteral("files"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--call-timeout"));
}

void TestFtctlHostile::serverText_controlCharacters_neverReachTheTerminal()
{
    HostileServer server([](QTcpSocket *s, const QByteArray &request) {
        const QByteArray path = requestPath(request);
        if (path.contains("/files/file-bad"))
            return answerWith(s,
                              httpAnswer("400 Bad Request",
                                         js::dump(js::Json{{"error",
                                                            {{"message", js::s(kHostile)},
                                                             {"type", "error"},
                                                             {"code", js::s(kHostile)},
                                                             {"param", js::s(kHostile)}}}})));
        if (path.contains("/files/"))
            return answerWith(s,
                              httpAnswer("200 OK", js::dump(fileJson(QStringLiteral("file-1"), kHostile))));
        answerWith(
            s, httpAnswer("200 OK", listPage(fileJson(QStringLiteral("file-1\x1b[1A"), kHostile), false)));
    });
    test::CtlRunner ctl(server.url());
    const struct
    {
        QStringList args;
        int exitCode;
    } runs[] = {
        {{QStringLiteral("files"), QStringLiteral("list")}, 0},
        {{QStringLiteral("files"), QStringLiteral("show"), QStringLiteral("file-1")}, 0},
        {{QStringLiteral("files"), QStringLiteral("show"), QStringLiteral("file-bad")}, 1},
        {{QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("show"),
          QStringLiteral("file-bad")},
         1},
    };
    for (const auto &run : runs) {
        const CtlResult r = runServed(ctl, run.args);
        const QString what = run.args.join(u' ');
        QVERIFY2(r.exitCode == run.exitCode, qPrintable(what + u' ' + QString::fromUtf8(r.err)));
        const QString inOut = firstControl(r.out);
        QVERIFY2(inOut.isEmpty(), qPrintable(what + QStringLiteral(": stdout: ") + inOut));
        const QString inErr = firstControl(r.err);
        QVERIFY2(inErr.isEmpty(), qPrintable(what + QStringLiteral(": stderr: ") + inErr));
        QVERIFY(r.out.contains("evil") || r.err.contains("evil")); // shown, escaped
    }

    // --json stays valid JSON that means the same: the file name comes back whole once parsed.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("list")},
          QStringList{QStringLiteral("--json"), QStringLiteral("files"), QStringLiteral("show"),
                      QStringLiteral("file-1")}}) {
        const CtlResult r = runServed(ctl, args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out)));
        const js::Json doc = r.json();
        const js::Json &file = doc.contains("data") ? doc["data"][0] : doc;
        QCOMPARE(js::str(file, "filename"), kHostile);
    }
}

QTEST_GUILESS_MAIN(TestFtctlHostile)
#include "tst_ftctl_hostile.moc"
