#include "deploymentpatch.h"

#include "deployment.h"
#include "jsonutil.h"

namespace ft::core {

nlohmann::ordered_json DeploymentPatch::toJson() const
{
    js::Json o = js::Json::object();
    if (!skuName.isEmpty() || skuCapacity) {
        js::Json sku = js::Json::object();
        if (!skuName.isEmpty())
            sku["name"] = js::s(skuName);
        if (skuCapacity)
            sku["capacity"] = *skuCapacity;
        o["sku"] = sku;
    }
    if (tags)
        o["tags"] = tagsToJson(*tags);
    return o;
}

} // namespace ft::core
