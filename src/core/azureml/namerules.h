#pragma once

#include <QString>

#include <optional>

namespace ft::core::azureml {

// The names a hub project's resources may take, as the spec's path parameters and the contract state
// them. Each check returns why a name is refused, in words for the user, or nothing when it is fine.
class NameRules final
{
public:
    // Jobs, data assets, registered models, marketplace subscriptions: ^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$.
    static std::optional<QString> checkJobName(const QString &name);
    static std::optional<QString> checkDataAssetName(const QString &name);
    static std::optional<QString> checkModelName(const QString &name);
    static std::optional<QString> checkMarketplaceSubscriptionName(const QString &name);
    // The spec gives data asset versions no pattern; a version is one URL path segment.
    static std::optional<QString> checkDataAssetVersion(const QString &version);
    // Serverless endpoints are stricter: ^[a-zA-Z][a-zA-Z0-9-]{0,51}$ (a letter first, no '_' or '.').
    static std::optional<QString> checkServerlessEndpointName(const QString &name);

    // A fresh job name from a readable stem and a random suffix. The client picks the name so that the
    // create is a PUT to a URL known before the request: a retry after a dropped connection addresses the
    // same job instead of creating a second one. Call once per job and keep the result for the retries.
    static QString newJobName(const QString &stem);
    // The Learn sample's subscription name for a model: dots become hyphens, then "-sub".
    static QString marketplaceSubscriptionName(const QString &modelName);
    // The closest valid endpoint name to `text` (e.g. a model name with dots and underscores).
    static QString serverlessEndpointNameFrom(const QString &text);

private:
    static std::optional<QString> checkArmName(const QString &name, const char *what);
};

} // namespace ft::core::azureml
