// The wizard's draft holds the grader and the response format typed: drafts written before (the grader
// as JSON text) still load, the grader templates are complete, and JSON text is read and written by
// core, never by the widgets.

#include "core/finetunedraft.h"
#include "core/gradertemplates.h"
#include "core/jsonutil.h"
#include "core/responseformat.h"
#include "datatable.h"

#include <QTest>

using namespace ft;
using namespace ft::core;
using Type = Grader::Type;

class TestFineTuneDraft : public QObject
{
    Q_OBJECT

private slots:
    void draft_ofTheFirstVersion_loadsGraderAndResponseFormatTyped();
    void draft_ofTheFirstVersion_withBrokenGraderText_loadsWithoutGrader();
    void draft_roundTrip_keepsGraderAndResponseFormat();
    void draft_request_carriesTheGraderOnlyForReinforcement();
    void graderTemplate_isWellFormed_data();
    void graderTemplate_isWellFormed();
    void grader_jsonText_readsObjectsOnly();
    void grader_prompt_readsEveryContentShape();
    void responseFormat_fromText_data();
    void responseFormat_fromText();
};

namespace {
const char *const kGraderText = "{\"type\": \"string_check\", \"name\": \"exact\", "
                                "\"input\": \"{{sample.output_text}}\", \"reference\": \"{{item.answer}}\", "
                                "\"operation\": \"eq\"}";

// A draft as the first version wrote it: grader and response format as JSON text.
QByteArray firstVersion(const char *graderText = kGraderText,
                        const char *formatText = "{\"type\": \"json_object\"}")
{
    const js::Json source{{"kind", "existing"}, {"file_id", "file-t"}, {"file_name", "t.jsonl"},
                          {"local_path", ""},   {"import_url", ""},    {"split_percent", 10}};
    return js::dump(js::Json{{"version", 1},
                             {"method", "reinforcement"},
                             {"model", "o4-mini-2025-04-16"},
                             {"training", source},
                             {"validation", source},
                             {"grader_json", graderText},
                             {"response_format_json", formatText},
                             {"page", 6},
                             {"saved_at", 1700000000}});
}
} // namespace

void TestFineTuneDraft::draft_ofTheFirstVersion_loadsGraderAndResponseFormatTyped()
{
    const auto draft = FineTuneDraft::fromBytes(firstVersion());
    QVERIFY(draft);
    QVERIFY(draft->grader);
    QCOMPARE(draft->grader->type, Type::StringCheck);
    QCOMPARE(draft->grader->name, QStringLiteral("exact"));
    QCOMPARE(draft->grader->reference, QStringLiteral("{{item.answer}}"));
    QCOMPARE(draft->grader->operation, QStringLiteral("eq"));
    QVERIFY(draft->responseFormat.isSet());
    QCOMPARE(js::str(draft->responseFormat.value.value(), "type"), QStringLiteral("json_object"));
    QCOMPARE(draft->page, 6);
}

void TestFineTuneDraft::draft_ofTheFirstVersion_withBrokenGraderText_loadsWithoutGrader()
{
    const auto draft = FineTuneDraft::fromBytes(firstVersion("{{\"type\": ", "[\"json_object\"]"));
    QVERIFY(draft);
    QVERIFY(!draft->grader);
    QVERIFY(!draft->responseFormat.isSet());
    QCOMPARE(draft->model, QStringLiteral("o4-mini-2025-04-16"));
}

void TestFineTuneDraft::draft_roundTrip_keepsGraderAndResponseFormat()
{
    FineTuneDraft d;
    d.method = MethodType::Reinforcement;
    d.grader = graderTemplate(Type::Multi);
    d.responseFormat = *ResponseFormat::fromText(QStringLiteral(R"({"type": "json_object"})"));
    const QByteArray bytes = d.toBytes();
    js::Json written;
    QVERIFY(js::parse(bytes, written));
    QVERIFY(written["grader"].is_object()); // an object on disk, no longer JSON in a string
    QVERIFY(!written.contains("grader_json"));
    const auto back = FineTuneDraft::fromBytes(bytes);
    QVERIFY(back && back->grader);
    QCOMPARE(back->grader->toJsonText(), d.grader->toJsonText());
    QCOMPARE(back->responseFormat.toText(), d.responseFormat.toText());
    QCOMPARE(back->toBytes(), bytes);
}

void TestFineTuneDraft::draft_request_carriesTheGraderOnlyForReinforcement()
{
    FineTuneDraft d = *FineTuneDraft::fromBytes(firstVersion());
    const CreateJobRequest rft = d.toRequest(QStringLiteral("file-t"), QStringLiteral("file-v"), true);
    QVERIFY(rft.method.grader);
    QCOMPARE(rft.method.grader->name, QStringLiteral("exact"));
    QVERIFY(rft.method.responseFormat.isObject());
    d.method = MethodType::Supervised;
    const CreateJobRequest sft = d.toRequest(QStringLiteral("file-t"), QStringLiteral("file-v"), true);
    QVERIFY(!sft.method.grader);
    QVERIFY(sft.method.responseFormat.isNull());
}

void TestFineTuneDraft::graderTemplate_isWellFormed_data()
{
    QTest::addColumn<int>("type");
    for (Type t : {Type::StringCheck, Type::TextSimilarity, Type::ScoreModel, Type::LabelModel, Type::Python,
                   Type::Multi})
        QTest::newRow(qPrintable(Grader::nameOf(t))) << int(t);
}

void TestFineTuneDraft::graderTemplate_isWellFormed()
{
    QFETCH(int, type);
    const Grader g = graderTemplate(Type(type));
    QCOMPARE(int(g.type), type);
    QCOMPARE(g.typeName, Grader::nameOf(Type(type)));
    QVERIFY2(g.problems().isEmpty(), qPrintable(g.problems().join(u' ')));
    // A python grader reads the example in its code, not through a {{item.…}} template.
    const QStringList keys =
        type == int(Type::Python) ? QStringList() : QStringList{QStringLiteral("reference_answer")};
    QCOMPARE(g.referencedItemKeys(), keys);
    const auto back = Grader::fromJsonText(g.toJsonText());
    QVERIFY(back);
    QCOMPARE(back->toJsonText(), g.toJsonText());
}

void TestFineTuneDraft::grader_jsonText_readsObjectsOnly()
{
    QVERIFY(!Grader::fromJsonText(QString()));
    QVERIFY(!Grader::fromJsonText(QStringLiteral("{\"type\": ")));
    QVERIFY(!Grader::fromJsonText(QStringLiteral("[1, 2]")));
    QVERIFY(!Grader::fromJsonText(QStringLiteral("\"string_check\"")));
    const auto g = Grader::fromJsonText(QStringLiteral(R"({"type": "python", "name": "p", "source": "x"})"));
    QVERIFY(g);
    QCOMPARE(g->type, Type::Python);
    QCOMPARE(g->source, QStringLiteral("x"));
}

void TestFineTuneDraft::grader_prompt_readsEveryContentShape()
{
    // (Not in a macro: moc reads a raw string across lines only outside one.)
    const auto g =
        Grader::fromJsonText(QString::fromUtf8(R"({"type": "score_model", "name": "s", "model": "m",
        "input": [{"role": "system", "content": "Be strict."},
                  {"role": "user", "content": {"type": "input_text", "text": "Answer: {{sample.output_text}}"}},
                  {"role": "user", "content": [{"type": "input_text", "text": "Reference: {{item.gold}}"},
                                               {"type": "input_image", "image_url": "https://x/y.png"}]}]})"));
    QVERIFY(g);
    QCOMPARE(g->promptText(),
             QStringLiteral("Be strict.\nAnswer: {{sample.output_text}}\nReference: {{item.gold}}"));
    Grader edited = *g;
    edited.setPrompt(QStringLiteral("Grade against {{item.expected}}"));
    QCOMPARE(edited.promptText(), QStringLiteral("Grade against {{item.expected}}"));
    QCOMPARE(edited.referencedItemKeys(), QStringList{QStringLiteral("expected")});
    QVERIFY(edited.problems().isEmpty());
}

void TestFineTuneDraft::responseFormat_fromText_data()
{
    test::addColumns<QString, bool, bool>("text", "valid", "set");
    QTest::newRow("empty") << QString() << true << false;
    QTest::newRow("blank") << QStringLiteral("  \n") << true << false;
    QTest::newRow("object") << QStringLiteral(R"({"type": "json_schema", "json_schema": {"name": "a"}})")
                            << true << true;
    QTest::newRow("array") << QStringLiteral("[1]") << false << false;
    QTest::newRow("not json") << QStringLiteral("json_object") << false << false;
    QTest::newRow("cut short") << QStringLiteral(R"({"type": )") << false << false;
}

void TestFineTuneDraft::responseFormat_fromText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, set);
    const auto format = ResponseFormat::fromText(text);
    QCOMPARE(format.has_value(), valid);
    if (format) {
        QCOMPARE(format->isSet(), set);
        if (set)
            QCOMPARE(ResponseFormat::fromText(format->toText())->toText(), format->toText());
    }
}

QTEST_MAIN(TestFineTuneDraft)
#include "tst_finetunedraft.moc"
