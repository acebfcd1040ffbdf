#include "grader.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ft::core {

namespace {
struct TypeName
{
    Grader::Type type;
    const char16_t *name;
};
constexpr TypeName kTypes[] = {
    {Grader::Type::StringCheck, u"string_check"}, {Grader::Type::TextSimilarity, u"text_similarity"},
    {Grader::Type::ScoreModel, u"score_model"},   {Grader::Type::Python, u"python"},
    {Grader::Type::LabelModel, u"label_model"},   {Grader::Type::Multi, u"multi"},
};

void collectTemplates(const QString &text, QStringList &out)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*item\.([A-Za-z0-9_\-\.]+)\s*\}\})"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
}

void collectTemplatesJson(const js::Json &value, QStringList &out)
{
    if (value.is_string())
        collectTemplates(js::toQ(value), out);
    else if (value.is_array() || value.is_object())
        for (const auto &child : value)
            collectTemplatesJson(child, out);
}

// The fields that are one value each, in the order they are written.
constexpr js::Field<Grader> kPlainFields[] = {
    {"reference", &Grader::reference, js::Write::IfSet},
    {"operation", &Grader::operation, js::Write::IfSet},
    {"evaluation_metric", &Grader::evaluationMetric, js::Write::IfSet},
    {"model", &Grader::model, js::Write::IfSet},
    {"source", &Grader::source, js::Write::IfSet},
    {"image_tag", &Grader::imageTag, js::Write::IfSet},
    {"calculate_output", &Grader::calculateOutput, js::Write::IfSet},
    {"labels", &Grader::labels, js::Write::IfSet},
    {"passing_labels", &Grader::passingLabels, js::Write::IfSet},
    {"range",
     js::Custom<Grader>{[](const js::Json &r, Grader &g) {
                            if (!r.is_array())
                                return;
                            for (const auto &x : r)
                                if (x.is_number())
                                    g.range << x.get<double>();
                        },
                        [](const Grader &g) {
                            if (g.range.isEmpty())
                                return js::Json(nullptr);
                            js::Json a = js::Json::array();
                            for (double x : g.range)
                                a.push_back(x);
                            return a;
                        }},
     js::Write::IfSet},
    {"sampling_params", &Grader::samplingParams, js::Write::IfSet},
};
} // namespace

Grader::Type Grader::typeFromName(QStringView name)
{
    for (const auto &t : kTypes) {
        if (name == QStringView(t.name))
            return t.type;
    }
    return Type::Unknown;
}

QString Grader::nameOf(Type type)
{
    for (const auto &t : kTypes) {
        if (t.type == type)
            return QString::fromUtf16(t.name);
    }
    return {};
}

Grader Grader::fromJson(const nlohmann::ordered_json &v)
{
    Grader g;
    g.typeName = js::str(v, "type");
    g.type = typeFromName(g.typeName);
    g.name = js::str(v, "name");
    if (const auto *in = js::find(v, "input")) {
        if (in->is_string())
            g.input = js::toQ(*in);
        else
            g.inputItems = RawJson(*in);
    }
    js::readFields(v, g, kPlainFields);
    if (const auto *gs = js::find(v, "graders")) {
        if (gs->is_object() && !gs->contains("type")) {
            for (auto it = gs->begin(); it != gs->end(); ++it)
                g.graders.append({QString::fromStdString(it.key()), fromJson(it.value())});
        } else if (gs->is_object()) {
            Grader one = fromJson(*gs);
            g.graders.append({one.name, one});
        } else if (gs->is_array()) {
            for (const auto &x : *gs) {
                Grader one = fromJson(x);
                g.graders.append({one.name, one});
            }
        }
    }
    g.extra = js::extrasBesides(v, kPlainFields, {"type", "name", "input", "graders"});
    return g;
}

nlohmann::ordered_json Grader::toJson() const
{
    js::Json o = js::Json::object();
    o["type"] = js::s(typeName.isEmpty() ? nameOf(type) : typeName);
    o["name"] = js::s(name);
    if (!inputItems.isNull())
        o["input"] = inputItems.value();
    else if (type == Type::StringCheck || type == Type::TextSimilarity || !input.isEmpty())
        o["input"] = js::s(input);
    js::writeFields(o, *this, kPlainFields);
    if (type == Type::Multi || !graders.isEmpty()) {
        js::Json m = js::Json::object();
        for (const auto &[key, sub] : graders)
            m[js::s(key)] = sub.toJson();
        o["graders"] = m;
    }
    js::mergeExtras(o, extra);
    return o;
}

QString Grader::toJsonText() const
{
    return QString::fromUtf8(js::dump(toJson(), 2));
}

std::optional<Grader> Grader::fromJsonText(const QString &text)
{
    js::Json v;
    if (!js::parse(text.toUtf8(), v) || !v.is_object())
        return std::nullopt;
    return fromJson(v);
}

QString Grader::promptText() const
{
    // A message's content is a string, one content part ({type, text}) or a list of parts.
    QStringList texts;
    auto add = [&texts](const js::Json &content) {
        if (content.is_string())
            texts << js::toQ(content);
        else if (content.is_object())
            texts << js::str(content, "text");
    };
    for (const auto &item : inputItems.value()) {
        const js::Json *content = item.is_object() ? js::find(item, "content") : nullptr;
        if (content && content->is_array())
            for (const auto &part : *content)
                add(part);
        else if (content)
            add(*content);
    }
    texts.removeAll(QString());
    return texts.join(u'\n');
}

void Grader::setPrompt(const QString &text)
{
    inputItems = RawJson(js::Json::array({js::Json{{"role", "user"}, {"content", js::s(text)}}}));
}

QStringList Grader::problems() const
{
    QStringList out;
    const QString who = name.isEmpty() ? QCoreApplication::translate("Grader", "The grader")
                                       : QCoreApplication::translate("Grader", "Grader \"%1\"").arg(name);
    if (type == Type::Unknown) {
        out << QCoreApplication::translate(
                   "Grader",
                   "%1 has an unknown type \"%2\" (expected string_check, text_similarity, score_model, "
                   "python, "
                   "label_model or multi).")
                   .arg(who, typeName);
        return out;
    }
    if (name.isEmpty())
        out << QCoreApplication::translate("Grader", "Every grader needs a name.");
    switch (type) {
    case Type::StringCheck:
        if (input.isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs an input.").arg(who);
        if (reference.isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs a reference.").arg(who);
        if (!QStringList{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("like"),
                         QStringLiteral("ilike")}
                 .contains(operation))
            out << QCoreApplication::translate("Grader",
                                               "%1 has operation \"%2\"; use eq, ne, like or ilike.")
                       .arg(who, operation);
        break;
    case Type::TextSimilarity: {
        static const QStringList metrics{
            QStringLiteral("cosine"),  QStringLiteral("fuzzy_match"), QStringLiteral("bleu"),
            QStringLiteral("gleu"),    QStringLiteral("meteor"),      QStringLiteral("rouge_1"),
            QStringLiteral("rouge_2"), QStringLiteral("rouge_3"),     QStringLiteral("rouge_4"),
            QStringLiteral("rouge_5"), QStringLiteral("rouge_l")};
        if (input.isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs an input.").arg(who);
        if (reference.isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs a reference.").arg(who);
        if (!metrics.contains(evaluationMetric))
            out << QCoreApplication::translate("Grader",
                                               "%1 has evaluation metric \"%2\", which is not one of %3.")
                       .arg(who, evaluationMetric, metrics.join(QStringLiteral(", ")));
        break;
    }
    case Type::ScoreModel:
    case Type::LabelModel:
        if (model.isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs a model.").arg(who);
        if (!inputItems.value().is_array() || inputItems.value().empty())
            out << QCoreApplication::translate("Grader", "%1 needs input messages.").arg(who);
        if (type == Type::LabelModel && (labels.isEmpty() || passingLabels.isEmpty()))
            out << QCoreApplication::translate("Grader", "%1 needs labels and passing labels.").arg(who);
        if (type == Type::ScoreModel && !range.isEmpty() && (range.size() != 2 || range[0] >= range[1]))
            out << QCoreApplication::translate("Grader", "%1 has a range that is not [low, high].").arg(who);
        break;
    case Type::Python:
        if (source.trimmed().isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs Python source code.").arg(who);
        else if (!source.contains(QStringLiteral("def grade")))
            out << QCoreApplication::translate("Grader", "%1's source must define grade(sample, item).")
                       .arg(who);
        break;
    case Type::Multi:
        if (graders.isEmpty())
            out << QCoreApplication::translate("Grader", "%1 combines no graders.").arg(who);
        if (calculateOutput.trimmed().isEmpty())
            out << QCoreApplication::translate("Grader", "%1 needs a calculate_output formula.").arg(who);
        for (const auto &[key, sub] : graders) {
            if (sub.type == Type::Multi)
                out << QCoreApplication::translate("Grader", "%1 nests a multi grader, which is not allowed.")
                           .arg(who);
            else
                out << sub.problems();
        }
        break;
    case Type::Unknown:
        break;
    }
    return out;
}

QStringList Grader::referencedItemKeys() const
{
    QStringList out;
    for (const QString *text : {&input, &reference, &source, &calculateOutput})
        collectTemplates(*text, out);
    collectTemplatesJson(inputItems.value(), out);
    for (const auto &[key, sub] : graders)
        out << sub.referencedItemKeys();
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace ft::core
