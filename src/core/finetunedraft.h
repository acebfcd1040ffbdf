#pragma once

#include "finetuningjob.h"
#include "grader.h"
#include "method.h"
#include "responseformat.h"

#include <QMap>
#include <QString>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// Where a training or validation file comes from.
struct DataSource
{
    enum class Kind { None, Existing, Local, Import, Split };

    Kind kind = Kind::None;
    QString fileId; // Existing (or Local once uploaded)
    QString fileName; // for display
    QString localPath; // Local
    QUrl importUrl; // Import (Azure classic)
    int splitPercent = 10; // Split: the share of the training file held out for validation

    bool isSet() const { return kind != Kind::None; }
    static QString kindName(Kind kind);
    static Kind kindFromName(QStringView name);
};

// Everything the wizard has been told so far. Saved as the user goes, so a crash loses nothing; it
// never holds a secret.
struct FineTuneDraft
{
    enum class AutoDeploy { Off, GlobalStandard, Developer };

    MethodType method = MethodType::Supervised;
    QString model;
    QString trainingType;
    DataSource training;
    DataSource validation;
    QString suffix;
    std::optional<qint64> seed;
    bool customHyperparameters = false;
    Hyperparameters hyperparameters;
    std::optional<Grader> grader; // reinforcement
    ResponseFormat responseFormat; // reinforcement, optional
    QString wandbProject;
    QString wandbName;
    QString wandbEntity;
    QStringList wandbTags;
    QMap<QString, QString> metadata;
    AutoDeploy autoDeploy = AutoDeploy::Off;
    QString deploymentName;
    int page = 0;
    qint64 savedAt = 0;

    // The job request once both files have ids. `azure` decides whether trainingType is sent.
    CreateJobRequest toRequest(const QString &trainingFileId, const QString &validationFileId,
                               bool azure) const;

    // Reads every version written so far (the first kept the grader and response format as JSON text).
    static FineTuneDraft fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
    QByteArray toBytes() const;
    static std::optional<FineTuneDraft> fromBytes(QByteArrayView bytes);
};

} // namespace ft::core
