#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace ft::core {

// An opaque JSON value carried through typed objects: unknown fields of a service object, or values
// whose shape the app does not interpret (event data, a grader's sampling parameters). Copies share
// the immutable value. Front ends only ever see it as text.
class RawJson
{
public:
    RawJson();
    explicit RawJson(nlohmann::ordered_json value);

    bool isNull() const;
    bool isObject() const;
    bool isEmpty() const; // null, or an object/array without members
    const nlohmann::ordered_json &value() const;

    QByteArray toBytes(int indent = -1) const;

    static RawJson parse(QByteArrayView text, bool *ok = nullptr);

private:
    std::shared_ptr<const nlohmann::ordered_json> m_value;
};

} // namespace ft::core
