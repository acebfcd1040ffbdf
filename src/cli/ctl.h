#pragma once

#include "commandregistry.h"
#include "printer.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <vector>

namespace ft::cli {

class CommandContext;
class ServiceFamily;

// ftctl: the GUI-less front end. Parses the command line, finds the command its words name (local ones
// such as check first, then those of the service family --kind names), runs it asynchronously against the
// client library and ends with 0 (success), 1 (service or job failure) or 2 (usage error).
class Ctl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ctl)

public:
    explicit Ctl(std::FILE *out = stdout, std::FILE *err = stderr, QObject *parent = nullptr);
    ~Ctl() override;

    // Returns the exit code when the command is finished before the event loop (usage errors, help);
    // otherwise -1, and finished() says the command's code later.
    int start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    QString commandsHelp() const;
    // The index of the family that serves --kind in m_families; -1 when none does.
    int familyOf(const QString &kind) const;
    QString kindNames() const; // "azure, azure-classic or openai"
    int run(const CommandRegistry::Verb &verb, const QStringList &arguments);
    int usage(const QString &message);

    QCommandLineParser m_parser;
    Printer m_printer;
    CommandRegistry m_local; // commands without a service
    std::vector<std::unique_ptr<ServiceFamily>> m_families;
    std::vector<CommandRegistry> m_familyCommands; // the commands of each family, in the same order
    // Destroyed first: the commands (its children) go before the clients they use.
    std::unique_ptr<CommandContext> m_context;
};

} // namespace ft::cli
