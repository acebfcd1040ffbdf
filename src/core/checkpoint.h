#pragma once

#include "rawjson.h"

#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ft::core {

// fine_tuning.job.checkpoint: a model saved at the end of an epoch, with the metrics of that step.
struct Checkpoint
{
    QString id;
    QString object = QStringLiteral("fine_tuning.job.checkpoint");
    qint64 createdAt = 0;
    QString fineTunedModelCheckpoint;
    qint64 stepNumber = 0;
    QMap<QString, double> metrics;
    QString fineTuningJobId;
    RawJson extra;

    static Checkpoint fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
