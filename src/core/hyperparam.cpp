#include "hyperparam.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace ft::core {

HyperParam HyperParam::autoValue()
{
    HyperParam p;
    p.m_kind = Kind::Auto;
    return p;
}

HyperParam HyperParam::integer(qint64 value)
{
    HyperParam p;
    p.m_kind = Kind::Number;
    p.m_number = double(value);
    p.m_integer = true;
    return p;
}

HyperParam HyperParam::real(double value)
{
    HyperParam p;
    p.m_kind = Kind::Number;
    p.m_number = value;
    return p;
}

QString HyperParam::toString() const
{
    switch (m_kind) {
    case Kind::Absent:
        return {};
    case Kind::Auto:
        return QStringLiteral("auto");
    case Kind::Number:
        return m_integer ? QString::number(qint64(m_number)) : QString::number(m_number, 'g', 12);
    }
    return {};
}

std::optional<HyperParam> HyperParam::parse(QStringView text, bool integerOnly)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"auto", Qt::CaseInsensitive) == 0)
        return autoValue();
    bool ok = false;
    if (integerOnly) {
        const qint64 v = t.toLongLong(&ok);
        return ok ? std::optional(integer(v)) : std::nullopt;
    }
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return real(v);
}

HyperParam HyperParam::fromJson(const nlohmann::ordered_json &value)
{
    if (value.is_string() && value.get_ref<const std::string &>() == "auto")
        return autoValue();
    if (value.is_number_integer())
        return integer(value.get<qint64>());
    if (value.is_number_float())
        return real(value.get<double>());
    return {};
}

nlohmann::ordered_json HyperParam::toJson() const
{
    switch (m_kind) {
    case Kind::Absent:
        return nullptr;
    case Kind::Auto:
        return "auto";
    case Kind::Number:
        if (m_integer)
            return qint64(m_number);
        return m_number;
    }
    return nullptr;
}

} // namespace ft::core
