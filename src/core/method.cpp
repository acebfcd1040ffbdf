#include "method.h"

#include "enumnames.h"
#include "jsonutil.h"

namespace ft::core {

namespace {
constexpr EnumName<MethodType> kMethodTypeNames[] = {
    {MethodType::Supervised, "supervised"},
    {MethodType::Dpo, "dpo"},
    {MethodType::Reinforcement, "reinforcement"},
};
} // namespace

QString methodTypeName(MethodType type)
{
    return nameOf(kMethodTypeNames, type);
}

MethodType methodTypeFromName(QStringView name)
{
    return valueOf(kMethodTypeNames, name).value_or(MethodType::Unknown);
}

namespace {
struct Field
{
    const char *key;
    HyperParam Hyperparameters::*member;
};
constexpr Field kFields[] = {
    {"batch_size", &Hyperparameters::batchSize},
    {"learning_rate_multiplier", &Hyperparameters::learningRateMultiplier},
    {"n_epochs", &Hyperparameters::nEpochs},
    {"beta", &Hyperparameters::beta},
    {"l2_multiplier", &Hyperparameters::l2Multiplier},
    {"compute_multiplier", &Hyperparameters::computeMultiplier},
    {"eval_interval", &Hyperparameters::evalInterval},
    {"eval_samples", &Hyperparameters::evalSamples},
};
} // namespace

bool Hyperparameters::isEmpty() const
{
    for (const auto &f : kFields) {
        if ((this->*f.member).isPresent())
            return false;
    }
    return reasoningEffort.isEmpty() && extra.isEmpty();
}

Hyperparameters Hyperparameters::fromJson(const nlohmann::ordered_json &value)
{
    Hyperparameters h;
    for (const auto &f : kFields) {
        if (const auto *v = js::find(value, f.key)) {
            h.*f.member = HyperParam::fromJson(*v);
            // Azure classic spells "auto" as -1; no hyperparameter can be negative.
            if ((h.*f.member).isNumber() && (h.*f.member).number() < 0)
                h.*f.member = HyperParam::autoValue();
        }
    }
    h.reasoningEffort = js::str(value, "reasoning_effort");
    h.extra = js::extras(value,
                         {"batch_size", "learning_rate_multiplier", "n_epochs", "beta", "l2_multiplier",
                          "compute_multiplier", "eval_interval", "eval_samples", "reasoning_effort"});
    return h;
}

nlohmann::ordered_json Hyperparameters::toJson() const
{
    js::Json o = js::Json::object();
    for (const auto &f : kFields) {
        const HyperParam &p = this->*f.member;
        if (p.isPresent())
            o[f.key] = p.toJson();
    }
    if (!reasoningEffort.isEmpty())
        o["reasoning_effort"] = js::s(reasoningEffort);
    js::mergeExtras(o, extra);
    return o;
}

Method Method::ofType(MethodType type)
{
    Method m;
    m.type = type;
    m.typeName = methodTypeName(type);
    return m;
}

Method Method::fromJson(const nlohmann::ordered_json &value)
{
    Method m;
    m.typeName = js::str(value, "type", QStringLiteral("supervised"));
    m.type = methodTypeFromName(m.typeName);
    const std::string key = js::s(m.typeName);
    if (const auto *block = js::find(value, key); block && block->is_object()) {
        if (const auto *h = js::find(*block, "hyperparameters"))
            m.hyperparameters = Hyperparameters::fromJson(*h);
        if (const auto *g = js::find(*block, "grader"); g && g->is_object())
            m.grader = Grader::fromJson(*g);
        if (const auto *rf = js::find(*block, "response_format"))
            m.responseFormat = RawJson(*rf);
        m.extra = js::extras(*block, {"hyperparameters", "grader", "response_format"});
    }
    js::Json outer = value.is_object() ? value : js::Json::object();
    outer.erase(key);
    m.outerExtra = js::extras(outer, {"type"});
    return m;
}

nlohmann::ordered_json Method::toJson() const
{
    js::Json block = js::Json::object();
    if (!hyperparameters.isEmpty())
        block["hyperparameters"] = hyperparameters.toJson();
    if (grader)
        block["grader"] = grader->toJson();
    if (!responseFormat.isNull())
        block["response_format"] = responseFormat.value();
    js::mergeExtras(block, extra);
    js::Json o = js::Json::object();
    const QString name = typeName.isEmpty() ? methodTypeName(type) : typeName;
    o["type"] = js::s(name);
    o[js::s(name)] = block;
    js::mergeExtras(o, outerExtra);
    return o;
}

} // namespace ft::core
