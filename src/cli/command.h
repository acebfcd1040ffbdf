#pragma once

#include "commandcontext.h"
#include "printer.h"

#include <QCommandLineParser>

#include <nlohmann/json_fwd.hpp>

namespace ft::cli {

class Table;

// The commands of one group (files, jobs, check...) as one run of ftctl uses them. Made when a verb of the
// group runs, as a child of the context: it lives as long as the calls it starts. Its helpers are the
// context's, under short names.
class Command : public QObject
{
    Q_DISABLE_COPY_MOVE(Command)

public:
    explicit Command(CommandContext &context);
    ~Command() override;

protected:
    void finish(int code);
    void usage(const QString &message);
    void fail(const core::ApiError &error);
    void note(const QString &text) const;
    // How a wait goes: the time and the state, on standard error (nothing with --json).
    void noteProgress(const QString &state) const;
    void printJson(const nlohmann::ordered_json &value) const;
    void printLine(const QString &text) const;
    // With --json the object, otherwise the text (or table); then the command is done.
    void done(const nlohmann::ordered_json &object, const QString &text);
    void done(const nlohmann::ordered_json &object, const Table &table);
    qint64 timeoutMs(int fallbackSeconds) const;
    int pollIntervalMs() const;
    const core::UploadStateStore &uploadStates();

    CommandContext &m_context;
    const QCommandLineParser &m_parser;
    const Printer &m_out;
    const bool m_json;
};

} // namespace ft::cli
