#include "jobbodycheck.h"

#include "core/catalog.h"
#include "core/jsonutil.h"

#include <cmath>

namespace ft::emu {

namespace js = core::js;

namespace {
enum class Kind { String, Integer, Number, Object, Array };

const char *kindName(Kind k)
{
    switch (k) {
    case Kind::String:
        return "a string";
    case Kind::Integer:
        return "an integer";
    case Kind::Number:
        return "a number";
    case Kind::Object:
        return "an object";
    case Kind::Array:
        return "an array";
    }
    return "a value";
}

// What the value is, in the words of the service's "Invalid type" errors.
QString describe(const js::Json &v)
{
    if (v.is_null())
        return QStringLiteral("null");
    if (v.is_boolean())
        return QStringLiteral("a boolean");
    if (v.is_string())
        return QStringLiteral("a string");
    if (v.is_number_integer() || v.is_number_unsigned())
        return QStringLiteral("an integer");
    if (v.is_number())
        return QStringLiteral("a decimal");
    if (v.is_array())
        return QStringLiteral("an array");
    return QStringLiteral("an object");
}

bool isIntegral(const js::Json &v)
{
    if (v.is_number_integer() || v.is_number_unsigned())
        return true;
    if (!v.is_number_float())
        return false;
    const double d = v.get<double>();
    return std::isfinite(d) && d == std::floor(d);
}

bool is(const js::Json &v, Kind k)
{
    switch (k) {
    case Kind::String:
        return v.is_string();
    case Kind::Integer:
        return isIntegral(v);
    case Kind::Number:
        return v.is_number() && std::isfinite(v.get<double>());
    case Kind::Object:
        return v.is_object();
    case Kind::Array:
        return v.is_array();
    }
    return false;
}

ErrorSpec wrongType(const QString &param, const QString &expected, const js::Json &got)
{
    return invalid(QStringLiteral("Invalid type for '%1': expected %2, but got %3 instead.")
                       .arg(param, expected, describe(got)),
                   param, QStringLiteral("invalid_type"));
}

// `key` absent, or of kind `k` (or null when `nullable`).
std::optional<ErrorSpec> field(const js::Json &object, const char *key, const QString &param, Kind k,
                               bool nullable)
{
    const js::Json *v = js::find(object, key);
    if (!v || (nullable && v->is_null()) || is(*v, k))
        return std::nullopt;
    return wrongType(param, QLatin1String(kindName(k)), *v);
}

// One hyperparameter: "auto" or a number of its kind within the catalog's range.
std::optional<ErrorSpec> hyperparameter(const js::Json &v, const QString &key, Kind k, const QString &param)
{
    if (v.is_string() && v.get_ref<const std::string &>() == "auto")
        return std::nullopt;
    if (!v.is_number() || !std::isfinite(v.get<double>()))
        return wrongType(param, QStringLiteral("\"auto\" or %1").arg(QLatin1String(kindName(k))), v);
    const core::NumberRange range = core::Catalog::builtin().hyperparameterRange(key);
    const bool kindOk = k != Kind::Integer || isIntegral(v);
    if (!kindOk || !range.contains(v.get<double>()))
        return invalid(QStringLiteral("Invalid value for '%1': %2 is out of range (%3).")
                           .arg(param, QString::fromStdString(v.dump()), range.describe()),
                       param);
    return std::nullopt;
}

std::optional<ErrorSpec> hyperparameters(const js::Json &object, const QString &param)
{
    if (object.is_null())
        return std::nullopt;
    if (!object.is_object())
        return wrongType(param, QStringLiteral("an object"), object);
    static const std::pair<const char *, Kind> known[] = {
        {"batch_size", Kind::Integer},    {"learning_rate_multiplier", Kind::Number},
        {"n_epochs", Kind::Integer},      {"beta", Kind::Number},
        {"l2_multiplier", Kind::Number},  {"compute_multiplier", Kind::Number},
        {"eval_interval", Kind::Integer}, {"eval_samples", Kind::Integer},
    };
    for (const auto &[key, kind] : known) {
        if (const js::Json *v = js::find(object, key)) {
            const QString name = QLatin1String(key);
            if (auto e = hyperparameter(*v, name, kind, param + u'.' + name))
                return e;
        }
    }
    return field(object, "reasoning_effort", param + QStringLiteral(".reasoning_effort"), Kind::String,
                 false);
}

std::optional<ErrorSpec> method(const js::Json &m)
{
    if (!m.is_object())
        return wrongType(QStringLiteral("method"), QStringLiteral("an object"), m);
    if (auto e = field(m, "type", QStringLiteral("method.type"), Kind::String, false))
        return e;
    for (const char *type : {"supervised", "dpo", "reinforcement"}) {
        const js::Json *block = js::find(m, type);
        if (!block)
            continue;
        const QString param = QStringLiteral("method.") + QLatin1String(type);
        if (!block->is_object())
            return wrongType(param, QStringLiteral("an object"), *block);
        if (const js::Json *h = js::find(*block, "hyperparameters"))
            if (auto e = hyperparameters(*h, param + QStringLiteral(".hyperparameters")))
                return e;
        if (auto e = field(*block, "grader", param + QStringLiteral(".grader"), Kind::Object, false))
            return e;
    }
    return std::nullopt;
}

std::optional<ErrorSpec> metadata(const js::Json &md)
{
    if (md.is_null())
        return std::nullopt;
    if (!md.is_object())
        return wrongType(QStringLiteral("metadata"), QStringLiteral("an object"), md);
    if (md.size() > 16)
        return invalid(QStringLiteral("'metadata' can hold at most 16 pairs."), QStringLiteral("metadata"));
    for (auto it = md.begin(); it != md.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const QString param = QStringLiteral("metadata.") + key;
        if (!it.value().is_string())
            return wrongType(param, QStringLiteral("a string"), it.value());
        if (key.size() > 64 || js::toQ(it.value()).size() > 512)
            return invalid(QStringLiteral("Metadata keys are limited to 64 characters and values to 512."),
                           QStringLiteral("metadata"));
    }
    return std::nullopt;
}

std::optional<ErrorSpec> integrations(const js::Json &list)
{
    if (list.is_null())
        return std::nullopt;
    if (!list.is_array())
        return wrongType(QStringLiteral("integrations"), QStringLiteral("an array"), list);
    for (size_t i = 0; i < list.size(); ++i) {
        const js::Json &item = list[i];
        const QString param = QStringLiteral("integrations[%1]").arg(i);
        if (!item.is_object())
            return wrongType(param, QStringLiteral("an object"), item);
        if (auto e = field(item, "type", param + QStringLiteral(".type"), Kind::String, false))
            return e;
        const js::Json *wandb = js::find(item, "wandb");
        if (!wandb)
            continue; // the service's own message about the missing project follows
        if (!wandb->is_object())
            return wrongType(param + QStringLiteral(".wandb"), QStringLiteral("an object"), *wandb);
        const QString w = param + QStringLiteral(".wandb.");
        for (const char *key : {"project", "name", "entity"}) {
            if (auto e = field(*wandb, key, w + QLatin1String(key), Kind::String,
                               std::string_view(key) != "project"))
                return e;
        }
        if (auto e = field(*wandb, "tags", w + QStringLiteral("tags"), Kind::Array, true))
            return e;
        if (const js::Json *tags = js::find(*wandb, "tags"); tags && tags->is_array()) {
            for (const js::Json &tag : *tags) {
                if (!tag.is_string())
                    return wrongType(w + QStringLiteral("tags"), QStringLiteral("an array of strings"), tag);
            }
        }
    }
    return std::nullopt;
}

// Control characters (C0, DEL, C1) and the bidirectional overrides that could disguise a model's name.
bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C)
            return true;
    }
    return false;
}
} // namespace

std::optional<ErrorSpec> checkCreateJobBody(const nlohmann::ordered_json &body)
{
    struct Top
    {
        const char *key;
        Kind kind;
        bool nullable;
    };
    static const Top tops[] = {
        {"model", Kind::String, false},          {"training_file", Kind::String, false},
        {"validation_file", Kind::String, true}, {"suffix", Kind::String, true},
        {"seed", Kind::Integer, true},           {"trainingType", Kind::String, true},
    };
    for (const Top &t : tops) {
        if (auto e = field(body, t.key, QLatin1String(t.key), t.kind, t.nullable))
            return e;
    }
    if (const js::Json *suffix = js::find(body, "suffix");
        suffix && suffix->is_string() && hasControl(js::toQ(*suffix)))
        return invalid(QStringLiteral("Invalid 'suffix': control and bidirectional formatting characters are "
                                      "not allowed."),
                       QStringLiteral("suffix"));
    if (const js::Json *h = js::find(body, "hyperparameters"))
        if (auto e = hyperparameters(*h, QStringLiteral("hyperparameters")))
            return e;
    if (const js::Json *m = js::find(body, "method"))
        if (auto e = method(*m))
            return e;
    if (const js::Json *md = js::find(body, "metadata"))
        if (auto e = metadata(*md))
            return e;
    if (const js::Json *list = js::find(body, "integrations"))
        if (auto e = integrations(*list))
            return e;
    return std::nullopt;
}

} // namespace ft::emu
