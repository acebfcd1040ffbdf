#pragma once

#include <QObject>

#include <memory>

class QCommandLineParser;

namespace ft::core {
struct ApiError;
class UploadStateStore;
} // namespace ft::core

namespace ft::cli {

class Printer;

// What every command of one ftctl run shares: the options, the one printer and the exit code. A command
// ends the run with finish(), usage() or fail(); the first of them sets the code, later ones are ignored.
class CommandContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandContext)

public:
    CommandContext(const QCommandLineParser &options, Printer &printer, QObject *parent = nullptr);
    ~CommandContext() override;

    const QCommandLineParser &options() const { return m_options; }
    Printer &printer() const { return m_printer; }

    void finish(int code);
    // A usage error (exit 2): the message and where to find the commands, on standard error.
    void usage(const QString &message);
    // What the service (or the client, before sending) said, on one line of standard error; exit 1, or 2
    // when the client refused an argument before anything was sent.
    void fail(const core::ApiError &error);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    // --timeout in milliseconds, or the fallback when it is not a positive number.
    qint64 timeoutMs(int fallbackSeconds) const;
    // --interval in milliseconds (2 s when it is not a positive number).
    int pollIntervalMs() const;
    // The states of unfinished chunked uploads, read when first needed.
    const core::UploadStateStore &uploadStates();

signals:
    void finished(int exitCode);

private:
    const QCommandLineParser &m_options;
    Printer &m_printer;
    std::unique_ptr<core::UploadStateStore> m_uploadStates;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace ft::cli
