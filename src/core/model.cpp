#include "model.h"

#include "jsonutil.h"

namespace ft::core {

bool Model::isFineTuned() const
{
    return !fineTuneJobId.isEmpty() || id.startsWith(QStringLiteral("ft:"))
        || id.contains(QStringLiteral(".ft-"));
}

Model Model::fromJson(const nlohmann::ordered_json &v)
{
    Model m;
    m.id = js::str(v, "id");
    m.object = js::str(v, "object", m.object);
    m.created = js::optInt(v, "created").value_or(js::int64(v, "created_at"));
    m.ownedBy = js::str(v, "owned_by");
    m.status = js::str(v, "status");
    m.baseModel = js::str(v, "model");
    m.fineTuneJobId = js::str(v, "fine_tune");
    m.lifecycleStatus = js::str(v, "lifecycle_status");
    if (const auto *c = js::find(v, "capabilities"); c && c->is_object()) {
        for (auto it = c->begin(); it != c->end(); ++it) {
            if (it.value().is_boolean())
                m.capabilities.insert(QString::fromStdString(it.key()), it.value().get<bool>());
        }
    }
    if (const auto *d = js::find(v, "deprecation"))
        m.deprecation = RawJson(*d);
    m.extra = js::extras(v,
                         {"id", "object", "created", "created_at", "owned_by", "status", "model", "fine_tune",
                          "lifecycle_status", "capabilities", "deprecation"});
    return m;
}

nlohmann::ordered_json Model::toJson() const
{
    js::Json o = js::Json::object();
    o["id"] = js::s(id);
    o["object"] = js::s(object);
    o["created"] = created;
    o["owned_by"] = js::s(ownedBy);
    if (!status.isEmpty())
        o["status"] = js::s(status);
    if (!baseModel.isEmpty())
        o["model"] = js::s(baseModel);
    if (!fineTuneJobId.isEmpty())
        o["fine_tune"] = js::s(fineTuneJobId);
    if (!lifecycleStatus.isEmpty())
        o["lifecycle_status"] = js::s(lifecycleStatus);
    if (!capabilities.isEmpty()) {
        js::Json c = js::Json::object();
        for (auto it = capabilities.begin(); it != capabilities.end(); ++it)
            c[js::s(it.key())] = it.value();
        o["capabilities"] = c;
    }
    if (!deprecation.isNull())
        o["deprecation"] = deprecation.value();
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
