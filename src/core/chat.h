#pragma once

#include "rawjson.h"

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

struct ChatMessage
{
    QString role;
    QString content;
};

// POST /chat/completions, the parts the playground uses.
struct ChatRequest
{
    QString model; // a deployment name on Azure, a model name on OpenAI
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<qint64> maxTokens;

    static ChatRequest fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

struct ChatUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
};

struct ChatCompletion
{
    QString id;
    QString object = QStringLiteral("chat.completion");
    qint64 created = 0;
    QString model;
    QString content; // choices[0].message.content
    QString finishReason; // choices[0].finish_reason
    ChatUsage usage;
    RawJson extra;

    static ChatCompletion fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
};

} // namespace ft::core
