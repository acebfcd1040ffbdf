#include "deployment.h"

#include "jsonutil.h"

namespace ft::core {

nlohmann::ordered_json tagsToJson(const QMap<QString, QString> &tags)
{
    js::Json o = js::Json::object();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        o[js::s(it.key())] = js::s(it.value());
    return o;
}

bool Deployment::isFinal() const
{
    return provisioningState == u"Succeeded" || provisioningState == u"Failed"
        || provisioningState == u"Canceled";
}

Deployment Deployment::fromJson(const nlohmann::ordered_json &v)
{
    Deployment d;
    d.id = js::str(v, "id");
    d.name = js::str(v, "name");
    d.type = js::str(v, "type", d.type);
    if (const auto *sku = js::find(v, "sku"); sku && sku->is_object()) {
        d.skuName = js::str(*sku, "name");
        d.skuCapacity = js::optInt(*sku, "capacity");
    }
    if (const auto *p = js::find(v, "properties"); p && p->is_object()) {
        d.properties = RawJson(*p);
        d.provisioningState = js::str(*p, "provisioningState");
        if (const auto *m = js::find(*p, "model"); m && m->is_object()) {
            d.modelFormat = js::str(*m, "format");
            d.modelName = js::str(*m, "name");
            d.modelVersion = js::str(*m, "version");
            d.modelSource = js::str(*m, "source");
        }
    }
    d.tags = js::strMap(v, "tags");
    d.extra = js::extras(v, {"id", "name", "type", "sku", "properties", "tags"});
    return d;
}

nlohmann::ordered_json Deployment::toPutBody() const
{
    js::Json sku = js::Json::object();
    sku["name"] = js::s(skuName);
    if (skuCapacity)
        sku["capacity"] = *skuCapacity;
    js::Json model = js::Json::object();
    model["format"] = js::s(modelFormat.isEmpty() ? QStringLiteral("OpenAI") : modelFormat);
    model["name"] = js::s(modelName);
    if (!modelVersion.isEmpty())
        model["version"] = js::s(modelVersion);
    if (!modelSource.isEmpty())
        model["source"] = js::s(modelSource);
    js::Json body{{"sku", sku}, {"properties", js::Json{{"model", model}}}};
    if (!tags.isEmpty())
        body["tags"] = tagsToJson(tags);
    return body;
}

std::optional<QDateTime> Deployment::createdAt() const
{
    if (!extra.isObject())
        return std::nullopt;
    const js::Json *system = js::find(extra.value(), "systemData");
    const QString text = system ? js::str(*system, "createdAt") : QString();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

nlohmann::ordered_json Deployment::toJson() const
{
    js::Json o = toPutBody();
    js::Json props = properties.isObject() ? properties.value() : js::Json::object();
    props["model"] = o["properties"]["model"];
    if (!provisioningState.isEmpty())
        props["provisioningState"] = js::s(provisioningState);
    o["properties"] = props;
    o["id"] = js::s(id);
    o["name"] = js::s(name);
    o["type"] = js::s(type);
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
