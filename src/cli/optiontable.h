#pragma once

#include <QString>

class QCommandLineParser;

namespace ft::cli {

// ftctl's options, one vocabulary for every command (a command reads the ones it uses), and --help with
// `commands`, the lines of every command group.
void addOptions(QCommandLineParser &parser, const QString &commands);

} // namespace ft::cli
