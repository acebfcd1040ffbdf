#include "capturedoutput.h"

namespace {
QByteArray readAll(std::FILE *f)
{
    std::fflush(f);
    std::rewind(f);
    QByteArray bytes;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
        bytes.append(buffer, qsizetype(n));
    return bytes;
}
} // namespace

CapturedOutput::CapturedOutput()
    : m_out(std::tmpfile())
    , m_err(std::tmpfile())
{ }

CapturedOutput::~CapturedOutput()
{
    std::fclose(m_out);
    std::fclose(m_err);
}

QByteArray CapturedOutput::outText() const
{
    return readAll(m_out);
}

QByteArray CapturedOutput::errText() const
{
    return readAll(m_err);
}
