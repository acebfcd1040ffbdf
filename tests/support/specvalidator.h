#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

namespace ft::test {

// Validates JSON values against the definitions of an Azure REST (Swagger 2.0) spec the way AutoRest and
// ARM read it, which differs from plain JSON Schema in ways that matter here:
// - `allOf` is inheritance: a definition's properties are its own plus every ancestor's, and its
//   `additionalProperties: false` applies to that union (plain JSON Schema would reject every inherited
//   field);
// - `discriminator` makes a base polymorphic: the value of the discriminator field picks the descendant
//   whose `x-ms-discriminator-value` (or whose name) matches, and the value is checked against it;
// - `readOnly` fields belong in responses only, `x-ms-secret` / create-only fields never come back, so a
//   required one may be missing from a response;
// - `x-nullable` is the only way a field may be null.
// Enums are checked strictly, also where `x-ms-enum.modelAsString` makes them open for clients: what the
// emulator answers and the client sends must be a listed value, while a client still reads unknown ones.
// `$ref`s into common-types v3 resolve to the spec's `x-common-types-v3`; references the excerpt does not
// carry (managed identity, webhooks) accept any value and are listed by unresolvedRefs().
// Every error names the JSON path of the offending value, e.g.
// "properties.jobType: 'Foo' not in enum [AutoML, Command, ...]".
class SpecValidator final
{
public:
    using Json = nlohmann::ordered_json;
    enum class Direction { Request, Response };

    static std::optional<SpecValidator> load(const QString &path, QString *error);
    explicit SpecValidator(Json spec);

    // Checks `value` against `#/definitions/<definition>` (or a common-types definition by its name).
    QStringList validate(const Json &value, const QString &definition, Direction direction) const;

    // The body parameter of an operation. `path` is a spec path template or a concrete path or URL
    // (query and host are ignored; `{x}` matches any one segment).
    QStringList validateRequest(const Json &body, const QString &path, const QString &method) const;
    // The response schema of an operation for a status code (or its `default` answer).
    QStringList validateResponse(const Json &body, const QString &path, const QString &method,
                                 int status) const;

    // The spec path template a concrete path matches, or nothing.
    std::optional<QString> matchPath(const QString &path) const;
    QStringList unresolvedRefs() const { return m_unresolved.values(); }

private:
    enum class Doc { Main, Common };
    struct Target
    {
        Doc doc = Doc::Main;
        QString name; // empty for an inline schema
        const Json *node = nullptr;
    };
    struct Flat
    {
        QHash<QString, const Json *> properties;
        QHash<QString, Doc> propertyDocs;
        QStringList required;
        QString discriminator;
    };
    struct Walk
    {
        Direction direction;
        QStringList *errors;
        int depth = 0;
    };

    const Json &definitions(Doc doc) const;
    std::optional<Target> resolve(const QString &ref, Doc from) const;
    const Json *operation(const QString &path, const QString &method, QStringList &errors) const;
    bool derivesFrom(Doc doc, const QString &name, const QString &base, int depth = 0) const;
    QString discriminatorValue(const QString &name, const Json &node) const;
    void flatten(const Json &node, Doc doc, Flat &out, int depth) const;

    void checkNode(const Json &value, const Json &node, Doc doc, const QString &path, Walk &walk) const;
    void checkDefinition(const Json &value, const Target &target, const QString &path, Walk &walk) const;
    void checkSchema(const Json &value, const Json &node, Doc doc, const QString &name, const QString &path,
                     Walk &walk) const;
    void checkScalar(const Json &value, const Json &node, const QString &path, Walk &walk) const;
    void checkObject(const Json &value, const Json &node, Doc doc, const QString &name, const QString &path,
                     Walk &walk) const;
    bool mayBeAbsent(const Json &node, Doc doc, Direction direction) const;

    Json m_spec;
    mutable QHash<QString, QString> m_unresolved;
};

} // namespace ft::test
