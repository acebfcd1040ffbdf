#include "upload.h"

#include "jsonutil.h"

namespace ft::core {

Upload Upload::fromJson(const nlohmann::ordered_json &v)
{
    Upload u;
    u.id = js::str(v, "id");
    u.object = js::str(v, "object", u.object);
    u.bytes = js::int64(v, "bytes");
    u.createdAt = js::int64(v, "created_at");
    u.expiresAt = js::int64(v, "expires_at");
    u.filename = js::str(v, "filename");
    u.purpose = js::str(v, "purpose");
    u.status = js::str(v, "status");
    if (const auto *f = js::find(v, "file"); f && f->is_object())
        u.file = File::fromJson(*f);
    u.extra = js::extras(
        v, {"id", "object", "bytes", "created_at", "expires_at", "filename", "purpose", "status", "file"});
    return u;
}

nlohmann::ordered_json Upload::toJson() const
{
    js::Json o = js::Json::object();
    o["id"] = js::s(id);
    o["object"] = js::s(object);
    o["bytes"] = bytes;
    o["created_at"] = createdAt;
    o["expires_at"] = expiresAt;
    o["filename"] = js::s(filename);
    o["purpose"] = js::s(purpose);
    o["status"] = js::s(status);
    o["file"] = file ? file->toJson() : js::Json(nullptr);
    js::mergeExtras(o, extra);
    return o;
}

UploadPart UploadPart::fromJson(const nlohmann::ordered_json &v)
{
    UploadPart p;
    p.id = js::str(v, "id");
    p.object = js::str(v, "object", p.object);
    p.createdAt = js::int64(v, "created_at");
    p.uploadId = js::str(v, "upload_id");
    p.azureBlockId = js::str(v, "azure_block_id");
    p.extra = js::extras(v, {"id", "object", "created_at", "upload_id", "azure_block_id"});
    return p;
}

nlohmann::ordered_json UploadPart::toJson() const
{
    js::Json o = js::Json::object();
    o["id"] = js::s(id);
    o["object"] = js::s(object);
    o["created_at"] = createdAt;
    o["upload_id"] = js::s(uploadId);
    if (!azureBlockId.isEmpty())
        o["azure_block_id"] = js::s(azureBlockId);
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
