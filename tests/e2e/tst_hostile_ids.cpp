// ftctl refuses an id or a name that cannot be one URL path segment before it sends anything, and
// exits 2 (a usage error): a stand-in server records every request line that reaches it.

#include "ctlrunner.h"
#include "datatable.h"
#include "hostileids.h"
#include "recordingserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ft;
using test::CtlResult;

namespace {
// The ids every client refuses, and the other control characters ftctl's arguments may carry.
QStringList attacks()
{
    return test::hostileIds() << QStringLiteral("a\tb") << QStringLiteral("a\x7f");
}

// A command whose first argument goes into a URL path; {} marks where.
struct Command
{
    const char *kind;
    QStringList words;
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"azure", {QStringLiteral("files"), QStringLiteral("show"), {}}},
        {"azure", {QStringLiteral("files"), QStringLiteral("delete"), {}}},
        {"azure-classic", {QStringLiteral("files"), QStringLiteral("delete"), {}}},
        {"openai", {QStringLiteral("files"), QStringLiteral("download"), {}, QStringLiteral("out.jsonl")}},
        {"azure", {QStringLiteral("jobs"), QStringLiteral("show"), {}}},
        {"azure", {QStringLiteral("jobs"), QStringLiteral("events"), {}}},
        {"azure", {QStringLiteral("jobs"), QStringLiteral("checkpoints"), {}}},
        {"azure", {QStringLiteral("jobs"), QStringLiteral("pause"), {}}},
        {"azure-classic", {QStringLiteral("jobs"), QStringLiteral("resume"), {}}},
        {"openai", {QStringLiteral("jobs"), QStringLiteral("cancel"), {}}},
        {"azure",
         {QStringLiteral("jobs"),
          QStringLiteral("wait"),
          {},
          QStringLiteral("--timeout"),
          QStringLiteral("5")}},
        {"openai", {QStringLiteral("models"), QStringLiteral("show"), {}}},
        {"azure", {QStringLiteral("models"), QStringLiteral("delete"), {}}},
        {"azure", {QStringLiteral("deploy"), QStringLiteral("show"), {}}},
        {"azure",
         {QStringLiteral("deploy"),
          QStringLiteral("create"),
          {},
          QStringLiteral("--model"),
          QStringLiteral("gpt-4o-mini-2024-07-18")}},
        {"azure", {QStringLiteral("deploy"), QStringLiteral("delete"), {}}},
        {"azure", {QStringLiteral("uploads"), QStringLiteral("cancel"), {}}},
        {"azure-classic", {QStringLiteral("chat"), QStringLiteral("--model"), {}, QStringLiteral("hello")}},
    };
    return list;
}

QStringList armOptions(const QUrl &endpoint)
{
    return {QStringLiteral("--arm-endpoint"),       endpoint.toString(),
            QStringLiteral("--arm-subscription"),   QStringLiteral("00000000-0000-0000-0000-000000000000"),
            QStringLiteral("--arm-resource-group"), QStringLiteral("rg-test"),
            QStringLiteral("--arm-account"),        QStringLiteral("acct-test")};
}
} // namespace

class TestHostileIds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileIdArgument_isRefusedBeforeSending_exit2_data();
    void hostileIdArgument_isRefusedBeforeSending_exit2();
    void hostileArmOption_isRefusedBeforeSending_exit2_data();
    void hostileArmOption_isRefusedBeforeSending_exit2();
    void validIds_reachTheServer_asOneSegmentEach_data();
    void validIds_reachTheServer_asOneSegmentEach();

private:
    CtlResult run(const QString &kind, const QStringList &args);

    QTemporaryDir m_dir;
    std::unique_ptr<test::RecordingServer> m_server;
};

void TestHostileIds::initTestCase()
{
    m_server = std::make_unique<test::RecordingServer>();
    QVERIFY(m_server->isListening());
}

CtlResult TestHostileIds::run(const QString &kind, const QStringList &args)
{
    test::CtlRunner ctl(m_server->url(), kind);
    ctl.setEnv(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    ctl.setEnv(QStringLiteral("HOME"), m_dir.path());
    return ctl.run(args, 30000);
}

void TestHostileIds::hostileIdArgument_isRefusedBeforeSending_exit2_data()
{
    test::addColumns<QString, QStringList>("kind", "args");
    for (const Command &c : commands()) {
        for (const QString &attack : attacks()) {
            QStringList args = c.words;
            args[args.indexOf(QString())] = attack;
            if (c.words.first() == u"deploy")
                args += armOptions(QUrl(QStringLiteral("http://127.0.0.1:1")));
            QTest::addRow("%s %s %s \"%s\"", c.kind, qPrintable(c.words[0]), qPrintable(c.words[1]),
                          test::escapedRowName(attack).constData())
                << QString::fromLatin1(c.kind) << args;
        }
    }
}

void TestHostileIds::hostileIdArgument_isRefusedBeforeSending_exit2()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    // deploy commands send to the ARM endpoint: the stand-in as well
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args[i] == u"--arm-endpoint")
            args[i + 1] = m_server->url().toString();
    m_server->clear();
    const CtlResult r = run(kind, args);
    QVERIFY2(r.exitCode == 2,
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(m_server->requestLines().isEmpty(), qPrintable(m_server->requestLines().join(u'\n')));
    QVERIFY2(r.err.startsWith("ftctl: "), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestHostileIds::hostileArmOption_isRefusedBeforeSending_exit2_data()
{
    test::addColumns<QString, QString, QStringList>("option", "value", "command");
    const QList<QStringList> deployCommands{
        {QStringLiteral("deploy"), QStringLiteral("list")},
        {QStringLiteral("deploy"), QStringLiteral("delete"), QStringLiteral("dep-1")},
        {QStringLiteral("deploy"), QStringLiteral("create"), QStringLiteral("dep-1"),
         QStringLiteral("--model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
    };
    for (const char *option : {"--arm-subscription", "--arm-resource-group", "--arm-account"}) {
        for (const QString &attack : attacks()) {
            for (const QStringList &command : deployCommands)
                QTest::addRow("%s \"%s\" %s", option, test::escapedRowName(attack).constData(),
                              qPrintable(command[1]))
                    << QString::fromLatin1(option) << attack << command;
        }
    }
}

void TestHostileIds::hostileArmOption_isRefusedBeforeSending_exit2()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QStringList, command);
    QStringList args = command + armOptions(m_server->url());
    args[args.indexOf(option) + 1] = value;
    m_server->clear();
    const CtlResult r = run(QStringLiteral("azure"), args);
    QVERIFY2(r.exitCode == 2,
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(m_server->requestLines().isEmpty(), qPrintable(m_server->requestLines().join(u'\n')));
    QVERIFY2(r.err.contains(option.toUtf8()), r.err.constData());
}

void TestHostileIds::validIds_reachTheServer_asOneSegmentEach_data()
{
    test::addColumns<QString, QStringList, QString>("kind", "args", "path");
    QTest::newRow("file") << QStringLiteral("azure-classic")
                          << QStringList{QStringLiteral("files"), QStringLiteral("delete"),
                                         QStringLiteral("file-abc")}
                          << QStringLiteral("/openai/files/file-abc");
    QTest::newRow("openai fine-tuned model")
        << QStringLiteral("openai")
        << QStringList{QStringLiteral("models"), QStringLiteral("show"),
                       QStringLiteral("ft:gpt-4o-mini-2024-07-18:org::abc")}
        << QStringLiteral("/v1/models/ft:gpt-4o-mini-2024-07-18:org::abc");
    QTest::newRow("azure fine-tuned model")
        << QStringLiteral("azure")
        << QStringList{QStringLiteral("models"), QStringLiteral("delete"),
                       QStringLiteral("gpt-4o-mini-2024-07-18.ft-0123abcd-s")}
        << QStringLiteral("/openai/v1/models/gpt-4o-mini-2024-07-18.ft-0123abcd-s");
    QTest::newRow("deployment") << QStringLiteral(
        "azure") << QStringList{QStringLiteral("deploy"), QStringLiteral("delete"), QStringLiteral("dep.1")}
                                << QStringLiteral(
                                       "/subscriptions/00000000-0000-0000-0000-000000000000/"
                                       "resourceGroups/rg-test/providers/"
                                       "Microsoft.CognitiveServices/accounts/acct-test/deployments/dep.1");
}

void TestHostileIds::validIds_reachTheServer_asOneSegmentEach()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    if (args.first() == u"deploy")
        args += armOptions(m_server->url());
    m_server->clear();
    const CtlResult r = run(kind, args + QStringList{QStringLiteral("--max-retries"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 1); // the stand-in answers 404
    const QStringList lines = m_server->requestLines();
    QVERIFY2(!lines.isEmpty(), r.err.constData());
    QCOMPARE(lines.first().section(u' ', 1, 1).section(u'?', 0, 0), path);
}

QTEST_GUILESS_MAIN(TestHostileIds)
#include "tst_hostile_ids.moc"
