#include "model.h"

#include "jsonfields.h"

namespace ft::core {

bool Model::isFineTuned() const
{
    return !fineTuneJobId.isEmpty() || id.startsWith(QStringLiteral("ft:"))
        || id.contains(QStringLiteral(".ft-"));
}

namespace {
constexpr js::Field<Model> kFields[] = {
    {"id", &Model::id},
    {"object", &Model::object},
    {"created", &Model::created},
    {"owned_by", &Model::ownedBy},
    {"status", &Model::status, js::Write::IfSet},
    {"model", &Model::baseModel, js::Write::IfSet},
    {"fine_tune", &Model::fineTuneJobId, js::Write::IfSet},
    {"lifecycle_status", &Model::lifecycleStatus, js::Write::IfSet},
    {"capabilities",
     js::Custom<Model>{[](const js::Json &c, Model &m) {
                           if (!c.is_object())
                               return;
                           for (auto it = c.begin(); it != c.end(); ++it) {
                               if (it.value().is_boolean())
                                   m.capabilities.insert(QString::fromStdString(it.key()),
                                                         it.value().get<bool>());
                           }
                       },
                       [](const Model &m) {
                           if (m.capabilities.isEmpty())
                               return js::Json(nullptr);
                           js::Json c = js::Json::object();
                           for (auto it = m.capabilities.begin(); it != m.capabilities.end(); ++it)
                               c[js::s(it.key())] = it.value();
                           return c;
                       }},
     js::Write::IfSet},
    {"deprecation", &Model::deprecation, js::Write::IfSet},
};
} // namespace

Model Model::fromJson(const nlohmann::ordered_json &v)
{
    Model m;
    m.created = js::int64(v, "created_at"); // OpenAI's `created` wins when both are there
    js::readFields(v, m, kFields);
    m.extra = js::extrasBesides(v, kFields, {"created_at"});
    return m;
}

nlohmann::ordered_json Model::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kFields);
}

} // namespace ft::core
