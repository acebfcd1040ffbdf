#pragma once

#include "rawjson.h"

#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ft::core {

// A model as /models lists it: OpenAI's {id, created, owned_by}, with Azure's capabilities,
// lifecycle and fine-tune lineage when the service gives them.
struct Model
{
    QString id;
    QString object = QStringLiteral("model");
    qint64 created = 0;
    QString ownedBy;
    QString status; // Azure
    QString baseModel; // Azure `model`: the base of a fine-tuned model
    QString fineTuneJobId; // Azure `fine_tune`
    QString lifecycleStatus; // Azure
    QMap<QString, bool> capabilities;
    RawJson deprecation;
    RawJson extra;

    bool isFineTuned() const;
    bool can(const QString &capability) const { return capabilities.value(capability, false); }

    static Model fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
