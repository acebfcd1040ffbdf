// The naming rules and the encoding of every id and name that goes into a URL path.

#include "core/pathsegment.h"
#include "datatable.h"

#include <QTest>
#include <QUrl>

using namespace ft::core;
using Kind = PathSegment::Kind;
using Problem = PathSegment::Problem;

Q_DECLARE_METATYPE(PathSegment::Kind)
Q_DECLARE_METATYPE(PathSegment::Problem)

class TestPathSegment : public QObject
{
    Q_OBJECT

private slots:
    void hostileValue_isRefusedForEveryKind_data();
    void hostileValue_isRefusedForEveryKind();
    void serviceNames_areAccepted_data();
    void serviceNames_areAccepted();
    void namesAgainstTheRules_areRefused_data();
    void namesAgainstTheRules_areRefused();
    void encode_keepsOneSegment_data();
    void encode_keepsOneSegment();
    void describe_namesKindValueAndReason_withoutRawControlCharacters();
};

namespace {
const QList<Kind> allKinds{Kind::FileId,       Kind::JobId,         Kind::CheckpointId,
                           Kind::UploadId,     Kind::ModelId,       Kind::DeploymentName,
                           Kind::Subscription, Kind::ResourceGroup, Kind::Account};
}

void TestPathSegment::hostileValue_isRefusedForEveryKind_data()
{
    ft::test::addColumns<QString, Problem>("value", "expected");
    QTest::newRow("empty") << QString() << Problem::Empty;
    QTest::newRow(".") << QStringLiteral(".") << Problem::DotSegment;
    QTest::newRow("..") << QStringLiteral("..") << Problem::DotSegment;
    QTest::newRow("../x") << QStringLiteral("../x") << Problem::Separator;
    QTest::newRow("a/b") << QStringLiteral("a/b") << Problem::Separator;
    QTest::newRow("../../other-account/deployments/x")
        << QStringLiteral("../../other-account/deployments/x") << Problem::Separator;
    QTest::newRow("a\\b") << QStringLiteral("a\\b") << Problem::Separator;
    QTest::newRow("newline") << QStringLiteral("a\nb") << Problem::ControlCharacter;
    QTest::newRow("nul") << QString(QChar(0)) + u'a' << Problem::ControlCharacter;
    QTest::newRow("del") << QStringLiteral("a\x7f") << Problem::ControlCharacter;
    QTest::newRow("c1 control") << QStringLiteral("a") + QChar(0x85) << Problem::ControlCharacter;
    QTest::newRow("%2e%2e") << QStringLiteral("%2e%2e") << Problem::NotAllowed;
    QTest::newRow("a%2Fb") << QStringLiteral("a%2Fb") << Problem::NotAllowed;
    QTest::newRow("query") << QStringLiteral("ab?api-version=1") << Problem::NotAllowed;
    QTest::newRow("fragment") << QStringLiteral("ab#x") << Problem::NotAllowed;
    QTest::newRow("space") << QStringLiteral("a b") << Problem::NotAllowed;
}

void TestPathSegment::hostileValue_isRefusedForEveryKind()
{
    QFETCH(QString, value);
    QFETCH(Problem, expected);
    for (const Kind kind : allKinds) {
        const Problem got = PathSegment::validate(kind, value);
        QVERIFY2(got != Problem::None, qPrintable(PathSegment::kindName(kind)));
        if (expected != Problem::NotAllowed) // the exact reason; for the rest any refusal will do
            QCOMPARE(got, expected);
    }
}

void TestPathSegment::serviceNames_areAccepted_data()
{
    ft::test::addColumns<Kind, QString>("kind", "value");
    QTest::newRow("openai file") << Kind::FileId << QStringLiteral("file-abc123XYZ");
    QTest::newRow("azure file") << Kind::FileId << QStringLiteral("file-0123456789abcdef0123456789abcdef");
    QTest::newRow("azure assistants file") << Kind::FileId << QStringLiteral("assistant-AbC123");
    QTest::newRow("job") << Kind::JobId << QStringLiteral("ftjob-abc123");
    QTest::newRow("openai checkpoint")
        << Kind::CheckpointId << QStringLiteral("ftckpt_zc4Q7MP6XxulcVzj4MZdwsAB");
    QTest::newRow("azure checkpoint") << Kind::CheckpointId << QStringLiteral("ftchkpt-0123abcd");
    QTest::newRow("openai upload") << Kind::UploadId << QStringLiteral("upload_abc123");
    QTest::newRow("base model") << Kind::ModelId << QStringLiteral("gpt-4o-mini-2024-07-18");
    QTest::newRow("dotted base model") << Kind::ModelId << QStringLiteral("gpt-3.5-turbo-0125");
    QTest::newRow("openai fine-tuned")
        << Kind::ModelId << QStringLiteral("ft:gpt-4o-mini-2024-07-18:my-org:custom-suffix:9zWh6NtP");
    QTest::newRow("openai fine-tuned, no suffix")
        << Kind::ModelId << QStringLiteral("ft:gpt-4o-mini-2024-07-18:my-org::9zWh6NtP");
    QTest::newRow("openai checkpoint model")
        << Kind::ModelId << QStringLiteral("ft:gpt-4o-mini-2024-07-18:my-org:s:9zWh6NtP:ckpt-step-10");
    QTest::newRow("azure fine-tuned")
        << Kind::ModelId
        << QStringLiteral("gpt-4o-mini-2024-07-18.ft-0123456789abcdef0123456789abcdef-suffix");
    QTest::newRow("deployment") << Kind::DeploymentName << QStringLiteral("my-model_v1.2");
    QTest::newRow("subscription guid")
        << Kind::Subscription << QStringLiteral("00000000-0000-0000-0000-000000000000");
    QTest::newRow("subscription test name") << Kind::Subscription << QStringLiteral("sub-test");
    QTest::newRow("subscription one letter") << Kind::Subscription << QStringLiteral("s");
    QTest::newRow("resource group") << Kind::ResourceGroup << QStringLiteral("rg-test");
    QTest::newRow("resource group, all signs") << Kind::ResourceGroup << QStringLiteral("my_rg.(prod)-1");
    QTest::newRow("resource group, leading dot") << Kind::ResourceGroup << QStringLiteral(".rg");
    QTest::newRow("resource group, unicode") << Kind::ResourceGroup << QStringLiteral("gruppe-\u00e4\u00f6");
    QTest::newRow("resource group, 90") << Kind::ResourceGroup << QString(90, u'g');
    QTest::newRow("account") << Kind::Account << QStringLiteral("acct-test");
    QTest::newRow("account, two") << Kind::Account << QStringLiteral("a1");
    QTest::newRow("account, 64") << Kind::Account << QString(64, u'a');
}

void TestPathSegment::serviceNames_areAccepted()
{
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    QCOMPARE(PathSegment::validate(kind, value), Problem::None);
}

void TestPathSegment::namesAgainstTheRules_areRefused_data()
{
    ft::test::addColumns<Kind, QString, Problem>("kind", "value", "expected");
    QTest::newRow("file id with a dot")
        << Kind::FileId << QStringLiteral("file-1.json") << Problem::NotAllowed;
    QTest::newRow("job id starting with -") << Kind::JobId << QStringLiteral("-ftjob") << Problem::NotAllowed;
    QTest::newRow("model starting with :") << Kind::ModelId << QStringLiteral(":gpt") << Problem::NotAllowed;
    QTest::newRow("model starting with .") << Kind::ModelId << QStringLiteral(".gpt") << Problem::NotAllowed;
    QTest::newRow("id of 257") << Kind::FileId << QString(257, u'f') << Problem::TooLong;
    QTest::newRow("deployment of 1") << Kind::DeploymentName << QStringLiteral("x") << Problem::TooShort;
    QTest::newRow("deployment of 65") << Kind::DeploymentName << QString(65, u'd') << Problem::TooLong;
    QTest::newRow("deployment with ':'")
        << Kind::DeploymentName << QStringLiteral("a:b") << Problem::NotAllowed;
    QTest::newRow("subscription with '_'")
        << Kind::Subscription << QStringLiteral("sub_1") << Problem::NotAllowed;
    QTest::newRow("subscription of 65") << Kind::Subscription << QString(65, u'0') << Problem::TooLong;
    QTest::newRow("resource group ending with .")
        << Kind::ResourceGroup << QStringLiteral("rg.") << Problem::NotAllowed;
    QTest::newRow("resource group of 91") << Kind::ResourceGroup << QString(91, u'g') << Problem::TooLong;
    QTest::newRow("resource group with ':'")
        << Kind::ResourceGroup << QStringLiteral("r:g") << Problem::NotAllowed;
    QTest::newRow("account of 1") << Kind::Account << QStringLiteral("a") << Problem::TooShort;
    QTest::newRow("account of 65") << Kind::Account << QString(65, u'a') << Problem::TooLong;
    QTest::newRow("account starting with -")
        << Kind::Account << QStringLiteral("-acct") << Problem::NotAllowed;
    QTest::newRow("account with unicode")
        << Kind::Account << QStringLiteral("konto-\u00e4") << Problem::NotAllowed;
}

void TestPathSegment::namesAgainstTheRules_areRefused()
{
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    QFETCH(Problem, expected);
    QCOMPARE(PathSegment::validate(kind, value), expected);
}

void TestPathSegment::encode_keepsOneSegment_data()
{
    ft::test::addColumns<QString, QString>("value", "encoded");
    QTest::newRow("plain") << QStringLiteral("file-abc_1") << QStringLiteral("file-abc_1");
    QTest::newRow("colons stay") << QStringLiteral("ft:gpt-4o-mini:org::id")
                                 << QStringLiteral("ft:gpt-4o-mini:org::id");
    QTest::newRow("dots stay") << QStringLiteral("gpt-4o.ft-1") << QStringLiteral("gpt-4o.ft-1");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a%2Fb");
    QTest::newRow("percent") << QStringLiteral("a%2Fb") << QStringLiteral("a%252Fb");
    QTest::newRow("parentheses") << QStringLiteral("rg(1)") << QStringLiteral("rg%281%29");
    QTest::newRow("unicode") << QStringLiteral("\u00e4") << QStringLiteral("%C3%A4");
    QTest::newRow("query and fragment") << QStringLiteral("a?b#c") << QStringLiteral("a%3Fb%23c");
}

void TestPathSegment::encode_keepsOneSegment()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    QCOMPARE(PathSegment::encode(value), encoded);
    QVERIFY(!PathSegment::encode(value).contains(u'/'));
    QCOMPARE(QUrl::fromPercentEncoding(encoded.toLatin1()), value);
}

void TestPathSegment::describe_namesKindValueAndReason_withoutRawControlCharacters()
{
    const QString dots = PathSegment::describe(Kind::Account, QStringLiteral(".."), Problem::DotSegment);
    QVERIFY2(dots.contains(QStringLiteral("account")) && dots.contains(QStringLiteral("\"..\"")),
             qPrintable(dots));
    const QString control =
        PathSegment::describe(Kind::FileId, QStringLiteral("a\nb\x1b[31m"), Problem::ControlCharacter);
    QVERIFY2(!control.contains(u'\n') && !control.contains(QChar(0x1b)), qPrintable(control));
    QVERIFY2(control.contains(QStringLiteral("a\\x0ab")), qPrintable(control));
    const QString rule = PathSegment::describe(Kind::DeploymentName, QStringLiteral("x"), Problem::TooShort);
    QVERIFY2(rule.contains(QStringLiteral("2 to 64")), qPrintable(rule));
    QVERIFY(PathSegment::describe(Kind::JobId, QString(1000, u'j'), Problem::TooLong).size() < 300);
}

QTEST_GUILESS_MAIN(TestPathSegment)
#include "tst_pathsegment.moc"
