// ftctl's one printer: tables, lines and notes escape what a service says before a terminal sees it,
// --json prints the service's object as valid JSON that means the same, and the mode picks one of the two.

#include "capturedoutput.h"
#include "datatable.h"

#include "cli/printer.h"
#include "cli/table.h"

#include "core/jsonutil.h"

#include <QTest>

using namespace ft;
namespace js = core::js;

class TestCtlPrinter : public QObject
{
    Q_OBJECT

private slots:
    void table_escapesControlCharacters_andAlignsOnWhatIsShown();
    void line_keepsLineBreaks_butEscapesControls_data();
    void line_keepsLineBreaks_butEscapesControls();
    void json_escapesWhatATerminalWouldObey_andMeansTheSame();
    void print_showsTheTextOrTheObject_byMode();
    void note_goesToStandardErrorOnly();
};

void TestCtlPrinter::table_escapesControlCharacters_andAlignsOnWhatIsShown()
{
    CapturedOutput io;
    cli::Printer printer(io.out(), io.err());
    cli::Table t({QStringLiteral("ID"), QStringLiteral("NAME")});
    t.add({QStringLiteral("file-1"), QStringLiteral("a\x1b[2Jb")});
    t.add({QStringLiteral("f\r2"), QStringLiteral("x")});
    printer.print(js::Json::object(), t);
    // "\x1b" is shown as 4 characters, so the column is as wide as "a\x1b[2Jb" shown.
    QCOMPARE(io.outText(),
             QByteArray("ID      NAME\n"
                        "file-1  a\\x1b[2Jb\n"
                        "f\\r2    x\n"));
    QVERIFY(io.errText().isEmpty());
}

void TestCtlPrinter::line_keepsLineBreaks_butEscapesControls_data()
{
    test::addColumns<QString, QByteArray>("text", "shown");
    QTest::newRow("plain") << QStringLiteral("deleted file-1") << QByteArray("deleted file-1\n");
    QTest::newRow("line break and tab")
        << QStringLiteral("id:\tx\nstatus: ok") << QByteArray("id:\tx\nstatus: ok\n");
    QTest::newRow("escape sequence") << QStringLiteral("a\x1b]0;title\x07")
                                     << QByteArray("a\\x1b]0;title\\x07\n");
    QTest::newRow("carriage return") << QStringLiteral("ok\rfake") << QByteArray("ok\\rfake\n");
    QTest::newRow("C1 control") << QString(QChar(0x9b)) + QStringLiteral("31m") << QByteArray("\\x9b31m\n");
    QTest::newRow("right-to-left override")
        << QString(QChar(0x202e)) + QStringLiteral("txt.exe") << QByteArray("\\u202etxt.exe\n");
}

void TestCtlPrinter::line_keepsLineBreaks_butEscapesControls()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, shown);
    CapturedOutput io;
    cli::Printer(io.out(), io.err()).printLine(text);
    QCOMPARE(io.outText(), shown);
}

void TestCtlPrinter::json_escapesWhatATerminalWouldObey_andMeansTheSame()
{
    CapturedOutput io;
    cli::Printer printer(io.out(), io.err());
    printer.setJson(true);
    const QString hostile =
        QStringLiteral("evil\x1b[2J") + QChar(0x9b) + QChar(0x202e) + QStringLiteral("txt");
    const js::Json object{{"id", "file-1"}, {"filename", js::s(hostile)}, {"bytes", 10}};
    printer.print(object, QStringLiteral("not shown"));
    const QByteArray out = io.outText();
    for (const char c : out)
        QVERIFY2(c == '\n' || static_cast<unsigned char>(c) >= 0x20, out.constData());
    QVERIFY2(out.contains("\\u009b") && out.contains("\\u202e"), out.constData()); // C1 and bidi, escaped
    QVERIFY(!out.contains("not shown"));
    js::Json parsed;
    QVERIFY(js::parse(out, parsed));
    QVERIFY(parsed == object); // the service's object, field for field and in order
}

void TestCtlPrinter::print_showsTheTextOrTheObject_byMode()
{
    const js::Json object{{"id", "ftjob-1"}, {"status", "paused"}};
    CapturedOutput text;
    cli::Printer(text.out(), text.err()).print(object, QStringLiteral("ftjob-1: paused"));
    QCOMPARE(text.outText(), QByteArray("ftjob-1: paused\n"));

    CapturedOutput json;
    cli::Printer printer(json.out(), json.err());
    printer.setJson(true);
    printer.print(object, QStringLiteral("ftjob-1: paused"));
    QCOMPARE(json.outText(), QByteArray("{\n  \"id\": \"ftjob-1\",\n  \"status\": \"paused\"\n}\n"));
}

void TestCtlPrinter::note_goesToStandardErrorOnly()
{
    CapturedOutput io;
    cli::Printer printer(io.out(), io.err());
    printer.setJson(true);
    printer.note(QStringLiteral("ftctl: bad\x1b[1A\nRun ftctl --help"));
    QVERIFY(io.outText().isEmpty());
    QCOMPARE(io.errText(), QByteArray("ftctl: bad\\x1b[1A\nRun ftctl --help\n"));
}

QTEST_GUILESS_MAIN(TestCtlPrinter)
#include "tst_ctl_printer.moc"
