// ftctl models ..., deploy ..., chat

#include "ctl.h"
#include "table.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QDateTime>

namespace ft::cli {

namespace js = core::js;

namespace {
QString deploymentRow(const core::Deployment &d)
{
    return QStringLiteral("%1  %2  %3  capacity %4  %5")
        .arg(d.name, d.modelName, d.skuName, QString::number(d.skuCapacity.value_or(0)), d.provisioningState);
}
} // namespace

void Ctl::modelsList()
{
    m_client->models().list(this, [this](core::Result<core::Page<core::Model>> page) {
        if (!page)
            return fail(page.error());
        if (m_json) {
            js::Json o = core::pageToJson(page.value());
            o.erase("has_more");
            o.erase("first_id");
            o.erase("last_id");
            printJson(o);
        } else {
            Table t({QStringLiteral("ID"), QStringLiteral("OWNED BY"), QStringLiteral("CREATED")});
            for (const auto &m : page.value().data)
                t.add({m.id, m.ownedBy, Table::time(m.created)});
            printLine(t.render());
        }
        finish(0);
    });
}

void Ctl::modelsShow(const QString &id)
{
    m_client->models().get(id, this, [this](core::Result<core::Model> m) {
        if (!m)
            return fail(m.error());
        if (m_json)
            printJson(m.value().toJson());
        else
            printLine(QStringLiteral("%1  owned by %2, created %3")
                          .arg(m.value().id, m.value().ownedBy, Table::time(m.value().created)));
        finish(0);
    });
}

void Ctl::modelsDelete(const QString &id)
{
    m_client->models().remove(id, this, [this](core::Result<core::Deleted> d) {
        if (!d)
            return fail(d.error());
        if (m_json)
            printJson(d.value().toJson());
        else
            printLine(QStringLiteral("deleted %1").arg(d.value().id));
        finish(0);
    });
}

api::ArmPolling Ctl::armPolling()
{
    api::ArmPolling polling;
    polling.intervalMs = pollIntervalMs();
    polling.timeoutMs = timeoutMs(3600);
    if (!m_json)
        polling.progress = [this](const QString &state) {
            note(QStringLiteral("%1  %2").arg(
                QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), state));
        };
    return polling;
}

void Ctl::deployCreate(const QString &name)
{
    core::Deployment d;
    d.name = name;
    d.modelName = m_parser.value(QStringLiteral("model"));
    if (d.modelName.isEmpty())
        return usage(QStringLiteral("deploy create needs --model"));
    d.skuName = m_parser.value(QStringLiteral("sku"));
    bool ok = false;
    d.skuCapacity = m_parser.value(QStringLiteral("capacity")).toLongLong(&ok);
    if (!ok || *d.skuCapacity < 1)
        return usage(QStringLiteral("--capacity must be a positive integer"));
    if (m_parser.isSet(QStringLiteral("no-wait"))) {
        m_client->deployments().put(d, this, [this](core::Result<core::Deployment> r) {
            if (!r)
                return fail(r.error());
            printDeployment(r.value());
            finish(r.value().provisioningState == u"Failed" ? 1 : 0);
        });
        return;
    }
    m_client->deployments().createOrUpdate(
        d, this, [this, name](core::Result<core::Deployment> r) { deploymentSettled(name, r); },
        armPolling());
}

void Ctl::deploymentSettled(const QString &name, const core::Result<core::Deployment> &r)
{
    if (r) {
        printDeployment(r.value());
        finish(0);
        return;
    }
    const core::ApiError &e = r.error();
    if (e.kind == core::ApiError::Kind::Timeout) {
        note(QStringLiteral("ftctl: timed out waiting for deployment %1: %2").arg(name, e.message));
        finish(1);
        return;
    }
    if (e.kind != core::ApiError::Kind::Operation)
        return fail(e);
    // The operation failed: show the deployment as it is now, then why.
    m_client->deployments().get(name, this, [this, name, e](core::Result<core::Deployment> now) {
        if (now)
            printDeployment(now.value());
        note(QStringLiteral("ftctl: deployment %1 ended %2: %3").arg(name, e.operationStatus, e.toString()));
        finish(1);
    });
}

void Ctl::printDeployment(const core::Deployment &d)
{
    if (m_json)
        printJson(d.toJson());
    else
        printLine(deploymentRow(d));
}

void Ctl::deployUpdate(const QString &name)
{
    core::DeploymentPatch patch;
    if (m_parser.isSet(QStringLiteral("tag"))) {
        QMap<QString, QString> tags;
        for (const QString &pair : m_parser.values(QStringLiteral("tag"))) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return usage(QStringLiteral("--tag takes key=value, not \"%1\"").arg(pair));
            tags.insert(pair.left(eq), pair.mid(eq + 1));
        }
        patch.tags = tags;
    }
    const bool skuSet = m_parser.isSet(QStringLiteral("sku"));
    const bool capacitySet = m_parser.isSet(QStringLiteral("capacity"));
    if (skuSet)
        patch.skuName = m_parser.value(QStringLiteral("sku"));
    if (capacitySet) {
        bool ok = false;
        patch.skuCapacity = m_parser.value(QStringLiteral("capacity")).toLongLong(&ok);
        if (!ok || *patch.skuCapacity < 1)
            return usage(QStringLiteral("--capacity must be a positive integer"));
    }
    if (patch.isEmpty())
        return usage(QStringLiteral("deploy update needs --sku, --capacity or --tag"));
    auto send = [this, name](core::DeploymentPatch p) {
        m_client->deployments().update(
            name, p, this, [this, name](core::Result<core::Deployment> r) { deploymentSettled(name, r); },
            armPolling());
    };
    if (skuSet == capacitySet)
        return send(patch);
    // A sku goes whole (name and capacity): the part not given stays as it is.
    m_client->deployments().get(name, this, [this, patch, send](core::Result<core::Deployment> now) mutable {
        if (!now)
            return fail(now.error());
        if (patch.skuName.isEmpty())
            patch.skuName = now.value().skuName;
        if (!patch.skuCapacity)
            patch.skuCapacity = now.value().skuCapacity;
        send(patch);
    });
}

void Ctl::deployList()
{
    m_client->deployments().list(this, [this](core::Result<core::Page<core::Deployment>> page) {
        if (!page)
            return fail(page.error());
        if (m_json) {
            js::Json value = js::Json::array();
            for (const auto &d : page.value().data)
                value.push_back(d.toJson());
            printJson(js::Json{{"value", value}});
        } else {
            Table t({QStringLiteral("NAME"), QStringLiteral("MODEL"), QStringLiteral("SKU"),
                     QStringLiteral("CAPACITY"), QStringLiteral("STATE")});
            for (const auto &d : page.value().data)
                t.add({d.name, d.modelName, d.skuName, QString::number(d.skuCapacity.value_or(0)),
                       d.provisioningState});
            printLine(t.render());
        }
        finish(0);
    });
}

void Ctl::deployShow(const QString &name)
{
    m_client->deployments().get(name, this, [this](core::Result<core::Deployment> r) {
        if (!r)
            return fail(r.error());
        if (m_json)
            printJson(r.value().toJson());
        else
            printLine(deploymentRow(r.value()));
        finish(0);
    });
}

void Ctl::deployDelete(const QString &name)
{
    api::ArmPolling polling = armPolling();
    const bool wait = !m_parser.isSet(QStringLiteral("no-wait"));
    polling.wait = wait;
    m_client->deployments().remove(
        name, this,
        [this, name, wait](core::Result<core::Nothing> r) {
            if (!r) {
                if (r.error().kind == core::ApiError::Kind::Timeout) {
                    note(QStringLiteral("ftctl: timed out waiting for the deletion of %1").arg(name));
                    return finish(1);
                }
                return fail(r.error());
            }
            if (m_json)
                printJson(js::Json{{"name", js::s(name)}, {"deleted", wait}});
            else
                printLine((wait ? QStringLiteral("deleted deployment %1")
                                : QStringLiteral("deleting deployment %1"))
                              .arg(name));
            finish(0);
        },
        polling);
}

void Ctl::chat(const QStringList &args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("chat needs a MESSAGE"));
    core::ChatRequest req;
    req.model = m_parser.value(QStringLiteral("model"));
    if (req.model.isEmpty())
        return usage(QStringLiteral("chat needs --model (the deployment name on Azure)"));
    if (m_parser.isSet(QStringLiteral("system")))
        req.messages.append({QStringLiteral("system"), m_parser.value(QStringLiteral("system"))});
    req.messages.append({QStringLiteral("user"), args.join(u' ')});
    bool ok = false;
    if (m_parser.isSet(QStringLiteral("max-tokens"))) {
        req.maxTokens = m_parser.value(QStringLiteral("max-tokens")).toLongLong(&ok);
        if (!ok || *req.maxTokens < 1)
            return usage(QStringLiteral("--max-tokens must be a positive integer"));
    }
    if (m_parser.isSet(QStringLiteral("temperature"))) {
        req.temperature = m_parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || *req.temperature < 0 || *req.temperature > 2)
            return usage(QStringLiteral("--temperature must be between 0 and 2"));
    }
    m_client->models().chat(req, this, [this](core::Result<core::ChatCompletion> r) {
        if (!r)
            return fail(r.error());
        if (m_json) {
            printJson(r.value().toJson());
        } else {
            printLine(r.value().content);
            note(QStringLiteral("[%1; %2 prompt + %3 completion tokens]")
                     .arg(r.value().model)
                     .arg(r.value().usage.promptTokens)
                     .arg(r.value().usage.completionTokens));
        }
        finish(0);
    });
}

} // namespace ft::cli
