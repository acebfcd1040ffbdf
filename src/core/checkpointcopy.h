#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ft::core {

// Azure's preview copy of a checkpoint to another resource and region (CopyModelResponse).
struct CheckpointCopy
{
    struct Destination
    {
        QString destinationResourceId;
        QString region;
        QString status; // InProgress, Completed, Failed
    };

    QString checkpointedModelName;
    QString fineTuningJobId;
    QList<Destination> copiedAccountDetails;

    bool isFinished() const;
    static CheckpointCopy fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
