// ARM: Microsoft.CognitiveServices/accounts/deployments (PUT, PATCH, GET, DELETE, list), whose PUT,
// PATCH and DELETE are long-running operations (see ArmOperations).

#include "armoperations.h"
#include "service.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"
#include "core/pathsegment.h"

#include <QDateTime>

#include <optional>
#include <utility>

namespace ft::emu {

namespace js = core::js;

namespace {
const QStringList &knownSkus()
{
    static const QStringList skus{
        QStringLiteral("Standard"),           QStringLiteral("GlobalStandard"),
        QStringLiteral("DataZoneStandard"),   QStringLiteral("DeveloperTier"),
        QStringLiteral("ProvisionedManaged"), QStringLiteral("GlobalProvisionedManaged")};
    return skus;
}

QString armId(const QString &sub, const QString &rg, const QString &account, const QString &name)
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.CognitiveServices/accounts/%3/"
               "deployments/%4")
        .arg(sub, rg, account, name);
}

ErrorSpec armError(int status, const QString &code, const QString &message, const QString &target = {})
{
    ErrorSpec e;
    e.status = status;
    e.code = code;
    e.message = message;
    e.param = target;
    return e;
}

ErrorSpec beingDeleted(const QString &name)
{
    return armError(409, QStringLiteral("Conflict"),
                    QStringLiteral("The deployment '%1' is being deleted; try again when the deletion has "
                                   "finished.")
                        .arg(name));
}

// The subscription, resource group and account of the path against ARM's naming rules (the same the
// client checks): 400 as ARM answers a malformed name, before anything is looked up.
std::optional<ErrorSpec> badTarget(const QString &sub, const QString &rg, const QString &account)
{
    using Kind = core::PathSegment::Kind;
    using Problem = core::PathSegment::Problem;
    if (core::PathSegment::validate(Kind::Subscription, sub) != Problem::None)
        return armError(
            400, QStringLiteral("InvalidSubscriptionId"),
            QStringLiteral("The provided subscription identifier '%1' is malformed or invalid.").arg(sub));
    for (const auto &[kind, value] :
         {std::pair{Kind::ResourceGroup, rg}, std::pair{Kind::Account, account}}) {
        if (const Problem p = core::PathSegment::validate(kind, value); p != Problem::None)
            return armError(400, QStringLiteral("InvalidResourceName"),
                            core::PathSegment::describe(kind, value, p),
                            core::PathSegment::parameterName(kind));
    }
    return std::nullopt;
}
} // namespace

std::optional<ErrorSpec> Service::armTags(const nlohmann::ordered_json &body,
                                          QMap<QString, QString> *tags) const
{
    // ARM's limits: at most 50 tags, names up to 512 characters, values up to 256.
    const js::Json *t = js::find(body, "tags");
    if (!t || t->is_null())
        return std::nullopt;
    auto bad = [](const QString &message) {
        return armError(400, QStringLiteral("InvalidRequestContent"), message, QStringLiteral("tags"));
    };
    if (!t->is_object())
        return bad(QStringLiteral("tags must be an object of names and string values."));
    if (t->size() > 50)
        return bad(QStringLiteral("A resource can have at most 50 tags."));
    tags->clear();
    for (auto it = t->begin(); it != t->end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (name.trimmed().isEmpty() || name.size() > 512)
            return bad(QStringLiteral("A tag name must have 1 to 512 characters."));
        if (!it.value().is_string())
            return bad(QStringLiteral("The value of tag '%1' must be a string.").arg(name.left(64)));
        const QString value = js::toQ(it.value());
        if (value.size() > 256)
            return bad(
                QStringLiteral("The value of tag '%1' is longer than 256 characters.").arg(name.left(64)));
        tags->insert(name, value);
    }
    return std::nullopt;
}

std::optional<ErrorSpec> Service::armSku(const QString &name, const std::optional<qint64> &capacity,
                                         bool capacityPresent) const
{
    if (name.isEmpty() || !knownSkus().contains(name))
        return armError(400, QStringLiteral("InvalidSkuName"),
                        QStringLiteral("The sku '%1' is not supported. Use one of: %2.")
                            .arg(name, knownSkus().join(QStringLiteral(", "))),
                        QStringLiteral("sku.name"));
    if ((capacityPresent && !capacity) || (capacity && *capacity < 1))
        return armError(400, QStringLiteral("InvalidCapacity"),
                        QStringLiteral("The capacity must be at least 1."), QStringLiteral("sku.capacity"));
    return std::nullopt;
}

HttpReply Service::routeArm(HttpRequest &r)
{
    // A deletion whose time is up has removed its deployment before anything reads it.
    m_sim.reapDeletedDeployments();
    if (auto reply = m_operations->route(r))
        return *reply;
    // subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.CognitiveServices/accounts/{a}/deployments[/{name}]
    const QStringList &s = r.segments;
    auto eq = [](const QString &a, const char *b) {
        return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
    };
    const bool shape = s.size() >= 8 && eq(s[0], "subscriptions") && eq(s[2], "resourceGroups")
        && eq(s[4], "providers") && eq(s[5], "Microsoft.CognitiveServices") && eq(s[6], "accounts");
    if (shape && s.size() >= 9 && eq(s[8], "deployments")) {
        const QString &sub = s[1];
        const QString &rg = s[3];
        const QString &account = s[7];
        if (auto bad = badTarget(sub, rg, account))
            return error(r, *bad);
        if (s.size() == 9 && r.method == "GET")
            return armList(r, sub, rg, account);
        if (s.size() == 10) {
            if (r.method == "GET")
                return armGet(r, sub, rg, account, s[9]);
            if (r.method == "PUT")
                return armPut(r, sub, rg, account, s[9]);
            if (r.method == "PATCH")
                return armPatch(r, sub, rg, account, s[9]);
            if (r.method == "DELETE")
                return armDelete(r, sub, rg, account, s[9]);
        }
    }
    return error(r,
                 armError(404, QStringLiteral("InvalidResourceType"),
                          QStringLiteral("The resource type could not be found for %1 %2.")
                              .arg(QString::fromLatin1(r.method), r.path)));
}

nlohmann::ordered_json Service::presentDeployment(const DeploymentRecord &record) const
{
    core::Deployment d = record.deployment;
    d.id = armId(record.subscription, record.resourceGroup, record.account, d.name);
    d.provisioningState = m_sim.provisioningState(record);
    js::Json o = d.toJson();
    o["systemData"] =
        js::Json{{"createdAt",
                  js::s(QDateTime::fromMSecsSinceEpoch(record.createdAtMs, Qt::UTC).toString(Qt::ISODate))},
                 {"createdByType", "User"}};
    return o;
}

HttpReply Service::armList(const HttpRequest &, const QString &sub, const QString &rg, const QString &account)
{
    js::Json value = js::Json::array();
    for (const DeploymentRecord *d : m_store.deployments()) {
        if (d->subscription.compare(sub, Qt::CaseInsensitive) == 0
            && d->resourceGroup.compare(rg, Qt::CaseInsensitive) == 0
            && d->account.compare(account, Qt::CaseInsensitive) == 0)
            value.push_back(presentDeployment(*d));
    }
    return HttpReply::json(200, js::Json{{"value", value}});
}

HttpReply Service::armGet(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account,
                          const QString &name)
{
    const DeploymentRecord *d = m_store.deployment(DeploymentRecord::keyOf(sub, rg, account, name));
    if (!d)
        return error(r, notFound(Surface::Arm, QStringLiteral("deployment"), name));
    return HttpReply::json(200, presentDeployment(*d));
}

std::optional<ErrorSpec> Service::armCheckPut(const nlohmann::ordered_json &body, const QString &name,
                                              const QString &key, const core::Deployment &wanted)
{
    static const QRegularExpression nameRe(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9_.\-]{1,63}$)"));
    if (!nameRe.match(name).hasMatch())
        return armError(400, QStringLiteral("InvalidResourceName"),
                        QStringLiteral("The deployment name '%1' is invalid. It must be 2 to 64 characters: "
                                       "letters, digits, '-', '_' and '.'.")
                            .arg(name));
    const js::Json *sku = js::find(body, "sku");
    if (auto e =
            armSku(wanted.skuName, wanted.skuCapacity, sku && sku->is_object() && js::find(*sku, "capacity")))
        return e;
    if (wanted.modelName.isEmpty())
        return armError(400, QStringLiteral("InvalidResourceProperties"),
                        QStringLiteral("properties.model.name is required."),
                        QStringLiteral("properties.model.name"));
    if (!wanted.modelFormat.isEmpty() && wanted.modelFormat != u"OpenAI")
        return armError(400, QStringLiteral("InvalidResourceProperties"),
                        QStringLiteral("The model format '%1' is not supported.").arg(wanted.modelFormat),
                        QStringLiteral("properties.model.format"));
    const JobRecord *job = jobOfModel(wanted.modelName);
    const bool baseModel = core::Catalog::builtin().find(wanted.modelName)
        && core::Catalog::baseOfFineTuned(wanted.modelName).isEmpty();
    if (!job && !baseModel)
        return armError(400, QStringLiteral("DeploymentModelNotSupported"),
                        QStringLiteral("The model '%1' of format '%2' and version '%3' was not found, or is "
                                       "not a model of this account.")
                            .arg(wanted.modelName, wanted.modelFormat, wanted.modelVersion),
                        QStringLiteral("properties.model.name"));
    if (job) {
        for (const DeploymentRecord *other : m_store.deployments()) {
            if (other->key() != key && other->deployment.modelName == wanted.modelName)
                return armError(400, QStringLiteral("InvalidResourceProperties"),
                                QStringLiteral("The model '%1' already has a deployment ('%2'); a "
                                               "fine-tuned model can have one deployment.")
                                    .arg(wanted.modelName, other->deployment.name),
                                QStringLiteral("properties.model.name"));
        }
    }
    return std::nullopt;
}

HttpReply Service::armPut(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account,
                          const QString &name)
{
    js::Json body;
    QString why;
    const js::ParseError parsed = js::parseText(r.body, body, &why);
    if (r.body.isEmpty() || parsed != js::ParseError::None || !body.is_object()) {
        QString message = QStringLiteral("The request content was invalid and could not be deserialized.");
        if (parsed == js::ParseError::TooDeep || parsed == js::ParseError::TooLarge)
            message += u' ' + why;
        return error(r, armError(400, QStringLiteral("InvalidRequestContent"), message));
    }
    if (core::PathSegment::validate(core::PathSegment::Kind::DeploymentName, name)
        != core::PathSegment::Problem::None)
        return error(
            r,
            armError(400, QStringLiteral("InvalidResourceName"),
                     QStringLiteral("The deployment name '%1' is invalid. It must be 2 to 64 characters: "
                                    "letters, digits, '-', '_' and '.'.")
                         .arg(name)));
    const core::Deployment wanted = core::Deployment::fromJson(body);
    const QString key = DeploymentRecord::keyOf(sub, rg, account, name);
    if (auto e = armCheckPut(body, name, key, wanted))
        return error(r, *e);
    QMap<QString, QString> tags;
    if (auto e = armTags(body, &tags))
        return error(r, *e);
    DeploymentRecord *existing = m_store.deployment(key);
    if (existing && existing->deletingSinceMs > 0)
        return error(r, beingDeleted(name));
    DeploymentRecord rec = existing ? *existing : DeploymentRecord{};
    const bool created = !existing;
    if (created) {
        rec.seq = m_store.nextSeq();
        rec.subscription = sub;
        rec.resourceGroup = rg;
        rec.account = account;
    }
    // Provisioning starts over for a new deployment, another model, or one whose provisioning failed.
    const bool provision = created || existing->deployment.modelName != wanted.modelName
        || m_sim.provisioningState(*existing) == u"Failed";
    rec.deployment.name = name;
    rec.deployment.skuName = wanted.skuName;
    rec.deployment.skuCapacity = wanted.skuCapacity.value_or(1);
    rec.deployment.modelFormat = wanted.modelFormat.isEmpty() ? QStringLiteral("OpenAI") : wanted.modelFormat;
    rec.deployment.modelName = wanted.modelName;
    rec.deployment.modelVersion = wanted.modelVersion.isEmpty() ? QStringLiteral("1") : wanted.modelVersion;
    rec.deployment.modelSource = wanted.modelSource;
    rec.deployment.tags = tags;
    if (provision) {
        rec.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        rec.failed = m_failDeployments.isValid() && !m_failDeployments.pattern().isEmpty()
            && m_failDeployments.match(name).hasMatch();
    }
    if (auto failed = m_store.saveDeployment(rec))
        return notSaved(r, *failed);
    const DeploymentRecord &saved = *m_store.deployment(key);
    js::Json answer = presentDeployment(saved);
    // The answer to a PUT that starts provisioning is "Accepted", as ARM's is, however long saving took
    // on the simulated clock; the state moves on from there.
    if (provision)
        answer["properties"]["provisioningState"] = "Accepted";
    HttpReply reply = HttpReply::json(created ? 201 : 200, answer);
    std::optional<core::WriteError> failed;
    const ArmOperationRecord *op = startDeploymentOperation(saved, created ? "create" : "update", &failed);
    if (!op)
        return notSaved(r, *failed);
    m_operations->addHeaders(reply, r, *op, false);
    return reply;
}

} // namespace ft::emu
