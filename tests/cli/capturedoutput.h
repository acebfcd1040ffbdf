#pragma once

#include <QByteArray>

#include <cstdio>

// Two temporary files standing in for ftctl's standard output and standard error.
class CapturedOutput final
{
public:
    CapturedOutput();
    ~CapturedOutput();
    CapturedOutput(const CapturedOutput &) = delete;
    CapturedOutput &operator=(const CapturedOutput &) = delete;

    std::FILE *out() const { return m_out; }
    std::FILE *err() const { return m_err; }
    QByteArray outText() const;
    QByteArray errText() const;

private:
    std::FILE *m_out;
    std::FILE *m_err;
};
