#include "specvalidator.h"

#include "specpaths.h"

#include "core/jsonutil.h"

#include <QFile>
#include <QRegularExpression>

namespace ft::test {

namespace {

using Json = SpecValidator::Json;

// The excerpt keeps common-types v3 under `x-common-types-v3`; its refs still use the original relative
// file name, so this prefix is what marks a ref as pointing there.
constexpr char kCommonPrefix[] =
    "../../../../../common-types/resource-management/v3/types.json#/definitions/";
constexpr char kLocalPrefix[] = "#/definitions/";
// Deep enough for the ARM shapes (about a dozen levels), shallow enough to stop a self-referencing schema.
constexpr int kMaxDepth = 64;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void report(QStringList *errors, const QString &path, const QString &message)
{
    errors->append((path.isEmpty() ? QStringLiteral("(root)") : path) + QStringLiteral(": ") + message);
}

bool flag(const Json &node, const char *key)
{
    const Json *v = node.is_object() ? ft::core::js::find(node, key) : nullptr;
    return v && v->is_boolean() && v->get<bool>();
}

QString text(const Json &node, const char *key)
{
    const Json *v = node.is_object() ? ft::core::js::find(node, key) : nullptr;
    return v && v->is_string() ? q(v->get<std::string>()) : QString();
}

QString shown(const Json &value)
{
    if (value.is_string())
        return QLatin1Char('\'') + q(value.get<std::string>()) + QLatin1Char('\'');
    QString dumped = q(value.dump());
    if (dumped.size() > 60)
        dumped = dumped.left(57) + QStringLiteral("...");
    return dumped;
}

QString typeOf(const Json &value)
{
    if (value.is_number_integer())
        return QStringLiteral("integer");
    if (value.is_number())
        return QStringLiteral("number");
    return QString::fromLatin1(value.type_name());
}

bool hasType(const Json &value, const QString &type)
{
    if (type == u"object")
        return value.is_object();
    if (type == u"array")
        return value.is_array();
    if (type == u"string")
        return value.is_string();
    if (type == u"boolean")
        return value.is_boolean();
    if (type == u"number")
        return value.is_number();
    if (type == u"integer")
        return value.is_number_integer()
            || (value.is_number_float() && value.get<double>() == qint64(value.get<double>()));
    return true; // "file" and anything newer: not checked
}

QStringList mutability(const Json &node)
{
    QStringList out;
    const Json *m = node.is_object() ? ft::core::js::find(node, "x-ms-mutability") : nullptr;
    if (m && m->is_array())
        for (const Json &v : *m)
            if (v.is_string())
                out << q(v.get<std::string>());
    return out;
}

// A field the client may not send: read-only, or only ever read.
bool isReadOnly(const Json &node)
{
    const QStringList m = mutability(node);
    return flag(node, "readOnly") || (!m.isEmpty() && !m.contains(u"create") && !m.contains(u"update"));
}

bool isStrictFalse(const Json *node)
{
    return node && node->is_boolean() && !node->get<bool>();
}

} // namespace

std::optional<SpecValidator> SpecValidator::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    Json spec;
    if (!ft::core::js::parse(file.readAll(), spec, error))
        return std::nullopt;
    if (!spec.is_object() || !spec.contains("definitions")) {
        if (error)
            *error = QStringLiteral("%1 has no definitions").arg(path);
        return std::nullopt;
    }
    return SpecValidator(std::move(spec));
}

SpecValidator::SpecValidator(Json spec)
    : m_spec(std::move(spec))
{ }

const SpecValidator::Json &SpecValidator::definitions(Doc doc) const
{
    static const Json empty = Json::object();
    const Json *root = &m_spec;
    if (doc == Doc::Common) {
        root = ft::core::js::find(m_spec, "x-common-types-v3");
        if (!root)
            return empty;
    }
    const Json *defs = ft::core::js::find(*root, "definitions");
    return defs && defs->is_object() ? *defs : empty;
}

std::optional<SpecValidator::Target> SpecValidator::resolve(const QString &ref, Doc from) const
{
    Target target;
    if (ref.startsWith(QLatin1String(kLocalPrefix))) {
        target.doc = from;
        target.name = ref.mid(int(sizeof(kLocalPrefix)) - 1);
    } else if (ref.startsWith(QLatin1String(kCommonPrefix))) {
        target.doc = Doc::Common;
        target.name = ref.mid(int(sizeof(kCommonPrefix)) - 1);
    }
    if (!target.name.isEmpty())
        target.node = ft::core::js::find(definitions(target.doc), target.name.toStdString());
    if (!target.node) {
        m_unresolved.insert(ref, ref);
        return std::nullopt;
    }
    return target;
}

bool SpecValidator::derivesFrom(Doc doc, const QString &name, const QString &base, int depth) const
{
    const Json *def = ft::core::js::find(definitions(doc), name.toStdString());
    const Json *allOf = def ? ft::core::js::find(*def, "allOf") : nullptr;
    if (!allOf || !allOf->is_array() || depth > kMaxDepth)
        return false;
    for (const Json &parent : *allOf) {
        const QString ref = text(parent, "$ref");
        if (ref.isEmpty())
            continue;
        const std::optional<Target> t = resolve(ref, doc);
        if (t && t->doc == doc && (t->name == base || derivesFrom(doc, t->name, base, depth + 1)))
            return true;
    }
    return false;
}

QString SpecValidator::discriminatorValue(const QString &name, const Json &node) const
{
    const QString explicitValue = text(node, "x-ms-discriminator-value");
    return explicitValue.isEmpty() ? name : explicitValue;
}

void SpecValidator::flatten(const Json &node, Doc doc, Flat &out, int depth) const
{
    if (!node.is_object() || depth > kMaxDepth)
        return;
    if (const Json *allOf = ft::core::js::find(node, "allOf"); allOf && allOf->is_array()) {
        for (const Json &parent : *allOf) {
            const QString ref = text(parent, "$ref");
            if (ref.isEmpty()) {
                flatten(parent, doc, out, depth + 1);
            } else if (const std::optional<Target> t = resolve(ref, doc)) {
                flatten(*t->node, t->doc, out, depth + 1);
            }
        }
    }
    if (const Json *props = ft::core::js::find(node, "properties"); props && props->is_object()) {
        for (auto it = props->begin(); it != props->end(); ++it) {
            const QString key = q(it.key());
            out.properties.insert(key, &it.value());
            out.propertyDocs.insert(key, doc);
        }
    }
    if (const Json *req = ft::core::js::find(node, "required"); req && req->is_array()) {
        for (const Json &r : *req)
            if (r.is_string() && !out.required.contains(q(r.get<std::string>())))
                out.required << q(r.get<std::string>());
    }
    if (out.discriminator.isEmpty())
        out.discriminator = text(node, "discriminator");
}

QStringList SpecValidator::validate(const Json &value, const QString &definition, Direction direction) const
{
    QStringList errors;
    Walk walk{direction, &errors};
    std::optional<Target> target = resolve(QLatin1String(kLocalPrefix) + definition, Doc::Main);
    if (!target)
        target = resolve(QLatin1String(kLocalPrefix) + definition, Doc::Common);
    if (!target) {
        report(&errors, {}, QStringLiteral("the spec has no definition %1").arg(definition));
        return errors;
    }
    m_unresolved.remove(QLatin1String(kLocalPrefix) + definition);
    checkDefinition(value, *target, {}, walk);
    return errors;
}

void SpecValidator::checkNode(const Json &value, const Json &node, Doc doc, const QString &path,
                              Walk &walk) const
{
    if (walk.depth > kMaxDepth) {
        report(walk.errors, path, QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth));
        return;
    }
    const QString ref = text(node, "$ref");
    std::optional<Target> target;
    if (!ref.isEmpty()) {
        target = resolve(ref, doc);
        if (!target)
            return; // not in the excerpt: anything goes (see unresolvedRefs())
    }
    if (value.is_null()) {
        if (!flag(node, "x-nullable") && !(target && flag(*target->node, "x-nullable")))
            report(walk.errors, path, QStringLiteral("null is not allowed (not x-nullable)"));
        return;
    }
    ++walk.depth;
    if (target)
        checkDefinition(value, *target, path, walk);
    else
        checkSchema(value, node, doc, {}, path, walk);
    --walk.depth;
}

void SpecValidator::checkDefinition(const Json &value, const Target &target, const QString &path,
                                    Walk &walk) const
{
    Flat flat;
    flatten(*target.node, target.doc, flat, 0);
    const std::string key = flat.discriminator.toStdString();
    const Json *chosen = value.is_object() && !key.empty() ? ft::core::js::find(value, key) : nullptr;
    if (!chosen || !chosen->is_string()) {
        checkSchema(value, *target.node, target.doc, target.name, path, walk);
        return;
    }
    // A polymorphic value: the discriminator picks the definition, the definition itself or one that
    // inherits from it. A base that only declares the discriminator is abstract and never picked.
    const QString wanted = q(chosen->get<std::string>());
    QStringList known;
    const bool abstractBase = !text(*target.node, "discriminator").isEmpty()
        && text(*target.node, "x-ms-discriminator-value").isEmpty();
    if (!abstractBase) {
        known << discriminatorValue(target.name, *target.node);
        if (known.constLast() == wanted) {
            checkSchema(value, *target.node, target.doc, target.name, path, walk);
            return;
        }
    }
    const Json &defs = definitions(target.doc);
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QString name = q(it.key());
        if (!derivesFrom(target.doc, name, target.name))
            continue;
        const QString v = discriminatorValue(name, it.value());
        if (v == wanted) {
            checkSchema(value, it.value(), target.doc, name, path, walk);
            return;
        }
        known << v;
    }
    report(walk.errors, join(path, flat.discriminator),
           QStringLiteral("'%1' selects no definition of %2 (known: %3)")
               .arg(wanted, target.name, known.join(QStringLiteral(", "))));
}

void SpecValidator::checkSchema(const Json &value, const Json &node, Doc doc, const QString &name,
                                const QString &path, Walk &walk) const
{
    const QString type = text(node, "type");
    if (!type.isEmpty() && !hasType(value, type)) {
        report(walk.errors, path, QStringLiteral("expected %1, got %2").arg(type, typeOf(value)));
        return;
    }
    if (value.is_array()) {
        const Json *items = ft::core::js::find(node, "items");
        for (size_t i = 0; items && i < value.size(); ++i)
            checkNode(value[i], *items, doc, QStringLiteral("%1[%2]").arg(path).arg(i), walk);
        return;
    }
    if (value.is_object()) {
        checkObject(value, node, doc, name, path, walk);
        return;
    }
    checkScalar(value, node, path, walk);
}

void SpecValidator::checkScalar(const Json &value, const Json &node, const QString &path, Walk &walk) const
{
    if (const Json *allowed = ft::core::js::find(node, "enum"); allowed && allowed->is_array()) {
        if (std::find(allowed->begin(), allowed->end(), value) == allowed->end()) {
            QStringList names;
            for (const Json &a : *allowed)
                names << (a.is_string() ? q(a.get<std::string>()) : q(a.dump()));
            report(walk.errors, path,
                   QStringLiteral("%1 not in enum [%2]").arg(shown(value), names.join(QStringLiteral(", "))));
        }
    }
    if (value.is_string()) {
        const QString s = q(value.get<std::string>());
        const QString format = text(node, "format");
        // Loose on purpose: any ISO 8601 date and time with an optional fraction and offset.
        static const QRegularExpression dateTime(QStringLiteral(
            R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$)"));
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (format == u"date-time" && !dateTime.match(s).hasMatch())
            report(walk.errors, path, QStringLiteral("%1 is not a date-time").arg(shown(value)));
        if (format == u"uuid" && !uuid.match(s).hasMatch())
            report(walk.errors, path, QStringLiteral("%1 is not a uuid").arg(shown(value)));
        const QString pattern = text(node, "pattern");
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(s).hasMatch())
            report(walk.errors, path, QStringLiteral("%1 does not match %2").arg(shown(value), pattern));
        const std::optional<qint64> minLength = ft::core::js::optInt(node, "minLength");
        if (minLength && s.size() < *minLength)
            report(walk.errors, path, QStringLiteral("shorter than %1 characters").arg(*minLength));
        const std::optional<qint64> maxLength = ft::core::js::optInt(node, "maxLength");
        if (maxLength && s.size() > *maxLength)
            report(walk.errors, path, QStringLiteral("longer than %1 characters").arg(*maxLength));
    }
    if (value.is_number()) {
        const double v = value.get<double>();
        const std::optional<double> min = ft::core::js::optNum(node, "minimum");
        const std::optional<double> max = ft::core::js::optNum(node, "maximum");
        if ((min && v < *min) || (max && v > *max))
            report(walk.errors, path, QStringLiteral("%1 out of range").arg(shown(value)));
    }
}

bool SpecValidator::mayBeAbsent(const Json &node, Doc doc, Direction direction) const
{
    const QString ref = text(node, "$ref");
    const std::optional<Target> target = ref.isEmpty() ? std::nullopt : resolve(ref, doc);
    if (direction == Direction::Request)
        return isReadOnly(node) || (target && isReadOnly(*target->node));
    // Secrets and write-only fields are required on the way in and never sent back.
    const QStringList m = mutability(node);
    return flag(node, "x-ms-secret") || (!m.isEmpty() && !m.contains(u"read"));
}

void SpecValidator::checkObject(const Json &value, const Json &node, Doc doc, const QString &name,
                                const QString &path, Walk &walk) const
{
    Flat flat;
    flatten(node, doc, flat, 0);
    for (const QString &r : std::as_const(flat.required)) {
        if (value.contains(r.toStdString()))
            continue;
        const Json *prop = flat.properties.value(r);
        if (!prop || !mayBeAbsent(*prop, flat.propertyDocs.value(r), walk.direction))
            report(walk.errors, join(path, r), QStringLiteral("required property missing"));
    }
    const Json *additional = ft::core::js::find(node, "additionalProperties");
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString key = q(it.key());
        const QString at = join(path, key);
        if (const Json *prop = flat.properties.value(key)) {
            if (walk.direction == Direction::Request && isReadOnly(*prop))
                report(walk.errors, at, QStringLiteral("read-only, must not be sent in a request"));
            else
                checkNode(it.value(), *prop, flat.propertyDocs.value(key), at, walk);
        } else if (isStrictFalse(additional)) {
            report(walk.errors, at,
                   QStringLiteral("unknown property (%1 allows no additional properties)")
                       .arg(name.isEmpty() ? QStringLiteral("the object") : name));
        } else if (additional && additional->is_object()) {
            checkNode(it.value(), *additional, doc, at, walk);
        }
    }
}

std::optional<QString> SpecValidator::matchPath(const QString &path) const
{
    const Json *paths = ft::core::js::find(m_spec, "paths");
    return paths ? SpecPaths::match(*paths, path) : std::nullopt;
}

const SpecValidator::Json *SpecValidator::operation(const QString &path, const QString &method,
                                                    QStringList &errors) const
{
    const std::optional<QString> tmpl = matchPath(path);
    if (!tmpl) {
        report(&errors, {}, QStringLiteral("the spec has no path matching %1").arg(path));
        return nullptr;
    }
    const Json *item = ft::core::js::find(*ft::core::js::find(m_spec, "paths"), tmpl->toStdString());
    const Json *op = item ? ft::core::js::find(*item, method.toLower().toStdString()) : nullptr;
    if (!op)
        report(&errors, {}, QStringLiteral("the spec has no %1 %2").arg(method.toUpper(), *tmpl));
    return op;
}

QStringList SpecValidator::validateRequest(const Json &body, const QString &path, const QString &method) const
{
    QStringList errors;
    const Json *op = operation(path, method, errors);
    if (!op)
        return errors;
    const Json *params = ft::core::js::find(*op, "parameters");
    const Json *bodyParam = nullptr;
    for (size_t i = 0; params && params->is_array() && i < params->size(); ++i)
        if (text((*params)[i], "in") == u"body")
            bodyParam = &(*params)[i];
    const bool absent = body.is_null() || body.is_discarded();
    if (!bodyParam) {
        if (!absent)
            report(&errors, {}, QStringLiteral("%1 %2 takes no body").arg(method.toUpper(), path));
        return errors;
    }
    if (absent) {
        if (flag(*bodyParam, "required"))
            report(&errors, {}, QStringLiteral("%1 %2 requires a body").arg(method.toUpper(), path));
        return errors;
    }
    Walk walk{Direction::Request, &errors};
    if (const Json *schema = ft::core::js::find(*bodyParam, "schema"))
        checkNode(body, *schema, Doc::Main, {}, walk);
    return errors;
}

QStringList SpecValidator::validateResponse(const Json &body, const QString &path, const QString &method,
                                            int status) const
{
    QStringList errors;
    const Json *op = operation(path, method, errors);
    const Json *responses = op ? ft::core::js::find(*op, "responses") : nullptr;
    if (!responses)
        return errors;
    const Json *answer = ft::core::js::find(*responses, std::to_string(status));
    if (!answer)
        answer = ft::core::js::find(*responses, "default");
    if (!answer) {
        report(&errors, {},
               QStringLiteral("status %1 is not declared for %2").arg(status).arg(method.toUpper()));
        return errors;
    }
    const Json *schema = ft::core::js::find(*answer, "schema");
    const bool absent = body.is_null() || body.is_discarded();
    if (!schema) {
        if (!absent)
            report(&errors, {},
                   QStringLiteral("status %1 of %2 declares no body").arg(status).arg(method.toUpper()));
        return errors;
    }
    if (absent) {
        report(&errors, {}, QStringLiteral("status %1 of %2 needs a body").arg(status).arg(method.toUpper()));
        return errors;
    }
    Walk walk{Direction::Response, &errors};
    checkNode(body, *schema, Doc::Main, {}, walk);
    return errors;
}

} // namespace ft::test
