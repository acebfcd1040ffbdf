// ARM: Microsoft.CognitiveServices/accounts/deployments (PUT, GET, DELETE, list).

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

HttpReply Service::routeArm(HttpRequest &r)
{
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
    if (wanted.skuName.isEmpty() || !knownSkus().contains(wanted.skuName))
        return error(r,
                     armError(400, QStringLiteral("InvalidSkuName"),
                              QStringLiteral("The sku '%1' is not supported. Use one of: %2.")
                                  .arg(wanted.skuName, knownSkus().join(QStringLiteral(", "))),
                              QStringLiteral("sku.name")));
    if (wanted.skuCapacity && *wanted.skuCapacity < 1)
        return error(r,
                     armError(400, QStringLiteral("InvalidCapacity"),
                              QStringLiteral("The capacity must be at least 1."),
                              QStringLiteral("sku.capacity")));
    if (wanted.modelName.isEmpty())
        return error(r,
                     armError(400, QStringLiteral("InvalidResourceProperties"),
                              QStringLiteral("properties.model.name is required."),
                              QStringLiteral("properties.model.name")));
    if (!wanted.modelFormat.isEmpty() && wanted.modelFormat != u"OpenAI")
        return error(
            r,
            armError(400, QStringLiteral("InvalidResourceProperties"),
                     QStringLiteral("The model format '%1' is not supported.").arg(wanted.modelFormat),
                     QStringLiteral("properties.model.format")));
    const JobRecord *job = jobOfModel(wanted.modelName);
    const bool baseModel = core::Catalog::builtin().find(wanted.modelName)
        && core::Catalog::baseOfFineTuned(wanted.modelName).isEmpty();
    if (!job && !baseModel)
        return error(
            r,
            armError(400, QStringLiteral("DeploymentModelNotSupported"),
                     QStringLiteral("The model '%1' of format '%2' and version '%3' was not found, or is "
                                    "not a model of this account.")
                         .arg(wanted.modelName, wanted.modelFormat, wanted.modelVersion),
                     QStringLiteral("properties.model.name")));
    const QString key = DeploymentRecord::keyOf(sub, rg, account, name);
    if (job) {
        for (const DeploymentRecord *other : m_store.deployments()) {
            if (other->key() != key && other->deployment.modelName == wanted.modelName)
                return error(r,
                             armError(400, QStringLiteral("InvalidResourceProperties"),
                                      QStringLiteral("The model '%1' already has a deployment ('%2'); a "
                                                     "fine-tuned model can have one deployment.")
                                          .arg(wanted.modelName, other->deployment.name),
                                      QStringLiteral("properties.model.name")));
        }
    }
    DeploymentRecord *existing = m_store.deployment(key);
    DeploymentRecord rec = existing ? *existing : DeploymentRecord{};
    const bool created = !existing;
    if (created) {
        rec.seq = m_store.nextSeq();
        rec.subscription = sub;
        rec.resourceGroup = rg;
        rec.account = account;
        rec.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    }
    const bool modelChanged = existing && existing->deployment.modelName != wanted.modelName;
    rec.deployment.name = name;
    rec.deployment.skuName = wanted.skuName;
    rec.deployment.skuCapacity = wanted.skuCapacity.value_or(1);
    rec.deployment.modelFormat = wanted.modelFormat.isEmpty() ? QStringLiteral("OpenAI") : wanted.modelFormat;
    rec.deployment.modelName = wanted.modelName;
    rec.deployment.modelVersion = wanted.modelVersion.isEmpty() ? QStringLiteral("1") : wanted.modelVersion;
    rec.deployment.modelSource = wanted.modelSource;
    if (modelChanged)
        rec.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_store.saveDeployment(rec);
    js::Json answer = presentDeployment(*m_store.deployment(key));
    // The answer to a PUT that starts provisioning is "Accepted", as ARM's is, however long saving took
    // on the simulated clock; the state moves on from there.
    if (created || modelChanged)
        answer["properties"]["provisioningState"] = "Accepted";
    HttpReply reply = HttpReply::json(created ? 201 : 200, answer);
    reply.setHeader(
        "Azure-AsyncOperation",
        (r.baseUrl + r.path + QStringLiteral("?api-version=") + r.queryValue(QStringLiteral("api-version")))
            .toUtf8());
    return reply;
}

HttpReply Service::armDelete(const HttpRequest &, const QString &sub, const QString &rg,
                             const QString &account, const QString &name)
{
    const QString key = DeploymentRecord::keyOf(sub, rg, account, name);
    if (!m_store.deployment(key))
        return HttpReply::empty(204);
    m_store.removeDeployment(key);
    return HttpReply::empty(200);
}

} // namespace ft::emu
