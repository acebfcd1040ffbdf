#pragma once

#include "core/pathsegment.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace ft::cli {

// Ids and names from the command line go into URL paths: they are checked before anything is sent.

// The kind of the id a command takes as its first argument ("files delete ID"), if it takes one.
std::optional<core::PathSegment::Kind> idArgumentKind(const QString &group, const QString &verb);

// Why an option that names part of the ARM target (--arm-subscription, --arm-resource-group,
// --arm-account) cannot be used: given but empty, or not a valid name. Empty when all are fine.
QString armOptionsProblem(const QCommandLineParser &parser);

} // namespace ft::cli
