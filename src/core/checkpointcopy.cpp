#include "checkpointcopy.h"

#include "jsonutil.h"

namespace ft::core {

bool CheckpointCopy::isFinished() const
{
    return !copiedAccountDetails.isEmpty()
        && std::all_of(copiedAccountDetails.begin(), copiedAccountDetails.end(), [](const Destination &d) {
               return d.status == u"Completed" || d.status == u"Failed";
           });
}

CheckpointCopy CheckpointCopy::fromJson(const nlohmann::ordered_json &v)
{
    CheckpointCopy c;
    c.checkpointedModelName = js::str(v, "checkpointedModelName");
    c.fineTuningJobId = js::str(v, "fineTuningJobId");
    if (const auto *list = js::find(v, "copiedAccountDetails"); list && list->is_array())
        for (const auto &d : *list)
            c.copiedAccountDetails.append(
                {js::str(d, "destinationResourceId"), js::str(d, "region"), js::str(d, "status")});
    return c;
}

nlohmann::ordered_json CheckpointCopy::toJson() const
{
    js::Json list = js::Json::array();
    for (const auto &d : copiedAccountDetails)
        list.push_back(js::Json{{"destinationResourceId", js::s(d.destinationResourceId)},
                                {"region", js::s(d.region)},
                                {"status", js::s(d.status)}});
    return js::Json{{"checkpointedModelName", js::s(checkpointedModelName)},
                    {"fineTuningJobId", js::s(fineTuningJobId)},
                    {"copiedAccountDetails", list}};
}

} // namespace ft::core
