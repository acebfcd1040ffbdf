// ftctl deploy create | update | list | show | delete, through Azure Resource Manager.

#include "clientgroups.h"

#include "optionvalues.h"
#include "table.h"

#include "api/client.h"

#include "core/jsonutil.h"

#include <QCommandLineParser>

namespace ft::cli {

namespace js = core::js;

namespace {
QString deploymentRow(const core::Deployment &d)
{
    return QStringLiteral("%1  %2  %3  capacity %4  %5")
        .arg(d.name, d.modelName, d.skuName, QString::number(d.skuCapacity.value_or(0)), d.provisioningState);
}

// What deploy update changes (--sku, --capacity, --tag); the usage error, or empty.
QString readPatch(const QCommandLineParser &options, core::DeploymentPatch &patch)
{
    if (options.isSet(QStringLiteral("tag"))) {
        QMap<QString, QString> tags;
        if (QString problem = readPairs(options, QStringLiteral("tag"), tags); !problem.isEmpty())
            return problem;
        patch.tags = tags;
    }
    if (options.isSet(QStringLiteral("sku")))
        patch.skuName = options.value(QStringLiteral("sku"));
    if (options.isSet(QStringLiteral("capacity"))) {
        bool ok = false;
        patch.skuCapacity = options.value(QStringLiteral("capacity")).toLongLong(&ok);
        if (!ok || *patch.skuCapacity < 1)
            return QStringLiteral("--capacity must be a positive integer");
    }
    if (patch.isEmpty())
        return QStringLiteral("deploy update needs --sku, --capacity or --tag");
    return {};
}

class DeployCommands final : public ClientCommand
{
public:
    using ClientCommand::ClientCommand;

    void create(const QStringList &args)
    {
        core::Deployment d;
        d.name = args[0];
        d.modelName = m_parser.value(QStringLiteral("model"));
        if (d.modelName.isEmpty())
            return usage(QStringLiteral("deploy create needs --model"));
        d.skuName = m_parser.value(QStringLiteral("sku"));
        bool ok = false;
        d.skuCapacity = m_parser.value(QStringLiteral("capacity")).toLongLong(&ok);
        if (!ok || *d.skuCapacity < 1)
            return usage(QStringLiteral("--capacity must be a positive integer"));
        if (m_parser.isSet(QStringLiteral("no-wait"))) {
            m_client->deployments().put(d, this, [this](const core::Result<core::Deployment> &r) {
                if (!r)
                    return fail(r.error());
                m_out.print(r.value().toJson(), deploymentRow(r.value()));
                finish(r.value().provisioningState == u"Failed" ? 1 : 0);
            });
            return;
        }
        m_client->deployments().createOrUpdate(
            d, this,
            [this, name = d.name](const core::Result<core::Deployment> &r) { deploymentSettled(name, r); },
            armPolling());
    }

    void update(const QStringList &args)
    {
        core::DeploymentPatch patch;
        if (QString problem = readPatch(m_parser, patch); !problem.isEmpty())
            return usage(problem);
        const QString &name = args[0];
        if (m_parser.isSet(QStringLiteral("sku")) == m_parser.isSet(QStringLiteral("capacity")))
            return sendUpdate(name, patch);
        // A sku goes whole (name and capacity): the part not given stays as it is.
        m_client->deployments().get(name, this,
                                    [this, name, patch](core::Result<core::Deployment> now) mutable {
                                        if (!now)
                                            return fail(now.error());
                                        if (patch.skuName.isEmpty())
                                            patch.skuName = now.value().skuName;
                                        if (!patch.skuCapacity)
                                            patch.skuCapacity = now.value().skuCapacity;
                                        sendUpdate(name, patch);
                                    });
    }

    void list(const QStringList &)
    {
        m_client->deployments().list(this, [this](core::Result<core::Page<core::Deployment>> page) {
            if (!page)
                return fail(page.error());
            js::Json value = js::Json::array();
            Table t({QStringLiteral("NAME"), QStringLiteral("MODEL"), QStringLiteral("SKU"),
                     QStringLiteral("CAPACITY"), QStringLiteral("STATE")});
            for (const auto &d : page.value().data) {
                value.push_back(d.toJson());
                t.add({d.name, d.modelName, d.skuName, QString::number(d.skuCapacity.value_or(0)),
                       d.provisioningState});
            }
            done(js::Json{{"value", value}}, t); // ARM's list shape
        });
    }

    void show(const QStringList &args)
    {
        m_client->deployments().get(args[0], this, shown<core::Deployment>(deploymentRow));
    }

    void remove(const QStringList &args)
    {
        const QString &name = args[0];
        api::ArmPolling polling = armPolling();
        const bool wait = !m_parser.isSet(QStringLiteral("no-wait"));
        polling.wait = wait;
        m_client->deployments().remove(
            name, this,
            [this, name, wait](const core::Result<core::Nothing> &r) {
                if (!r && r.error().kind == core::ApiError::Kind::Timeout) {
                    note(QStringLiteral("ftctl: timed out waiting for the deletion of %1").arg(name));
                    return finish(1);
                }
                if (!r)
                    return fail(r.error());
                done(js::Json{{"name", js::s(name)}, {"deleted", wait}},
                     (wait ? QStringLiteral("deleted deployment %1")
                           : QStringLiteral("deleting deployment %1"))
                         .arg(name));
            },
            polling);
    }

private:
    // How long and how often to follow an operation ARM started (--timeout, --interval), with the states
    // on standard error unless --json.
    api::ArmPolling armPolling()
    {
        api::ArmPolling polling;
        polling.intervalMs = pollIntervalMs();
        polling.timeoutMs = timeoutMs(3600);
        polling.progress = [this](const QString &state) { noteProgress(state); };
        return polling;
    }

    void deploymentSettled(const QString &name, const core::Result<core::Deployment> &r)
    {
        if (r)
            return done(r.value().toJson(), deploymentRow(r.value()));
        const core::ApiError &e = r.error();
        if (e.kind == core::ApiError::Kind::Timeout) {
            note(QStringLiteral("ftctl: timed out waiting for deployment %1: %2").arg(name, e.message));
            return finish(1);
        }
        if (e.kind != core::ApiError::Kind::Operation)
            return fail(e);
        // The operation failed: show the deployment as it is now, then why.
        m_client->deployments().get(name, this, [this, name, e](core::Result<core::Deployment> now) {
            if (now)
                m_out.print(now.value().toJson(), deploymentRow(now.value()));
            note(QStringLiteral("ftctl: deployment %1 ended %2: %3")
                     .arg(name, e.operationStatus, e.toString()));
            finish(1);
        });
    }

    void sendUpdate(const QString &name, const core::DeploymentPatch &patch)
    {
        m_client->deployments().update(
            name, patch, this,
            [this, name](const core::Result<core::Deployment> &r) { deploymentSettled(name, r); },
            armPolling());
    }
};
} // namespace

void addDeployCommands(CommandRegistry &registry, const ClientSource &client)
{
    using Kind = core::PathSegment::Kind;
    addClientGroup<DeployCommands>(
        registry, QStringLiteral("deploy"),
        QStringLiteral(
            "  deploy create NAME --model M | deploy list | deploy show NAME | deploy delete NAME\n"
            "  deploy update NAME [--sku S] [--capacity N] [--tag k=v]...\n"),
        client,
        {{"create", 1, "NAME", Kind::DeploymentName, &DeployCommands::create},
         {"list", 0, "no argument", {}, &DeployCommands::list},
         {"show", 1, "NAME", Kind::DeploymentName, &DeployCommands::show},
         {"delete", 1, "NAME", Kind::DeploymentName, &DeployCommands::remove},
         {"update", 1, "NAME", {}, &DeployCommands::update}});
}

} // namespace ft::cli
