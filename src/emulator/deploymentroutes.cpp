#include "deploymentroutes.h"

#include "armoperations.h"
#include "clock.h"
#include "handlerkit.h"
#include "provisioning.h"
#include "router.h"
#include "simulator.h"
#include "store.h"

#include "core/jsonutil.h"

#include <QDateTime>

namespace ft::emu {

namespace js = core::js;

namespace {
constexpr const char *kDeployments = "subscriptions/{sub}/resourceGroups/{rg}/providers/"
                                     "Microsoft.CognitiveServices/accounts/{account}/deployments";

ErrorSpec noSuchDeployment(const QString &name)
{
    return notFound(Surface::Arm, QStringLiteral("deployment"), name);
}
} // namespace

QString DeploymentRoutes::Target::key() const
{
    return DeploymentRecord::keyOf(sub, rg, account, name);
}

DeploymentRoutes::DeploymentRoutes(const ServiceContext &context)
    : m_context(context)
    , m_checks(context.store, context.models)
    , m_operations({context.store, context.provisioning, context.clock, context.simulator.config(),
                    context.operations},
                   [this](const DeploymentRecord &d) { return present(d); })
    , m_failDeployments(context.options.failDeployments)
{ }

DeploymentRoutes::Target DeploymentRoutes::targetOf(const RouteArgs &args)
{
    return {args["sub"], args["rg"], args["account"], args["name"]};
}

void DeploymentRoutes::addRoutes(Router &router)
{
    const Surfaces arm{Surface::Arm};
    router.addPrefixCheck(
        arm, QString::fromLatin1(kDeployments),
        [this](const HttpRequest &r, const RouteArgs &a) -> std::optional<HttpReply> {
            // A deletion whose time is up has removed its deployment before anything reads it.
            m_context.provisioning.reapDeleted();
            if (auto bad = DeploymentChecks::target(a["sub"], a["rg"], a["account"]))
                return errorFor(r, *bad);
            return std::nullopt;
        },
        Qt::CaseInsensitive);
    using Method = HttpReply (DeploymentRoutes::*)(const HttpRequest &, const Target &);
    auto on = [&](const char *method, const char *suffix, Method handler) {
        router.on(
            arm, {method}, QByteArray(kDeployments).append(suffix).constData(),
            [this, handler](const HttpRequest &r, const RouteArgs &a) {
                return (this->*handler)(r, targetOf(a));
            },
            Qt::CaseInsensitive);
    };
    on("GET", "", &DeploymentRoutes::list);
    on("GET", "/{name}", &DeploymentRoutes::get);
    on("PUT", "/{name}", &DeploymentRoutes::put);
    on("PATCH", "/{name}", &DeploymentRoutes::patch);
    on("DELETE", "/{name}", &DeploymentRoutes::remove);
}

nlohmann::ordered_json DeploymentRoutes::present(const DeploymentRecord &record) const
{
    core::Deployment d = record.deployment;
    d.id = record.resourceId();
    d.provisioningState = m_context.provisioning.state(record);
    js::Json o = d.toJson();
    o["systemData"] =
        js::Json{{"createdAt",
                  js::s(QDateTime::fromMSecsSinceEpoch(record.createdAtMs, Qt::UTC).toString(Qt::ISODate))},
                 {"createdByType", "User"}};
    return o;
}

HttpReply DeploymentRoutes::list(const HttpRequest &, const Target &t)
{
    js::Json value = js::Json::array();
    for (const DeploymentRecord *d : m_context.store.deployments()) {
        if (d->subscription.compare(t.sub, Qt::CaseInsensitive) == 0
            && d->resourceGroup.compare(t.rg, Qt::CaseInsensitive) == 0
            && d->account.compare(t.account, Qt::CaseInsensitive) == 0)
            value.push_back(present(*d));
    }
    return HttpReply::json(200, js::Json{{"value", value}});
}

HttpReply DeploymentRoutes::get(const HttpRequest &r, const Target &t)
{
    const DeploymentRecord *d = m_context.store.deployment(t.key());
    if (!d)
        return errorFor(r, noSuchDeployment(t.name));
    return HttpReply::json(200, present(*d));
}

HttpReply DeploymentRoutes::withOperation(const HttpRequest &r, HttpReply reply, const DeploymentRecord &d,
                                          const char *action, bool withLocation)
{
    std::optional<core::WriteError> failed;
    const ArmOperationRecord *op = m_operations.start(d, action, &failed);
    if (!op)
        return notSaved(r, *failed);
    m_context.operations.addHeaders(reply, r, *op, withLocation);
    return reply;
}

DeploymentRecord DeploymentRoutes::putRecord(const Target &t, const core::Deployment &wanted,
                                             QMap<QString, QString> tags, bool *provision)
{
    const DeploymentRecord *existing = m_context.store.deployment(t.key());
    DeploymentRecord rec = existing ? *existing : DeploymentRecord{};
    if (!existing) {
        rec.seq = m_context.store.nextSeq();
        rec.subscription = t.sub;
        rec.resourceGroup = t.rg;
        rec.account = t.account;
    }
    // Provisioning starts over for a new deployment, another model, or one whose provisioning failed.
    *provision = !existing || existing->deployment.modelName != wanted.modelName
        || m_context.provisioning.state(*existing) == u"Failed";
    rec.deployment.name = t.name;
    rec.deployment.skuName = wanted.skuName;
    rec.deployment.skuCapacity = wanted.skuCapacity.value_or(1);
    rec.deployment.modelFormat = wanted.modelFormat.isEmpty() ? QStringLiteral("OpenAI") : wanted.modelFormat;
    rec.deployment.modelName = wanted.modelName;
    rec.deployment.modelVersion = wanted.modelVersion.isEmpty() ? QStringLiteral("1") : wanted.modelVersion;
    rec.deployment.modelSource = wanted.modelSource;
    rec.deployment.tags = std::move(tags);
    if (*provision) {
        rec.createdAtMs = Clock::nowMs();
        rec.failed = m_failDeployments.isValid() && !m_failDeployments.pattern().isEmpty()
            && m_failDeployments.match(t.name).hasMatch();
    }
    return rec;
}

HttpReply DeploymentRoutes::put(const HttpRequest &r, const Target &t)
{
    js::Json body;
    if (auto e = DeploymentChecks::body(r.body, body))
        return errorFor(r, *e);
    const core::Deployment wanted = core::Deployment::fromJson(body);
    if (auto e = m_checks.put(body, t.name, t.key(), wanted))
        return errorFor(r, *e);
    QMap<QString, QString> tags;
    if (auto e = DeploymentChecks::tags(body, &tags))
        return errorFor(r, *e);
    const DeploymentRecord *existing = m_context.store.deployment(t.key());
    if (existing && existing->deletingSinceMs > 0)
        return errorFor(r,
                        armError(409, QStringLiteral("Conflict"),
                                 QStringLiteral("The deployment '%1' is being deleted; try again when the "
                                                "deletion has finished.")
                                     .arg(t.name)));
    const bool created = !existing;
    bool provision = false;
    if (auto failed = m_context.store.saveDeployment(putRecord(t, wanted, tags, &provision)))
        return notSaved(r, *failed);
    const DeploymentRecord &saved = *m_context.store.deployment(t.key());
    js::Json answer = present(saved);
    // The answer to a PUT that starts provisioning is "Accepted", as ARM's is, however long saving took
    // on the simulated clock; the state moves on from there.
    if (provision)
        answer["properties"]["provisioningState"] = "Accepted";
    return withOperation(r, HttpReply::json(created ? 201 : 200, answer), saved,
                         created ? "create" : "update", false);
}

HttpReply DeploymentRoutes::patch(const HttpRequest &r, const Target &t)
{
    js::Json body;
    if (r.body.isEmpty() || !js::parse(r.body, body) || !body.is_object())
        return errorFor(
            r,
            armError(400, QStringLiteral("InvalidRequestContent"),
                     QStringLiteral("The request content was invalid and could not be deserialized.")));
    const DeploymentRecord *existing = m_context.store.deployment(t.key());
    if (!existing)
        return errorFor(r, noSuchDeployment(t.name));
    if (existing->deletingSinceMs > 0)
        return errorFor(
            r,
            armError(
                409, QStringLiteral("Conflict"),
                QStringLiteral("The deployment '%1' is being deleted; it cannot be updated.").arg(t.name)));
    DeploymentRecord rec = *existing;
    if (const js::Json *sku = js::find(body, "sku"); sku && !sku->is_null()) {
        if (!sku->is_object())
            return errorFor(r,
                            armError(400, QStringLiteral("InvalidRequestContent"),
                                     QStringLiteral("sku must be an object."), QStringLiteral("sku")));
        const QString skuName = js::str(*sku, "name");
        const std::optional<qint64> capacity = js::optInt(*sku, "capacity");
        if (auto e = DeploymentChecks::sku(skuName, capacity, js::find(*sku, "capacity") != nullptr))
            return errorFor(r, *e);
        rec.deployment.skuName = skuName;
        if (capacity)
            rec.deployment.skuCapacity = capacity;
    }
    if (js::find(body, "tags")) {
        if (auto e = DeploymentChecks::tags(body, &rec.deployment.tags))
            return errorFor(r, *e);
    }
    const bool scaled = rec.deployment.skuName != existing->deployment.skuName
        || rec.deployment.skuCapacity != existing->deployment.skuCapacity;
    if (auto failed = m_context.store.saveDeployment(rec))
        return notSaved(r, *failed);
    const DeploymentRecord &saved = *m_context.store.deployment(rec.key());
    if (!scaled) // tags only: done at once
        return HttpReply::json(200, present(saved));
    // A new sku or capacity takes a while: 202, to be followed to its end.
    return withOperation(r, HttpReply::empty(202), saved, "patch", true);
}

HttpReply DeploymentRoutes::remove(const HttpRequest &r, const Target &t)
{
    const QString key = t.key();
    const DeploymentRecord *d = m_context.store.deployment(key);
    if (!d)
        return HttpReply::empty(204);
    if (d->deletingSinceMs > 0) { // asked again while deleting: the same operation
        const ArmOperationRecord *op = m_context.operations.running(key, QStringLiteral("delete"));
        d = m_context.store.deployment(key); // looking at the operation may have finished the deletion
        if (!d)
            return HttpReply::empty(204);
        if (op) {
            HttpReply reply = HttpReply::empty(202);
            m_context.operations.addHeaders(reply, r, *op, true);
            return reply;
        }
    } else {
        DeploymentRecord deleting = *d;
        deleting.deletingSinceMs = Clock::nowMs();
        if (auto failed = m_context.store.saveDeployment(deleting))
            return notSaved(r, *failed);
        d = m_context.store.deployment(key);
    }
    return withOperation(r, HttpReply::empty(202), *d, "delete", true);
}

} // namespace ft::emu
