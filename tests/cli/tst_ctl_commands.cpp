// ftctl's commands as registered, without a network: the words of a command line find their command (or
// end as a usage error, exit 2, with the usage text), arguments are checked before anything runs, local
// commands need no service, and a group registered from outside runs like the built-in ones.

#include "capturedoutput.h"
#include "datatable.h"

#include "cli/command.h"
#include "cli/commandcontext.h"
#include "cli/commandregistry.h"
#include "cli/ctl.h"
#include "cli/printer.h"

#include "core/pathsegment.h"

#include <QCommandLineParser>
#include <QSignalSpy>
#include <QTest>

using namespace ft;

namespace {
const QByteArray kUsageTail = "\nRun ftctl --help for the commands and options.\n";

// A group that is not part of ftctl: what adding one takes.
class EchoCommand final : public cli::Command
{
public:
    explicit EchoCommand(cli::CommandContext &context)
        : Command(context)
    { }
    void say(const QStringList &args)
    {
        printLine(args.join(u' '));
        finish(0);
    }
};
} // namespace

class TestCtlCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownOrMisusedCommand_exits2_withTheUsageText_data();
    void unknownOrMisusedCommand_exits2_withTheUsageText();
    void idArgument_isCheckedBeforeItsCount();
    void check_needsNoServiceNorKey();
    void unknownKind_namesEveryKindServed();
    void noCommand_exits2();
    void help_listsEveryGroupInTheOrderRegistered();
    void registeredGroup_runsWithTheSharedContext();
    void verblessGroup_takesEveryWordAfterIt();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QList<int> finished;
    };
    static Run run(const QStringList &words);
};

void TestCtlCommands::initTestCase()
{
    qputenv("AZURE_OPENAI_API_KEY", "unit-test-key");
}

TestCtlCommands::Run TestCtlCommands::run(const QStringList &words)
{
    CapturedOutput io;
    cli::Ctl ctl(io.out(), io.err());
    QSignalSpy finished(&ctl, &cli::Ctl::finished);
    Run r;
    r.code = ctl.start(QStringList{QStringLiteral("ftctl")} + words);
    r.out = io.outText();
    r.err = io.errText();
    for (const QList<QVariant> &args : finished)
        r.finished << args.value(0).toInt();
    return r;
}

void TestCtlCommands::unknownOrMisusedCommand_exits2_withTheUsageText_data()
{
    test::addColumns<QStringList, QByteArray>("words", "message");
    const auto row = [](const char *name, const QString &line, const char *message) {
        QTest::newRow(name) << line.split(u' ') << QByteArray(message);
    };
    row("unknown group", QStringLiteral("pets list"), "unknown command \"pets list\"");
    row("unknown verb", QStringLiteral("jobs explode"), "unknown command \"jobs explode\"");
    QTest::newRow("group without its verb")
        << QStringList{QStringLiteral("files")} << QByteArray("unknown command \"files \"");
    row("a verb of another group", QStringLiteral("models upload"), "unknown command \"models upload\"");
    row("missing id", QStringLiteral("jobs show"), "jobs show takes ID");
    row("one of two", QStringLiteral("files download file-1"), "files download takes ID OUT");
    row("an argument too many", QStringLiteral("files list extra"), "files list takes no argument");
    row("options only", QStringLiteral("jobs create extra"), "jobs create takes options only");
    row("missing name", QStringLiteral("deploy update"), "deploy update takes NAME");
    row("missing upload id", QStringLiteral("uploads cancel"), "uploads cancel takes UPLOAD_ID");
    row("check without a path", QStringLiteral("check"), "check takes PATH");
    row("check with two paths", QStringLiteral("check a.jsonl b.jsonl"), "check takes PATH");
}

void TestCtlCommands::unknownOrMisusedCommand_exits2_withTheUsageText()
{
    QFETCH(QStringList, words);
    QFETCH(QByteArray, message);
    const Run r =
        run(QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")} + words);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QByteArray("ftctl: " + message + kUsageTail));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.finished, QList<int>{2});
}

void TestCtlCommands::idArgument_isCheckedBeforeItsCount()
{
    const Run r =
        run({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("files"),
             QStringLiteral("show"), QStringLiteral("a/b"), QStringLiteral("extra")});
    using core::PathSegment;
    const QString why =
        PathSegment::describe(PathSegment::Kind::FileId, QStringLiteral("a/b"),
                              PathSegment::validate(PathSegment::Kind::FileId, QStringLiteral("a/b")));
    QVERIFY(!why.isEmpty());
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QByteArray("ftctl: " + why.toUtf8() + kUsageTail));
}

void TestCtlCommands::check_needsNoServiceNorKey()
{
    qunsetenv("AZURE_OPENAI_API_KEY");
    const Run r = run({QStringLiteral("--kind"), QStringLiteral("aws"), QStringLiteral("check"),
                       QStringLiteral("/nonexistent/train.jsonl")});
    qputenv("AZURE_OPENAI_API_KEY", "unit-test-key");
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QByteArray("ftctl: /nonexistent/train.jsonl is not a readable file" + kUsageTail));
}

void TestCtlCommands::unknownKind_namesEveryKindServed()
{
    const Run r =
        run({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--kind"),
             QStringLiteral("aws"), QStringLiteral("pets"), QStringLiteral("list")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err,
             QByteArray("ftctl: --kind must be azure, azure-classic or openai, not \"aws\"" + kUsageTail));
}

void TestCtlCommands::noCommand_exits2()
{
    const Run r = run({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err,
             QByteArray("ftctl: a command is required (files, jobs, models, deploy or chat)" + kUsageTail));
}

void TestCtlCommands::help_listsEveryGroupInTheOrderRegistered()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    const QByteArray commands =
        "Command-line front end of Fine-Tune Studio.\n\n"
        "  files upload PATH | files list | files show ID | files download ID OUT | files delete ID\n"
        "  jobs create --model M --training-file ID [...] | jobs list | jobs show ID | jobs events ID\n"
        "  jobs checkpoints ID | jobs pause ID | jobs resume ID | jobs cancel ID | jobs wait ID\n"
        "  models list | models show ID | models delete ID\n"
        "  deploy create NAME --model M | deploy list | deploy show NAME | deploy delete NAME\n"
        "  deploy update NAME [--sku S] [--capacity N] [--tag k=v]...\n"
        "  chat --model M MESSAGE\n"
        "  uploads list | uploads cancel UPLOAD_ID   (unfinished chunked uploads, resumed by files upload)\n"
        "  check PATH [--method sft|dpo|rft] [--model M] [--grader-file G] [--training-type T] [--n-epochs "
        "N]\n\n"
        "Exit codes: 0 success, 1 service or job failure, 2 usage error.\n";
    QVERIFY2(r.out.contains(commands), r.out.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCtlCommands::registeredGroup_runsWithTheSharedContext()
{
    CapturedOutput io;
    cli::Printer printer(io.out(), io.err());
    QCommandLineParser options;
    cli::CommandContext context(options, printer);
    cli::CommandRegistry registry;
    registry.addGroup(QStringLiteral("echo"), QStringLiteral("  echo say WORDS\n"));
    const auto make = [](cli::CommandContext &c) { return new EchoCommand(c); };
    registry.add({QStringLiteral("echo"),
                  QStringLiteral("say"),
                  2,
                  QStringLiteral("TWO WORDS"),
                  {},
                  cli::CommandRegistry::bind(make, &EchoCommand::say)});
    QStringList args;
    const cli::CommandRegistry::Verb *verb = registry.find(
        {QStringLiteral("echo"), QStringLiteral("say"), QStringLiteral("hello\x1b"), QStringLiteral("there")},
        &args);
    QVERIFY(verb);
    QCOMPARE(args, (QStringList{QStringLiteral("hello\x1b"), QStringLiteral("there")}));
    QCOMPARE(cli::CommandRegistry::argumentProblem(*verb, args), QString());
    QCOMPARE(cli::CommandRegistry::argumentProblem(*verb, {}), QStringLiteral("echo say takes TWO WORDS"));
    verb->run(context, args);
    QVERIFY(context.isFinished());
    QCOMPARE(context.exitCode(), 0);
    QCOMPARE(io.outText(), QByteArray("hello\\x1b there\n")); // through the one printer
    QCOMPARE(registry.groups(), QStringList{QStringLiteral("echo")});
    QCOMPARE(registry.help(QStringLiteral("echo")), QStringLiteral("  echo say WORDS\n"));
    QVERIFY(!registry.find({QStringLiteral("echo"), QStringLiteral("shout")}, &args));
}

void TestCtlCommands::verblessGroup_takesEveryWordAfterIt()
{
    cli::CommandRegistry registry;
    registry.add({QStringLiteral("chat"), {}, -1, {}, {}, {}});
    QStringList args;
    const cli::CommandRegistry::Verb *verb =
        registry.find({QStringLiteral("chat"), QStringLiteral("list"), QStringLiteral("please")}, &args);
    QVERIFY(verb);
    QCOMPARE(args, (QStringList{QStringLiteral("list"), QStringLiteral("please")}));
    QCOMPARE(cli::CommandRegistry::argumentProblem(*verb, {}), QString()); // the command checks them itself
}

QTEST_GUILESS_MAIN(TestCtlCommands)
#include "tst_ctl_commands.moc"
