#include "commandregistry.h"

namespace ft::cli {

void CommandRegistry::addGroup(const QString &group, const QString &help)
{
    m_groups.append({group, help});
}

void CommandRegistry::add(Verb verb)
{
    m_verbs.append(std::move(verb));
}

const CommandRegistry::Verb *CommandRegistry::find(const QStringList &words, QStringList *arguments) const
{
    const QString group = words.value(0);
    for (const Verb &v : m_verbs) {
        if (v.group == group && v.name.isEmpty()) {
            *arguments = words.mid(1);
            return &v;
        }
    }
    const QString name = words.value(1);
    for (const Verb &v : m_verbs) {
        if (v.group == group && !name.isEmpty() && v.name == name) {
            *arguments = words.mid(2);
            return &v;
        }
    }
    return nullptr;
}

QStringList CommandRegistry::groups() const
{
    QStringList names;
    for (const Group &g : m_groups)
        names << g.name;
    return names;
}

QString CommandRegistry::help(const QString &group) const
{
    for (const Group &g : m_groups) {
        if (g.name == group)
            return g.help;
    }
    return {};
}

QString CommandRegistry::argumentProblem(const Verb &verb, const QStringList &arguments)
{
    if (verb.id && !arguments.isEmpty()) {
        if (const auto problem = core::PathSegment::validate(*verb.id, arguments[0]);
            problem != core::PathSegment::Problem::None)
            return core::PathSegment::describe(*verb.id, arguments[0], problem);
    }
    if (verb.arguments >= 0 && arguments.size() != verb.arguments) {
        const QString command = verb.name.isEmpty() ? verb.group : verb.group + u' ' + verb.name;
        return QStringLiteral("%1 takes %2").arg(command, verb.takes);
    }
    return {};
}

} // namespace ft::cli
