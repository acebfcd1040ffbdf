#include "fileobject.h"

#include "jsonfields.h"

namespace ft::core {

namespace {
constexpr js::Field<File> kFields[] = {
    {"id", &File::id},
    {"object", &File::object},
    {"bytes", &File::bytes},
    {"created_at", &File::createdAt},
    {"expires_at", &File::expiresAt, js::Write::IfSet},
    {"filename", &File::filename},
    {"purpose", &File::purpose},
    {"status", &File::status},
    {"status_details", &File::statusDetails, js::Write::IfSet},
};
} // namespace

File File::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFieldsKeepingExtras(v, kFields);
}

nlohmann::ordered_json File::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kFields);
}

Deleted Deleted::fromJson(const nlohmann::ordered_json &v)
{
    Deleted d;
    d.id = js::str(v, "id");
    d.object = js::str(v, "object");
    d.deleted = js::optBool(v, "deleted").value_or(false);
    return d;
}

nlohmann::ordered_json Deleted::toJson() const
{
    return js::Json{{"id", js::s(id)}, {"object", js::s(object)}, {"deleted", deleted}};
}

} // namespace ft::core
