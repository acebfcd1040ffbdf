#include "printer.h"

#include "table.h"
#include "terminaltext.h"

#include "core/jsonutil.h"

namespace ft::cli {

namespace {
void writeLine(std::FILE *to, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fputc('\n', to);
    std::fflush(to);
}
} // namespace

Printer::Printer(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{ }

void Printer::print(const nlohmann::ordered_json &object, const QString &text) const
{
    if (m_json)
        printJson(object);
    else
        printLine(text);
}

void Printer::print(const nlohmann::ordered_json &object, const Table &table) const
{
    if (m_json)
        printJson(object);
    else
        printLine(table.render());
}

void Printer::printJson(const nlohmann::ordered_json &value) const
{
    writeLine(m_out, terminalSafeJson(core::js::dump(value, 2)));
}

void Printer::printLine(const QString &text) const
{
    writeLine(m_out, terminalSafe(text, true).toUtf8());
}

void Printer::note(const QString &text) const
{
    writeLine(m_err, terminalSafe(text, true).toUtf8());
}

void Printer::printPlain(const QString &text) const
{
    std::fputs(text.toLocal8Bit().constData(), m_out);
    std::fflush(m_out);
}

} // namespace ft::cli
