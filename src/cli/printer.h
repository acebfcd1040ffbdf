#pragma once

#include <QString>

#include <cstdio>
#include <nlohmann/json_fwd.hpp>

namespace ft::cli {

class Table;

// Everything ftctl prints goes through here. Standard output gets a readable line or table, or with --json
// the service's own object; standard error gets notes and errors. What services and files say reaches the
// terminal only as terminal-safe text: control characters are written out as visible escapes.
class Printer final
{
public:
    explicit Printer(std::FILE *out = stdout, std::FILE *err = stderr);

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    // With --json the object, otherwise the readable text (or table).
    void print(const nlohmann::ordered_json &object, const QString &text) const;
    void print(const nlohmann::ordered_json &object, const Table &table) const;

    void printJson(const nlohmann::ordered_json &value) const;
    void printLine(const QString &text) const;
    void note(const QString &text) const; // to standard error
    // ftctl's own text (--help, --version) as it is.
    void printPlain(const QString &text) const;

private:
    std::FILE *m_out;
    std::FILE *m_err;
    bool m_json = false;
};

} // namespace ft::cli
