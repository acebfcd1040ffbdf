#include "deploymentchecks.h"

#include "core/safetyevaluation.h"
#include "safetytrigger.h"

#include "handlerkit.h"
#include "modelindex.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"
#include "core/pathsegment.h"

#include <QRegularExpression>

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

ErrorSpec invalidName(const QString &name)
{
    return armError(400, QStringLiteral("InvalidResourceName"),
                    QStringLiteral("The deployment name '%1' is invalid. It must be 2 to 64 characters: "
                                   "letters, digits, '-', '_' and '.'.")
                        .arg(name));
}

ErrorSpec invalidModel(const QString &message,
                       const QString &target = QStringLiteral("properties.model.name"))
{
    return armError(400, QStringLiteral("InvalidResourceProperties"), message, target);
}
} // namespace

DeploymentChecks::DeploymentChecks(Store &store, ModelIndex &models)
    : m_store(store)
    , m_models(models)
{ }

std::optional<ErrorSpec> DeploymentChecks::target(const QString &sub, const QString &rg,
                                                  const QString &account)
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

std::optional<ErrorSpec> DeploymentChecks::body(const QByteArray &text, nlohmann::ordered_json &out)
{
    QString why;
    const js::ParseError parsed = js::parseText(text, out, &why);
    if (!text.isEmpty() && parsed == js::ParseError::None && out.is_object())
        return std::nullopt;
    QString message = QStringLiteral("The request content was invalid and could not be deserialized.");
    if (parsed == js::ParseError::TooDeep || parsed == js::ParseError::TooLarge)
        message += u' ' + why;
    return armError(400, QStringLiteral("InvalidRequestContent"), message);
}

std::optional<ErrorSpec> DeploymentChecks::put(const nlohmann::ordered_json &body, const QString &name,
                                               const QString &key, const core::Deployment &wanted)
{
    static const QRegularExpression nameRe(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9_.\-]{1,63}$)"));
    if (core::PathSegment::validate(core::PathSegment::Kind::DeploymentName, name)
            != core::PathSegment::Problem::None
        || !nameRe.match(name).hasMatch())
        return invalidName(name);
    const js::Json *skuJson = js::find(body, "sku");
    if (auto e = sku(wanted.skuName, wanted.skuCapacity,
                     skuJson && skuJson->is_object() && js::find(*skuJson, "capacity")))
        return e;
    if (wanted.modelName.isEmpty())
        return invalidModel(QStringLiteral("properties.model.name is required."));
    if (!wanted.modelFormat.isEmpty() && wanted.modelFormat != u"OpenAI")
        return invalidModel(QStringLiteral("The model format '%1' is not supported.").arg(wanted.modelFormat),
                            QStringLiteral("properties.model.format"));
    return model(wanted, key);
}

std::optional<ErrorSpec> DeploymentChecks::model(const core::Deployment &wanted, const QString &key)
{
    const JobRecord *job = m_models.jobOfModel(wanted.modelName);
    const bool baseModel = core::Catalog::builtin().find(wanted.modelName)
        && core::Catalog::baseOfFineTuned(wanted.modelName).isEmpty();
    if (!job && !baseModel)
        return armError(400, QStringLiteral("DeploymentModelNotSupported"),
                        QStringLiteral("The model '%1' of format '%2' and version '%3' was not found, or is "
                                       "not a model of this account.")
                            .arg(wanted.modelName, wanted.modelFormat, wanted.modelVersion),
                        QStringLiteral("properties.model.name"));
    if (!job)
        return std::nullopt;
    if (safetytrigger::modelFails(*job))
        return armError(400, QStringLiteral("ModelNotDeployable"),
                        core::modelNotDeployableMessage(safetytrigger::modelCategories()),
                        QStringLiteral("properties.model.name"));
    for (const DeploymentRecord *other : m_store.deployments()) {
        if (other->key() != key && other->deployment.modelName == wanted.modelName)
            return invalidModel(
                QStringLiteral("The model '%1' already has a deployment ('%2'); a fine-tuned model "
                               "can have one deployment.")
                    .arg(wanted.modelName, other->deployment.name));
    }
    return std::nullopt;
}

std::optional<ErrorSpec> DeploymentChecks::tags(const nlohmann::ordered_json &body,
                                                QMap<QString, QString> *tags)
{
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

std::optional<ErrorSpec> DeploymentChecks::sku(const QString &name, const std::optional<qint64> &capacity,
                                               bool capacityPresent)
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

} // namespace ft::emu
