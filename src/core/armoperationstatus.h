#pragma once

#include "rawjson.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// What GET on an ARM operation-status resource (the Azure-AsyncOperation URL) answers:
// {id, name, status, startTime, endTime, percentComplete, error}. `status` is an open string: InProgress,
// Accepted, Running, ... until it is Succeeded, Failed or Canceled.
struct ArmOperationStatus
{
    QString id;
    QString name;
    QString status;
    QString startTime; // ISO 8601, as sent
    QString endTime; // empty while the operation runs
    std::optional<double> percentComplete;
    // The error of a Failed or Canceled operation, in the ARM error shape.
    QString errorCode;
    QString errorMessage;
    QString errorTarget;
    QStringList errorDetails; // the messages of error.details
    RawJson extra;

    bool isTerminal() const;
    bool succeeded() const { return status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0; }

    static ArmOperationStatus fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
