#pragma once

#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// The body of an ARM PATCH of a deployment (PatchResourceTagsAndSku): the tags, which replace the
// deployment's tags whole, and the sku. Absent parts are left as they are.
struct DeploymentPatch
{
    std::optional<QMap<QString, QString>> tags;
    QString skuName; // empty: no sku in the patch
    std::optional<qint64> skuCapacity;

    bool isEmpty() const { return !tags && skuName.isEmpty() && !skuCapacity; }
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
