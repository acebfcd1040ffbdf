#include "armoperationstatus.h"

#include "jsonutil.h"

namespace ft::core {

bool ArmOperationStatus::isTerminal() const
{
    for (const char *end : {"Succeeded", "Failed", "Canceled", "Cancelled"}) {
        if (status.compare(QLatin1String(end), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ArmOperationStatus ArmOperationStatus::fromJson(const nlohmann::ordered_json &v)
{
    ArmOperationStatus s;
    s.id = js::str(v, "id");
    s.name = js::str(v, "name");
    s.status = js::str(v, "status");
    s.startTime = js::str(v, "startTime");
    s.endTime = js::str(v, "endTime");
    s.percentComplete = js::optNum(v, "percentComplete");
    if (const auto *e = js::find(v, "error"); e && e->is_object()) {
        s.errorCode = js::str(*e, "code");
        s.errorMessage = js::str(*e, "message");
        s.errorTarget = js::str(*e, "target");
        if (const auto *details = js::find(*e, "details"); details && details->is_array()) {
            for (const auto &d : *details) {
                const QString m = js::str(d, "message");
                if (!m.isEmpty())
                    s.errorDetails << m;
            }
        }
    }
    s.extra = js::extras(v, {"id", "name", "status", "startTime", "endTime", "percentComplete", "error"});
    return s;
}

nlohmann::ordered_json ArmOperationStatus::toJson() const
{
    js::Json o{{"id", js::s(id)}, {"name", js::s(name)}, {"status", js::s(status)}};
    if (!startTime.isEmpty())
        o["startTime"] = js::s(startTime);
    if (!endTime.isEmpty())
        o["endTime"] = js::s(endTime);
    if (percentComplete)
        o["percentComplete"] = *percentComplete;
    if (!errorCode.isEmpty() || !errorMessage.isEmpty()) {
        js::Json e{{"code", js::s(errorCode)}, {"message", js::s(errorMessage)}};
        if (!errorTarget.isEmpty())
            e["target"] = js::s(errorTarget);
        js::Json details = js::Json::array();
        for (const QString &d : errorDetails)
            details.push_back(js::Json{{"message", js::s(d)}});
        if (!details.empty())
            e["details"] = details;
        o["error"] = e;
    }
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
