#pragma once

#include "rawjson.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <utility>

namespace ft::core {

// A reinforcement fine-tuning grader (string_check, text_similarity, score_model, python, label_model,
// multi). Fields a type does not use stay empty; anything unknown is kept in `extra`.
struct Grader
{
    enum class Type { Unknown, StringCheck, TextSimilarity, ScoreModel, Python, LabelModel, Multi };

    Type type = Type::Unknown;
    QString typeName; // as sent, also for types this build does not know
    QString name;
    QString input; // string_check, text_similarity
    RawJson inputItems; // score_model, label_model: an array of eval items
    QString reference;
    QString operation; // string_check: eq, ne, like, ilike
    QString evaluationMetric; // text_similarity
    QString model; // score_model, label_model
    QString source; // python
    QString imageTag; // python
    QString calculateOutput; // multi
    QStringList labels;
    QStringList passingLabels;
    QList<double> range;
    RawJson samplingParams;
    QList<std::pair<QString, Grader>> graders; // multi, by name
    RawJson extra;

    static Type typeFromName(QStringView name);
    static QString nameOf(Type type);

    static Grader fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;
    // The grader as indented JSON text, for a person to read or edit; fromJsonText reads such text
    // back (nullopt when it is not a JSON object).
    QString toJsonText() const;
    static std::optional<Grader> fromJsonText(const QString &text);

    // score_model, label_model: the text of the input messages; setPrompt makes them one user message.
    QString promptText() const;
    void setPrompt(const QString &text);

    // What is wrong with this grader, in words for a user; empty when it is well formed.
    QStringList problems() const;
    // Every `{{item.<key>}}` the grader reads, sorted and unique: each must exist in every data line.
    QStringList referencedItemKeys() const;
};

} // namespace ft::core
