#pragma once

#include "core/grader.h"
#include "core/method.h"

#include <QMap>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace ft::cli {

// Option values more than one command reads, each read and checked once. A returned text is the usage
// error to show; empty when the value is fine (or not given).

// --method: sft, dpo or rft.
QString readMethod(const QCommandLineParser &options, core::MethodType &method);

// A repeatable key=value option (--metadata, --tag), every occurrence into `pairs`.
QString readPairs(const QCommandLineParser &options, const QString &option, QMap<QString, QString> &pairs);

// The grader in a JSON file (--grader-file); nullopt when the file cannot be read or holds no JSON object,
// with what the JSON parser said, if it said anything, in `why`.
std::optional<core::Grader> readGraderFile(const QString &path, QString *why = nullptr);

} // namespace ft::cli
