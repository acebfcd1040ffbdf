#pragma once

#include <QStringList>

class QCommandLineParser;

namespace ft::cli {

class CommandRegistry;

// A family of services ftctl speaks to: the --kind names it answers to, the connection it makes from the
// options, and its commands. Another family (same verbs, another service) is another implementation,
// added to Ctl's list; the commands of each family are registered apart.
class ServiceFamily
{
public:
    virtual ~ServiceFamily() = default;

    virtual QStringList kinds() const = 0;
    // Makes the connection the options describe; false, with why, when they cannot (a usage error).
    virtual bool connect(const QCommandLineParser &options, QString *error) = 0;
    virtual void addCommands(CommandRegistry &registry) = 0;
};

} // namespace ft::cli
