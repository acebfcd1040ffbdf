#pragma once

#include "rawjson.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// A file on the service (`object: "file"`): training data, validation data or a result file.
struct File
{
    QString id;
    QString object = QStringLiteral("file");
    std::optional<qint64> bytes;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
    QString filename;
    QString purpose;
    QString status; // uploaded, pending, running, processed, error, deleting, deleted
    QString statusDetails;
    RawJson extra;

    bool isReady() const { return status.isEmpty() || status == u"processed" || status == u"uploaded"; }
    bool isFailed() const { return status == u"error"; }

    static File fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

// What a DELETE answers: {id, object, deleted}.
struct Deleted
{
    QString id;
    QString object;
    bool deleted = false;

    static Deleted fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
