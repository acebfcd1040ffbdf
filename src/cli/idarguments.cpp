#include "idarguments.h"

#include <QCommandLineParser>

namespace ft::cli {

using Kind = core::PathSegment::Kind;

std::optional<Kind> idArgumentKind(const QString &group, const QString &verb)
{
    struct Entry
    {
        const char *group;
        QStringList verbs;
        Kind kind;
    };
    static const Entry entries[] = {
        {"files",
         {QStringLiteral("show"), QStringLiteral("download"), QStringLiteral("delete")},
         Kind::FileId},
        {"jobs",
         {QStringLiteral("show"), QStringLiteral("events"), QStringLiteral("checkpoints"),
          QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("cancel"),
          QStringLiteral("wait")},
         Kind::JobId},
        {"models", {QStringLiteral("show"), QStringLiteral("delete")}, Kind::ModelId},
        {"deploy",
         {QStringLiteral("create"), QStringLiteral("show"), QStringLiteral("delete")},
         Kind::DeploymentName},
        {"uploads", {QStringLiteral("cancel")}, Kind::UploadId},
    };
    for (const Entry &e : entries) {
        if (group == QLatin1String(e.group) && e.verbs.contains(verb))
            return e.kind;
    }
    return std::nullopt;
}

QString armOptionsProblem(const QCommandLineParser &parser)
{
    const struct
    {
        const char *option;
        Kind kind;
    } options[] = {{"arm-subscription", Kind::Subscription},
                   {"arm-resource-group", Kind::ResourceGroup},
                   {"arm-account", Kind::Account}};
    for (const auto &o : options) {
        const QString name = QLatin1String(o.option);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name);
        if (const auto problem = core::PathSegment::validate(o.kind, value);
            problem != core::PathSegment::Problem::None)
            return QStringLiteral("--%1: %2").arg(name, core::PathSegment::describe(o.kind, value, problem));
    }
    return {};
}

} // namespace ft::cli
