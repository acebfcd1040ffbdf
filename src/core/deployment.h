#pragma once

#include "rawjson.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// Microsoft.CognitiveServices/accounts/deployments, as ARM returns it.
struct Deployment
{
    QString id;
    QString name;
    QString type = QStringLiteral("Microsoft.CognitiveServices/accounts/deployments");
    QString skuName =
        QStringLiteral("Standard"); // Standard, GlobalStandard, DeveloperTier, ProvisionedManaged
    std::optional<qint64> skuCapacity;
    QString modelFormat = QStringLiteral("OpenAI");
    QString modelName; // a fine-tuned model or a checkpoint
    QString modelVersion = QStringLiteral("1");
    QString modelSource; // properties.model.source: the ARM id of another account
    QString provisioningState; // Accepted, Creating, Succeeded, Failed, Deleting, ...
    QMap<QString, QString> tags; // ARM resource tags
    RawJson properties; // every property as received, for the ones without a field here
    RawJson extra;

    bool isProvisioned() const { return provisioningState == u"Succeeded"; }
    bool isFinal() const; // Succeeded, Failed or Canceled
    // systemData.createdAt, which ARM writes on every resource; none when the answer had none.
    std::optional<QDateTime> createdAt() const;

    static Deployment fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
    // The body of the ARM PUT: sku, properties.model and the tags (when there are any).
    nlohmann::ordered_json toPutBody() const;
};

// ARM tags as a JSON object.
nlohmann::ordered_json tagsToJson(const QMap<QString, QString> &tags);

} // namespace ft::core
