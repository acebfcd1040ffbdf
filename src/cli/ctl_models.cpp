// ftctl models ...

#include "ctl_models.h"

#include "commandregistry.h"
#include "table.h"

#include "api/client.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

namespace ft::cli {

namespace js = core::js;

ModelsCommands::ModelsCommands(CommandContext &context, api::Client &client)
    : ClientCommand(context, client)
{ }

void ModelsCommands::addTo(CommandRegistry &registry, const ClientSource &client)
{
    using Kind = core::PathSegment::Kind;
    registry.addGroup<ModelsCommands>(QStringLiteral("models"),
                                      QStringLiteral("  models list | models show ID | models delete ID\n"),
                                      [client](CommandContext &c) { return new ModelsCommands(c, client()); },
                                      {{"list", 0, "no argument", {}, &ModelsCommands::list},
                                       {"show", 1, "ID", Kind::ModelId, &ModelsCommands::show},
                                       {"delete", 1, "ID", Kind::ModelId, &ModelsCommands::remove}});
}

void ModelsCommands::list(const QStringList &)
{
    m_client->models().list(this, [this](core::Result<core::Page<core::Model>> page) {
        if (!page)
            return fail(page.error());
        js::Json o = core::pageToJson(page.value());
        o.erase("has_more"); // the service's models list is not paged
        o.erase("first_id");
        o.erase("last_id");
        Table t({QStringLiteral("ID"), QStringLiteral("OWNED BY"), QStringLiteral("CREATED")});
        for (const auto &m : page.value().data)
            t.add({m.id, m.ownedBy, Table::time(m.created)});
        done(o, t);
    });
}

void ModelsCommands::show(const QStringList &args)
{
    m_client->models().get(args[0], this, [this](core::Result<core::Model> m) {
        if (!m)
            return fail(m.error());
        done(m.value().toJson(),
             QStringLiteral("%1  owned by %2, created %3")
                 .arg(m.value().id, m.value().ownedBy, Table::time(m.value().created)));
    });
}

void ModelsCommands::remove(const QStringList &args)
{
    m_client->models().remove(args[0], this, [this](core::Result<core::Deleted> d) {
        if (!d)
            return fail(d.error());
        done(d.value().toJson(), QStringLiteral("deleted %1").arg(d.value().id));
    });
}

} // namespace ft::cli
