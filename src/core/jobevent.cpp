#include "jobevent.h"

#include "jsonutil.h"

namespace ft::core {

JobEvent::Level JobEvent::levelKind() const
{
    if (level == u"info")
        return Level::Info;
    if (level == u"warn" || level == u"warning")
        return Level::Warning;
    if (level == u"error")
        return Level::Error;
    return Level::Unknown;
}

JobEvent JobEvent::fromJson(const nlohmann::ordered_json &v)
{
    JobEvent e;
    e.id = js::str(v, "id");
    e.object = js::str(v, "object", e.object);
    e.createdAt = js::int64(v, "created_at");
    e.level = js::str(v, "level");
    e.message = js::str(v, "message");
    e.type = js::str(v, "type", QStringLiteral("message"));
    if (const auto *d = js::find(v, "data"))
        e.data = RawJson(*d);
    e.extra = js::extras(v, {"id", "object", "created_at", "level", "message", "type", "data"});
    return e;
}

nlohmann::ordered_json JobEvent::toJson() const
{
    js::Json o = js::Json::object();
    o["object"] = js::s(object);
    o["id"] = js::s(id);
    o["created_at"] = createdAt;
    o["level"] = js::s(level);
    o["message"] = js::s(message);
    o["type"] = js::s(type);
    if (!data.isNull())
        o["data"] = data.value();
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
