// ftctl models ..., deploy ..., chat

#include "ctl.h"
#include "table.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QDateTime>
#include <QTimer>

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
    m_client->deployments().put(d, this, [this, name](core::Result<core::Deployment> r) {
        if (!r)
            return fail(r.error());
        if (m_parser.isSet(QStringLiteral("no-wait")) || r.value().isFinal()) {
            if (m_json)
                printJson(r.value().toJson());
            else
                printLine(deploymentRow(r.value()));
            finish(r.value().provisioningState == u"Failed" ? 1 : 0);
            return;
        }
        pollDeployment(name, QDateTime::currentMSecsSinceEpoch() + timeoutMs(3600),
                       r.value().provisioningState);
    });
}

void Ctl::pollDeployment(const QString &name, qint64 deadlineMs, const QString &lastState)
{
    if (!m_json)
        note(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                                          lastState));
    QTimer::singleShot(pollIntervalMs(), this, [this, name, deadlineMs, lastState] {
        m_client->deployments().get(
            name, this, [this, name, deadlineMs, lastState](core::Result<core::Deployment> r) {
                if (!r && r.error().isTransient() && QDateTime::currentMSecsSinceEpoch() < deadlineMs)
                    return pollDeployment(name, deadlineMs, lastState); // ask again at the next poll
                if (!r)
                    return fail(r.error());
                const core::Deployment &d = r.value();
                if (d.isFinal()) {
                    if (m_json)
                        printJson(d.toJson());
                    else
                        printLine(deploymentRow(d));
                    if (d.provisioningState != u"Succeeded") {
                        note(
                            QStringLiteral("ftctl: deployment %1 ended %2").arg(d.name, d.provisioningState));
                        finish(1);
                    } else {
                        finish(0);
                    }
                    return;
                }
                if (QDateTime::currentMSecsSinceEpoch() > deadlineMs) {
                    note(QStringLiteral("ftctl: timed out waiting for deployment %1 (%2)")
                             .arg(name, d.provisioningState));
                    finish(1);
                    return;
                }
                pollDeployment(name, deadlineMs,
                               d.provisioningState == lastState ? lastState : d.provisioningState);
            });
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
    m_client->deployments().remove(name, this, [this, name](core::Result<core::Nothing> r) {
        if (!r)
            return fail(r.error());
        if (m_json)
            printJson(js::Json{{"name", js::s(name)}, {"deleted", true}});
        else
            printLine(QStringLiteral("deleted deployment %1").arg(name));
        finish(0);
    });
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
