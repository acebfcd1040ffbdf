#include "commandcontext.h"

#include "printer.h"
#include "terminaltext.h"

#include "core/apierror.h"
#include "core/uploadstate.h"

#include <QCommandLineParser>

namespace ft::cli {

CommandContext::CommandContext(const QCommandLineParser &options, Printer &printer, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(printer)
{ }

CommandContext::~CommandContext() = default;

void CommandContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    emit finished(code);
}

void CommandContext::usage(const QString &message)
{
    m_printer.note(QStringLiteral("ftctl: %1\nRun ftctl --help for the commands and options.").arg(message));
    finish(2);
}

void CommandContext::fail(const core::ApiError &error)
{
    m_printer.note(
        QStringLiteral("ftctl: %1").arg(terminalSafe(error.toString()))); // one line, whatever was said
    finish(error.kind == core::ApiError::Kind::InvalidArgument ? 2 : 1);
}

qint64 CommandContext::timeoutMs(int fallbackSeconds) const
{
    bool ok = false;
    const double s = m_options.value(QStringLiteral("timeout")).toDouble(&ok);
    return qint64((ok && s > 0 ? s : fallbackSeconds) * 1000.0);
}

int CommandContext::pollIntervalMs() const
{
    bool ok = false;
    const double interval = m_options.value(QStringLiteral("interval")).toDouble(&ok);
    return int((ok && interval > 0 ? interval : 2.0) * 1000);
}

const core::UploadStateStore &CommandContext::uploadStates()
{
    if (!m_uploadStates)
        m_uploadStates = std::make_unique<core::UploadStateStore>(core::UploadStateStore::defaultDirectory());
    return *m_uploadStates;
}

} // namespace ft::cli
