#include "command.h"

#include "commandcontext.h"
#include "printer.h"

#include <QDateTime>

namespace ft::cli {

Command::Command(CommandContext &context)
    : QObject(&context)
    , m_context(context)
    , m_parser(context.options())
    , m_out(context.printer())
    , m_json(context.printer().json())
{ }

Command::~Command() = default;

void Command::finish(int code)
{
    m_context.finish(code);
}

void Command::usage(const QString &message)
{
    m_context.usage(message);
}

void Command::fail(const core::ApiError &error)
{
    m_context.fail(error);
}

void Command::note(const QString &text) const
{
    m_out.note(text);
}

void Command::noteProgress(const QString &state) const
{
    if (!m_json)
        note(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                                          state));
}

void Command::printJson(const nlohmann::ordered_json &value) const
{
    m_out.printJson(value);
}

void Command::printLine(const QString &text) const
{
    m_out.printLine(text);
}

void Command::done(const nlohmann::ordered_json &object, const QString &text)
{
    m_out.print(object, text);
    finish(0);
}

void Command::done(const nlohmann::ordered_json &object, const Table &table)
{
    m_out.print(object, table);
    finish(0);
}

qint64 Command::timeoutMs(int fallbackSeconds) const
{
    return m_context.timeoutMs(fallbackSeconds);
}

int Command::pollIntervalMs() const
{
    return m_context.pollIntervalMs();
}

const core::UploadStateStore &Command::uploadStates()
{
    return m_context.uploadStates();
}

} // namespace ft::cli
