// ftctl models list | show | delete

#include "clientgroups.h"
#include "table.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

namespace ft::cli {

namespace {
class ModelsCommands final : public ClientCommand
{
public:
    using ClientCommand::ClientCommand;

    void list(const QStringList &)
    {
        m_client->models().list(this, [this](core::Result<core::Page<core::Model>> page) {
            if (!page)
                return fail(page.error());
            core::js::Json o = core::pageToJson(page.value());
            o.erase("has_more"); // the service's models list is not paged
            o.erase("first_id");
            o.erase("last_id");
            Table t({QStringLiteral("ID"), QStringLiteral("OWNED BY"), QStringLiteral("CREATED")});
            for (const auto &m : page.value().data)
                t.add({m.id, m.ownedBy, Table::time(m.created)});
            done(o, t);
        });
    }

    void show(const QStringList &args)
    {
        m_client->models().get(args[0], this, shown<core::Model>([](const core::Model &m) {
                                   return QStringLiteral("%1  owned by %2, created %3")
                                       .arg(m.id, m.ownedBy, Table::time(m.created));
                               }));
    }

    void remove(const QStringList &args)
    {
        m_client->models().remove(args[0], this, shown<core::Deleted>(&ClientCommand::deletedLine));
    }
};
} // namespace

void addModelsCommands(CommandRegistry &registry, const ClientSource &client)
{
    using Kind = core::PathSegment::Kind;
    addClientGroup<ModelsCommands>(registry, QStringLiteral("models"),
                                   QStringLiteral("  models list | models show ID | models delete ID\n"),
                                   client,
                                   {{"list", 0, "no argument", {}, &ModelsCommands::list},
                                    {"show", 1, "ID", Kind::ModelId, &ModelsCommands::show},
                                    {"delete", 1, "ID", Kind::ModelId, &ModelsCommands::remove}});
}

} // namespace ft::cli
