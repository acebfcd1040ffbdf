#pragma once

#include "core/pathsegment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace ft::cli {

class CommandContext;

// Where ftctl's commands are registered: GROUP VERB (or a GROUP without verbs, as chat and check) mapped to
// what runs it, how many arguments it takes, and whether its first argument is an id that goes into a URL
// path. Each group registers itself with its verbs; the help lists the groups in that order.
class CommandRegistry final
{
public:
    using Run = std::function<void(CommandContext &context, const QStringList &arguments)>;

    struct Verb
    {
        QString group;
        QString name; // empty: the group takes its arguments without a verb
        int arguments = 0; // how many; -1: any number, the command checks them itself
        QString takes; // for the usage error: "ID", "PATH", "no argument"...
        std::optional<core::PathSegment::Kind> id; // the kind of id the first argument is, if it is one
        Run run;
    };

    // A verb of a group whose commands are the methods of one class.
    template<typename Group>
    struct VerbOf
    {
        const char *name; // "": the group takes its arguments without a verb
        int arguments;
        const char *takes;
        std::optional<core::PathSegment::Kind> id;
        void (Group::*method)(const QStringList &);
    };

    // A group, its lines in ftctl --help and its verbs; `make` creates the group's object for the context
    // of the run (see bind).
    template<typename Group, typename Make>
    void addGroup(const QString &group, const QString &help, Make make,
                  std::initializer_list<VerbOf<Group>> verbs)
    {
        addGroup(group, help);
        for (const VerbOf<Group> &v : verbs)
            add({group, QLatin1String(v.name), v.arguments, QLatin1String(v.takes), v.id,
                 bind(make, v.method)});
    }
    void addGroup(const QString &group, const QString &help);
    void add(Verb verb);

    // The verb the positional arguments name ("files show ID"), with the arguments after it; nullptr when
    // they name none.
    const Verb *find(const QStringList &words, QStringList *arguments) const;
    QStringList groups() const;
    QString help(const QString &group) const;

    // Why `arguments` cannot be given to `verb`: an id that cannot be one URL path segment (checked first:
    // nothing of it is ever sent), or the wrong number of arguments. Empty when they fit.
    static QString argumentProblem(const Verb &verb, const QStringList &arguments);

    // What runs a verb: `make` creates the group's object for the context, then `method` gets the arguments.
    template<typename Group, typename Make>
    static Run bind(Make make, void (Group::*method)(const QStringList &))
    {
        return [make, method](CommandContext &context, const QStringList &arguments) {
            Group *group = make(context);
            (group->*method)(arguments);
        };
    }

private:
    struct Group
    {
        QString name;
        QString help;
    };
    QList<Group> m_groups;
    QList<Verb> m_verbs;
};

} // namespace ft::cli
