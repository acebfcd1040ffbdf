#include "jobevent.h"

#include "jsonfields.h"

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

namespace {
constexpr js::Field<JobEvent> kFields[] = {
    {"object", &JobEvent::object},
    {"id", &JobEvent::id},
    {"created_at", &JobEvent::createdAt},
    {"level", &JobEvent::level},
    {"message", &JobEvent::message},
    {"type", &JobEvent::type},
    {"data", &JobEvent::data, js::Write::IfSet},
};
} // namespace

JobEvent JobEvent::fromJson(const nlohmann::ordered_json &v)
{
    JobEvent e;
    e.level.clear(); // an event that names no level has none (unlike one made here, which is info)
    js::readFields(v, e, kFields);
    e.extra = js::extrasBesides(v, kFields);
    return e;
}

nlohmann::ordered_json JobEvent::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kFields);
}

} // namespace ft::core
