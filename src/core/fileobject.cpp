#include "fileobject.h"

#include "jsonutil.h"

namespace ft::core {

File File::fromJson(const nlohmann::ordered_json &v)
{
    File f;
    f.id = js::str(v, "id");
    f.object = js::str(v, "object", f.object);
    f.bytes = js::optInt(v, "bytes");
    f.createdAt = js::int64(v, "created_at");
    f.expiresAt = js::optInt(v, "expires_at");
    f.filename = js::str(v, "filename");
    f.purpose = js::str(v, "purpose");
    f.status = js::str(v, "status");
    f.statusDetails = js::str(v, "status_details");
    f.extra = js::extras(v,
                         {"id", "object", "bytes", "created_at", "expires_at", "filename", "purpose",
                          "status", "status_details"});
    return f;
}

nlohmann::ordered_json File::toJson() const
{
    js::Json o = js::Json::object();
    o["id"] = js::s(id);
    o["object"] = js::s(object);
    o["bytes"] = js::optOrNull(bytes);
    o["created_at"] = createdAt;
    if (expiresAt)
        o["expires_at"] = *expiresAt;
    o["filename"] = js::s(filename);
    o["purpose"] = js::s(purpose);
    o["status"] = js::s(status);
    if (!statusDetails.isEmpty())
        o["status_details"] = js::s(statusDetails);
    js::mergeExtras(o, extra);
    return o;
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
