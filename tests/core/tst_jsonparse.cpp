// Every JSON text goes through one entry with a depth limit and a size limit: a depth bomb is refused
// quickly by a linear scan, never by recursion, and never crashes.

#include "core/jsonparse.h"
#include "core/jsonutil.h"
#include "core/rawjson.h"
#include "datatable.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ft::core;
using js::ParseError;

Q_DECLARE_METATYPE(js::ParseError)

class TestJsonParse : public QObject
{
    Q_OBJECT

private slots:
    void nesting_data();
    void nesting();
    void hundredThousandBrackets_areRefusedQuicklyEverywhere();
    void sizeLimit_refusesLargerText();
    void syntaxErrors_sayWhy();
};

namespace {
QByteArray arrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray objects(int depth)
{
    QByteArray text;
    for (int i = 0; i < depth; ++i)
        text += R"({"a":)";
    text += "1";
    text += QByteArray(depth, '}');
    return text;
}
} // namespace

void TestJsonParse::nesting_data()
{
    ft::test::addColumns<QByteArray, ParseError>("text", "expected");
    QTest::newRow("scalar") << QByteArray("42") << ParseError::None;
    QTest::newRow("arrays 256") << arrays(256) << ParseError::None;
    QTest::newRow("arrays 257") << arrays(257) << ParseError::TooDeep;
    QTest::newRow("objects 256") << objects(256) << ParseError::None;
    QTest::newRow("objects 257") << objects(257) << ParseError::TooDeep;
    QTest::newRow("mixed 257") << QByteArray(R"({"a":)") + arrays(256) + "}" << ParseError::TooDeep;
    QTest::newRow("unclosed 257") << QByteArray(257, '[') << ParseError::TooDeep;
    QTest::newRow("brackets in a string do not count")
        << QByteArray(R"({"text":")") + QByteArray(5000, '[') + QByteArray(R"("})") << ParseError::None;
    QTest::newRow("escaped quote keeps the string open")
        << QByteArray(R"(["a\"[[[[", 1])") << ParseError::None;
    QTest::newRow("escaped backslash closes the string")
        << QByteArray(R"(["a\\", )") + arrays(256) + "]" << ParseError::TooDeep;
    QTest::newRow("siblings are not depth")
        << QByteArray("[") + QByteArray("[],").repeated(1000) + "[]]" << ParseError::None;
    QTest::newRow("syntax") << QByteArray("[1,,2]") << ParseError::Syntax;
    QTest::newRow("empty") << QByteArray() << ParseError::Syntax;
}

void TestJsonParse::nesting()
{
    QFETCH(QByteArray, text);
    QFETCH(ParseError, expected);
    js::Json out = js::Json::object();
    QString why;
    QCOMPARE(js::parseText(text, out, &why), expected);
    QCOMPARE(js::parseText(text, out), expected); // the fast way says the same
    QCOMPARE(js::parse(text, out), expected == ParseError::None);
    if (expected != ParseError::None) {
        QVERIFY(out.is_null());
        QVERIFY(!why.isEmpty());
    }
    if (expected == ParseError::TooDeep)
        QVERIFY2(why.contains(QStringLiteral("256")), qPrintable(why));
}

void TestJsonParse::hundredThousandBrackets_areRefusedQuicklyEverywhere()
{
    const QByteArray bomb(100000, '[');
    const QByteArray closed = arrays(100000);
    const QByteArray inObject = QByteArray(R"({"id":"file-1","x":)") + closed + "}";
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &text : {bomb, closed, inObject}) {
        js::Json out;
        QString why;
        QCOMPARE(js::parseText(text, out, &why), ParseError::TooDeep);
        QVERIFY(!js::parse(text, out));
        bool ok = true;
        QVERIFY(RawJson::parse(text, &ok).isNull());
        QVERIFY(!ok);
        QCOMPARE(js::nestingDepth(text), js::kMaxDepth + 1); // the scan stops at the first level too deep
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestJsonParse::sizeLimit_refusesLargerText()
{
    js::Json out;
    QString why;
    const QByteArray text = R"({"a":")" + QByteArray(100, 'x') + R"("})";
    QCOMPARE(js::parseText(text, out, &why, text.size()), ParseError::None);
    QCOMPARE(js::parseText(text, out, &why, text.size() - 1), ParseError::TooLarge);
    QVERIFY(out.is_null());
    QVERIFY2(why.contains(QString::number(text.size() - 1)), qPrintable(why));
    QVERIFY(js::kMaxBytes >= 64LL * 1024 * 1024); // responses are read up to 64 MiB
}

void TestJsonParse::syntaxErrors_sayWhy()
{
    js::Json out;
    QString why;
    QCOMPARE(js::parseText("{\"a\":", out, &why), ParseError::Syntax);
    QVERIFY(!why.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonParse)
#include "tst_jsonparse.moc"
