#pragma once

#include "fileobject.h"
#include "rawjson.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// An Upload (`object: "upload"`): parts are added to it, then it is completed into a File.
struct Upload
{
    QString id;
    QString object = QStringLiteral("upload");
    qint64 bytes = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    QString filename;
    QString purpose;
    QString status; // pending, completed, cancelled, expired
    std::optional<File> file;
    RawJson extra;

    static Upload fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

struct UploadPart
{
    QString id;
    QString object = QStringLiteral("upload.part");
    qint64 createdAt = 0;
    QString uploadId;
    QString azureBlockId;
    RawJson extra;

    static UploadPart fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
