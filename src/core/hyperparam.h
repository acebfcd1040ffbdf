#pragma once

#include <QString>
#include <QStringView>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

// One hyperparameter as the contract spells it: absent, "auto", or a number.
class HyperParam
{
public:
    enum class Kind { Absent, Auto, Number };

    HyperParam() = default;
    static HyperParam autoValue();
    static HyperParam integer(qint64 value);
    static HyperParam real(double value);

    Kind kind() const { return m_kind; }
    bool isPresent() const { return m_kind != Kind::Absent; }
    bool isAuto() const { return m_kind == Kind::Auto; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isInteger() const { return m_integer; }
    double number() const { return m_number; }

    // "auto", "3", "0.1"; empty when absent.
    QString toString() const;
    // Reads "auto" or a number, as typed by a user; integerOnly refuses fractions.
    static std::optional<HyperParam> parse(QStringView text, bool integerOnly);

    static HyperParam fromJson(const nlohmann::ordered_json &value);
    nlohmann::ordered_json toJson() const;

    friend bool operator==(const HyperParam &, const HyperParam &) = default;

private:
    Kind m_kind = Kind::Absent;
    double m_number = 0;
    bool m_integer = false;
};

} // namespace ft::core
