#include "gradertemplates.h"

namespace ft::core {

namespace {
const QString kAnswer = QStringLiteral("{{sample.output_text}}");
const QString kReference = QStringLiteral("{{item.reference_answer}}");

Grader typed(Grader::Type type, const QString &name)
{
    Grader g;
    g.type = type;
    g.typeName = Grader::nameOf(type);
    g.name = name;
    return g;
}

Grader comparing(Grader::Type type, const QString &name)
{
    Grader g = typed(type, name);
    g.input = kAnswer;
    g.reference = kReference;
    return g;
}

Grader stringCheck(const QString &name)
{
    Grader g = comparing(Grader::Type::StringCheck, name);
    g.operation = QStringLiteral("eq");
    return g;
}

Grader textSimilarity(const QString &name, const QString &metric)
{
    Grader g = comparing(Grader::Type::TextSimilarity, name);
    g.evaluationMetric = metric;
    return g;
}

// A model reads the answer and the reference, and judges.
Grader judging(Grader::Type type, const QString &name, const QString &instruction)
{
    Grader g = typed(type, name);
    g.model = QStringLiteral("gpt-4.1-mini");
    g.setPrompt(instruction + QStringLiteral("\nAnswer: %1\nReference: %2").arg(kAnswer, kReference));
    return g;
}
} // namespace

Grader graderTemplate(Grader::Type type)
{
    switch (type) {
    case Grader::Type::TextSimilarity:
        return textSimilarity(QStringLiteral("similarity"), QStringLiteral("fuzzy_match"));
    case Grader::Type::ScoreModel: {
        Grader g = judging(type, QStringLiteral("judge"),
                           QStringLiteral("Score from 0 to 1 how well this answer matches the reference."));
        g.range = {0, 1};
        return g;
    }
    case Grader::Type::LabelModel: {
        Grader g =
            judging(type, QStringLiteral("labeller"),
                    QStringLiteral("Label this answer \"correct\" or \"incorrect\" against the reference."));
        g.labels = {QStringLiteral("correct"), QStringLiteral("incorrect")};
        g.passingLabels = {QStringLiteral("correct")};
        return g;
    }
    case Grader::Type::Python: {
        Grader g = typed(type, QStringLiteral("python grader"));
        g.source = QStringLiteral("def grade(sample, item) -> float:\n"
                                  "    output = sample[\"output_text\"].strip()\n"
                                  "    return 1.0 if output == item[\"reference_answer\"] else 0.0\n");
        return g;
    }
    case Grader::Type::Multi: {
        Grader g = typed(type, QStringLiteral("combined"));
        g.graders = {
            {QStringLiteral("exact"), stringCheck(QStringLiteral("exact"))},
            {QStringLiteral("similar"), textSimilarity(QStringLiteral("similar"), QStringLiteral("bleu"))}};
        g.calculateOutput = QStringLiteral("0.5 * exact + 0.5 * similar");
        return g;
    }
    case Grader::Type::StringCheck:
    case Grader::Type::Unknown:
        break;
    }
    return stringCheck(QStringLiteral("exact match"));
}

} // namespace ft::core
