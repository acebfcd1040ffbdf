#include "ctl.h"

#include "commandcontext.h"
#include "ctl_check.h"
#include "openaifamily.h"
#include "optiontable.h"

namespace ft::cli {

Ctl::Ctl(std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_printer(out, err)
    , m_context(std::make_unique<CommandContext>(m_parser, m_printer))
{
    connect(m_context.get(), &CommandContext::finished, this, &Ctl::finished);
    m_families.push_back(std::make_unique<OpenAiFamily>());
    for (const auto &family : m_families)
        family->addCommands(m_familyCommands.emplace_back());
    CheckCommand::addTo(m_local);
    addOptions(m_parser, commandsHelp());
}

Ctl::~Ctl() = default;

int Ctl::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_printer.printPlain(m_parser.helpText());
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_printer.printPlain(QStringLiteral("ftctl %1\n").arg(QLatin1String(FT_VERSION)));
        return 0;
    }
    m_printer.setJson(m_parser.isSet(QStringLiteral("json")));
    const QStringList words = m_parser.positionalArguments();
    if (words.isEmpty())
        return usage(QStringLiteral("a command is required (files, jobs, models, deploy or chat)"));
    QStringList rest;
    if (const CommandRegistry::Verb *local = m_local.find(words, &rest))
        return run(*local, rest); // no service, no key
    const QString kind = m_parser.value(QStringLiteral("kind"));
    const int family = familyOf(kind);
    if (family < 0)
        return usage(QStringLiteral("--kind must be %1, not \"%2\"").arg(kindNames(), kind));
    QString error;
    if (!m_families[family]->connect(m_parser, &error))
        return usage(error);
    const CommandRegistry::Verb *verb = m_familyCommands[family].find(words, &rest);
    if (!verb)
        return usage(QStringLiteral("unknown command \"%1 %2\"").arg(words[0], words.value(1)).trimmed());
    return run(*verb, rest);
}

int Ctl::run(const CommandRegistry::Verb &verb, const QStringList &arguments)
{
    if (const QString problem = CommandRegistry::argumentProblem(verb, arguments); !problem.isEmpty())
        return usage(problem);
    verb.run(*m_context, arguments);
    return m_context->isFinished() ? m_context->exitCode() : -1;
}

int Ctl::usage(const QString &message)
{
    m_context->usage(message);
    return 2;
}

QString Ctl::commandsHelp() const
{
    // Each group once, in the order the families and then the local commands registered them.
    QStringList seen;
    QString help;
    std::vector<const CommandRegistry *> registries;
    for (const CommandRegistry &r : m_familyCommands)
        registries.push_back(&r);
    registries.push_back(&m_local);
    for (const CommandRegistry *r : registries) {
        for (const QString &group : r->groups()) {
            if (!seen.contains(group))
                help += r->help(group);
            seen << group;
        }
    }
    return help;
}

int Ctl::familyOf(const QString &kind) const
{
    for (std::size_t i = 0; i < m_families.size(); ++i) {
        if (m_families[i]->kinds().contains(kind))
            return int(i);
    }
    return -1;
}

QString Ctl::kindNames() const
{
    QStringList kinds;
    for (const auto &family : m_families)
        kinds << family->kinds();
    const QString last = kinds.takeLast();
    return kinds.isEmpty() ? last : kinds.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

} // namespace ft::cli
