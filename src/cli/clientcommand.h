#pragma once

#include "command.h"
#include "commandregistry.h"

#include "api/client.h"
#include "api/pager.h"

#include <functional>
#include <initializer_list>

namespace ft::cli {

// The client of the connection, once the options made one.
using ClientSource = std::function<api::Client &()>;

// A group of commands of the Azure OpenAI / OpenAI family: a Command with the client of the connection.
class ClientCommand : public Command
{
public:
    ClientCommand(CommandContext &context, api::Client &client);
    ~ClientCommand() override;

protected:
    // What ends a command that shows the one object the service answered: its error, or the object
    // (with --json) or `describe(object)`.
    template<typename T, typename Describe>
    api::Callback<T> shown(Describe describe)
    {
        return [this, describe](core::Result<T> r) {
            if (!r)
                return fail(r.error());
            done(r.value().toJson(), describe(r.value()));
        };
    }

    // Every page of a list (`fetch` asks for one), then `show` with all of them; an error ends the command.
    template<typename T, typename Show>
    void fetchAllThen(api::PageFetch<T> fetch, Show show)
    {
        api::fetchAll<T>(std::move(fetch), [this, show](core::Result<core::Page<T>> page) {
            if (!page)
                return fail(page.error());
            show(page.value());
        });
    }

    // The line a deletion prints.
    static QString deletedLine(const core::Deleted &deleted);

    api::Client *const m_client;
};

// Registers a group whose object is a ClientCommand made with the client of the connection.
template<typename Group>
void addClientGroup(CommandRegistry &registry, const QString &group, const QString &help,
                    const ClientSource &client, std::initializer_list<CommandRegistry::VerbOf<Group>> verbs)
{
    registry.addGroup<Group>(
        group, help, [client](CommandContext &c) { return new Group(c, client()); }, verbs);
}

} // namespace ft::cli
