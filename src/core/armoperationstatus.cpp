#include "armoperationstatus.h"

#include "jsonfields.h"

namespace ft::core {

bool ArmOperationStatus::isTerminal() const
{
    for (const char *end : {"Succeeded", "Failed", "Canceled", "Cancelled"}) {
        if (status.compare(QLatin1String(end), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {
void readError(const js::Json &e, ArmOperationStatus &s)
{
    if (!e.is_object())
        return;
    s.errorCode = js::str(e, "code");
    s.errorMessage = js::str(e, "message");
    s.errorTarget = js::str(e, "target");
    if (const auto *details = js::find(e, "details"); details && details->is_array()) {
        for (const auto &d : *details) {
            const QString m = js::str(d, "message");
            if (!m.isEmpty())
                s.errorDetails << m;
        }
    }
}

js::Json errorJson(const ArmOperationStatus &s)
{
    if (s.errorCode.isEmpty() && s.errorMessage.isEmpty())
        return nullptr;
    js::Json e{{"code", js::s(s.errorCode)}, {"message", js::s(s.errorMessage)}};
    if (!s.errorTarget.isEmpty())
        e["target"] = js::s(s.errorTarget);
    js::Json details = js::Json::array();
    for (const QString &d : s.errorDetails)
        details.push_back(js::Json{{"message", js::s(d)}});
    if (!details.empty())
        e["details"] = details;
    return e;
}

constexpr js::Field<ArmOperationStatus> kFields[] = {
    {"id", &ArmOperationStatus::id},
    {"name", &ArmOperationStatus::name},
    {"status", &ArmOperationStatus::status},
    {"startTime", &ArmOperationStatus::startTime, js::Write::IfSet},
    {"endTime", &ArmOperationStatus::endTime, js::Write::IfSet},
    {"percentComplete", &ArmOperationStatus::percentComplete, js::Write::IfSet},
    {"error", js::Custom<ArmOperationStatus>{&readError, &errorJson}, js::Write::IfSet},
};
} // namespace

ArmOperationStatus ArmOperationStatus::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFieldsKeepingExtras(v, kFields);
}

nlohmann::ordered_json ArmOperationStatus::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kFields);
}

} // namespace ft::core
