// The reinforcement grader and response format on the hyperparameters page: the form and the JSON view
// edit one typed grader in the draft, text that is not a JSON object blocks Next and leaves the draft's
// last good value, and a draft written when the grader was kept as JSON text opens in the editor.

#include "wizardsuite.h"

#include "wizard/draftstore.h"

#include "core/grader.h"
#include "core/jsonutil.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace ft;
using namespace ft::test;
using Type = core::Grader::Type;
namespace js = core::js;

class TestWizardGrader : public WizardTest
{
    Q_OBJECT

private slots:
    void graderEditor_formAndJson_editTheDraftsTypedGrader();
    void responseFormat_notAnObject_blocksNextAndKeepsTheLastOne();
    void draft_withTheGraderAsJsonText_opensInTheEditor();

private:
    static ui::FineTuneWizard *openHyperparameters(WizardDriver &d);
};

ui::FineTuneWizard *TestWizardGrader::openHyperparameters(WizardDriver &d)
{
    ui::FineTuneWizard *w = d.open();
    w->draft().method = core::MethodType::Reinforcement;
    w->draft().model = QStringLiteral("o4-mini-2025-04-16");
    w->setStartId(Page::HyperparametersPageId);
    w->restart();
    return w;
}

void TestWizardGrader::graderEditor_formAndJson_editTheDraftsTypedGrader()
{
    WizardDriver d;
    ui::FineTuneWizard *w = openHyperparameters(d);
    const core::FineTuneDraft &draft = w->draft();
    QVERIFY(draft.grader); // the editor starts from a template
    QCOMPARE(draft.grader->type, Type::StringCheck);

    // Another type from the list: its template, typed.
    auto *type = d.find<QComboBox>(QStringLiteral("graderType"));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(draft.grader->type, Type::TextSimilarity);
    QCOMPARE(draft.grader->evaluationMetric, QStringLiteral("fuzzy_match"));

    // A field of the form: the draft and the JSON view follow.
    auto *input = d.find<QLineEdit>(QStringLiteral("graderInput"));
    input->setFocus();
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("{{sample.output_json.city}}"));
    QCOMPARE(draft.grader->input, QStringLiteral("{{sample.output_json.city}}"));
    auto *json = d.find<QPlainTextEdit>(QStringLiteral("graderJson"));
    QVERIFY(json->toPlainText().contains(QStringLiteral("{{sample.output_json.city}}")));
    QVERIFY(d.canGoNext());

    // The JSON view, broken: Next says why, the draft keeps the last grader that read.
    json->setPlainText(QStringLiteral("{\"type\": \"python\", "));
    QVERIFY(!d.canGoNext());
    QVERIFY(d.find<QLabel>(QStringLiteral("hyperProblem"))->text().contains(QStringLiteral("JSON")));
    QCOMPARE(draft.grader->type, Type::TextSimilarity);

    // The JSON view, mended as another type: the form shows it.
    const js::Json python{
        {"type", "python"}, {"name", "py"}, {"source", "def grade(sample, item):\n    return 1.0"}};
    json->setPlainText(QString::fromUtf8(js::dump(python, 2)));
    QVERIFY(d.canGoNext());
    QCOMPARE(draft.grader->type, Type::Python);
    QCOMPARE(draft.grader->name, QStringLiteral("py"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("python"));
    QCOMPARE(d.find<QLineEdit>(QStringLiteral("graderName"))->text(), QStringLiteral("py"));
}

void TestWizardGrader::responseFormat_notAnObject_blocksNextAndKeepsTheLastOne()
{
    WizardDriver d;
    ui::FineTuneWizard *w = openHyperparameters(d);
    auto *format = d.find<QPlainTextEdit>(QStringLiteral("responseFormat"));
    format->setPlainText(QStringLiteral(R"({"type": "json_object"})"));
    QVERIFY(d.canGoNext());
    QVERIFY(w->draft().responseFormat.isSet());
    const QString kept = w->draft().responseFormat.toText();
    format->setPlainText(QStringLiteral("[\"json_object\"]"));
    QVERIFY(!d.canGoNext());
    QVERIFY(
        d.find<QLabel>(QStringLiteral("hyperProblem"))->text().contains(QStringLiteral("response format")));
    QCOMPARE(w->draft().responseFormat.toText(), kept);
    format->clear();
    QVERIFY(d.canGoNext());
    QVERIFY(!w->draft().responseFormat.isSet());
}

void TestWizardGrader::draft_withTheGraderAsJsonText_opensInTheEditor()
{
    // As the first version of the draft wrote it.
    const js::Json grader{{"type", "string_check"},
                          {"name", "kept from before"},
                          {"input", "{{sample.output_text}}"},
                          {"reference", "{{item.answer}}"},
                          {"operation", "ne"}};
    const QByteArray old = js::dump(js::Json{{"version", 1},
                                             {"method", "reinforcement"},
                                             {"model", "o4-mini-2025-04-16"},
                                             {"grader_json", js::dump(grader).toStdString()},
                                             {"response_format_json", ""},
                                             {"page", 6}});
    QVERIFY(QDir().mkpath(QFileInfo(ui::DraftStore::defaultPath()).absolutePath()));
    test::writeFile(ui::DraftStore::defaultPath(), old);
    const auto saved = ui::DraftStore(ui::DraftStore::defaultPath()).load();
    QVERIFY(saved);
    QVERIFY(QFile::remove(ui::DraftStore::defaultPath()));

    WizardDriver d;
    ui::FineTuneWizard *w = d.open();
    w->draft() = *saved;
    w->setStartId(Page::HyperparametersPageId);
    w->restart();
    QCOMPARE(d.find<QLineEdit>(QStringLiteral("graderName"))->text(), QStringLiteral("kept from before"));
    QCOMPARE(d.find<QComboBox>(QStringLiteral("graderType"))->currentData().toString(),
             QStringLiteral("string_check"));
    QVERIFY(d.find<QPlainTextEdit>(QStringLiteral("graderJson"))
                ->toPlainText()
                .contains(QStringLiteral("\"ne\"")));
    QVERIFY(d.canGoNext());
    QCOMPARE(w->draft().grader->operation, QStringLiteral("ne"));
}

QTEST_MAIN(TestWizardGrader)
#include "tst_wizard_grader.moc"
