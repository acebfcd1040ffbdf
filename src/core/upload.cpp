#include "upload.h"

#include "jsonfields.h"

namespace ft::core {

namespace {
constexpr js::Field<Upload> kUploadFields[] = {
    {"id", &Upload::id},
    {"object", &Upload::object},
    {"bytes", &Upload::bytes},
    {"created_at", &Upload::createdAt},
    {"expires_at", &Upload::expiresAt},
    {"filename", &Upload::filename},
    {"purpose", &Upload::purpose},
    {"status", &Upload::status},
    {"file",
     js::Custom<Upload>{[](const js::Json &f, Upload &u) {
                            if (f.is_object())
                                u.file = File::fromJson(f);
                        },
                        [](const Upload &u) { return u.file ? u.file->toJson() : js::Json(nullptr); }}},
};

constexpr js::Field<UploadPart> kPartFields[] = {
    {"id", &UploadPart::id},
    {"object", &UploadPart::object},
    {"created_at", &UploadPart::createdAt},
    {"upload_id", &UploadPart::uploadId},
    {"azure_block_id", &UploadPart::azureBlockId, js::Write::IfSet},
};
} // namespace

Upload Upload::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFieldsKeepingExtras(v, kUploadFields);
}

nlohmann::ordered_json Upload::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kUploadFields);
}

UploadPart UploadPart::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFieldsKeepingExtras(v, kPartFields);
}

nlohmann::ordered_json UploadPart::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kPartFields);
}

} // namespace ft::core
