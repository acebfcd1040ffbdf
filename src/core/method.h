#pragma once

#include "grader.h"
#include "hyperparam.h"
#include "rawjson.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

enum class MethodType { Unknown, Supervised, Dpo, Reinforcement };

QString methodTypeName(MethodType type); // "supervised", "dpo", "reinforcement"
MethodType methodTypeFromName(QStringView name);

// Hyperparameters of every method; a method uses the ones the contract gives it.
struct Hyperparameters
{
    HyperParam batchSize;
    HyperParam learningRateMultiplier;
    HyperParam nEpochs;
    HyperParam beta; // dpo
    HyperParam l2Multiplier; // dpo, Azure
    HyperParam computeMultiplier; // reinforcement
    HyperParam evalInterval; // reinforcement
    HyperParam evalSamples; // reinforcement
    QString reasoningEffort; // reinforcement: default, low, medium, high
    RawJson extra;

    bool isEmpty() const;
    static Hyperparameters fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

// `method: {type, <type>: {hyperparameters, grader?, response_format?}}`
struct Method
{
    MethodType type = MethodType::Supervised;
    QString typeName = QStringLiteral("supervised");
    Hyperparameters hyperparameters;
    std::optional<Grader> grader; // reinforcement
    RawJson responseFormat; // reinforcement, optional
    RawJson extra; // unknown keys of the <type> block
    RawJson outerExtra; // unknown keys next to `type`

    static Method ofType(MethodType type);
    static Method fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
