#include "checkpoint.h"

#include "jsonutil.h"

namespace ft::core {

Checkpoint Checkpoint::fromJson(const nlohmann::ordered_json &v)
{
    Checkpoint c;
    c.id = js::str(v, "id");
    c.object = js::str(v, "object", c.object);
    c.createdAt = js::int64(v, "created_at");
    c.fineTunedModelCheckpoint = js::str(v, "fine_tuned_model_checkpoint");
    c.stepNumber = js::int64(v, "step_number");
    if (const auto *m = js::find(v, "metrics"); m && m->is_object()) {
        for (auto it = m->begin(); it != m->end(); ++it) {
            if (it.value().is_number())
                c.metrics.insert(QString::fromStdString(it.key()), it.value().get<double>());
        }
    }
    c.fineTuningJobId = js::str(v, "fine_tuning_job_id");
    c.extra = js::extras(v,
                         {"id", "object", "created_at", "fine_tuned_model_checkpoint", "step_number",
                          "metrics", "fine_tuning_job_id"});
    return c;
}

nlohmann::ordered_json Checkpoint::toJson() const
{
    js::Json o = js::Json::object();
    o["object"] = js::s(object);
    o["id"] = js::s(id);
    o["created_at"] = createdAt;
    o["fine_tuned_model_checkpoint"] = js::s(fineTunedModelCheckpoint);
    o["step_number"] = stepNumber;
    js::Json m = js::Json::object();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        m[js::s(it.key())] = it.value();
    o["metrics"] = m;
    o["fine_tuning_job_id"] = js::s(fineTuningJobId);
    js::mergeExtras(o, extra);
    return o;
}

} // namespace ft::core
