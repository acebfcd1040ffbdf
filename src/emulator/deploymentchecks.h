#pragma once

#include "httpexchange.h"

#include "core/deployment.h"

#include <nlohmann/json_fwd.hpp>

#include <QMap>
#include <QString>

#include <optional>

namespace ft::emu {

class ModelIndex;
class Store;

// What ARM checks on a deployment request before it changes anything, answered in ARM's codes: the
// names in the path, the body of a PUT (name, sku, model), tags and sku of a PATCH.
class DeploymentChecks final
{
public:
    DeploymentChecks(Store &store, ModelIndex &models);

    // The subscription, resource group and account of the path against ARM's naming rules (the same
    // the client checks): 400 as ARM answers a malformed name, before anything is looked up.
    static std::optional<ErrorSpec> target(const QString &sub, const QString &rg, const QString &account);
    // A PUT's body as JSON (not empty, parsed, an object).
    static std::optional<ErrorSpec> body(const QByteArray &text, nlohmann::ordered_json &out);
    // A PUT's name, sku and model; `key` is the deployment's own, which may keep its model.
    std::optional<ErrorSpec> put(const nlohmann::ordered_json &body, const QString &name, const QString &key,
                                 const core::Deployment &wanted);
    // ARM's limits: at most 50 tags, names up to 512 characters, values up to 256.
    static std::optional<ErrorSpec> tags(const nlohmann::ordered_json &body, QMap<QString, QString> *tags);
    static std::optional<ErrorSpec> sku(const QString &name, const std::optional<qint64> &capacity,
                                        bool capacityPresent);

private:
    std::optional<ErrorSpec> model(const core::Deployment &wanted, const QString &key);

    Store &m_store;
    ModelIndex &m_models;
};

} // namespace ft::emu
