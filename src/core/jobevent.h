#pragma once

#include "rawjson.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ft::core {

// fine_tuning.job.event. Level is "info|warn|error" (OpenAI) or "info|warning|error" (Azure classic).
struct JobEvent
{
    enum class Level { Unknown, Info, Warning, Error };

    QString id;
    QString object = QStringLiteral("fine_tuning.job.event");
    qint64 createdAt = 0;
    QString level = QStringLiteral("info");
    QString message;
    QString type = QStringLiteral("message"); // message | metrics
    RawJson data;
    RawJson extra;

    Level levelKind() const;
    bool isMetrics() const { return type == u"metrics"; }

    static JobEvent fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
