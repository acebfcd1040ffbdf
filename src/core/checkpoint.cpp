#include "checkpoint.h"

#include "jsonfields.h"

namespace ft::core {

namespace {
constexpr js::Field<Checkpoint> kFields[] = {
    {"object", &Checkpoint::object},
    {"id", &Checkpoint::id},
    {"created_at", &Checkpoint::createdAt},
    {"fine_tuned_model_checkpoint", &Checkpoint::fineTunedModelCheckpoint},
    {"step_number", &Checkpoint::stepNumber},
    {"metrics",
     js::Custom<Checkpoint>{[](const js::Json &m, Checkpoint &c) {
                                if (!m.is_object())
                                    return;
                                for (auto it = m.begin(); it != m.end(); ++it) {
                                    if (it.value().is_number())
                                        c.metrics.insert(QString::fromStdString(it.key()),
                                                         it.value().get<double>());
                                }
                            },
                            [](const Checkpoint &c) {
                                js::Json m = js::Json::object();
                                for (auto it = c.metrics.begin(); it != c.metrics.end(); ++it)
                                    m[js::s(it.key())] = it.value();
                                return m;
                            }}},
    {"fine_tuning_job_id", &Checkpoint::fineTuningJobId},
};
} // namespace

Checkpoint Checkpoint::fromJson(const nlohmann::ordered_json &v)
{
    return js::fromFieldsKeepingExtras(v, kFields);
}

nlohmann::ordered_json Checkpoint::toJson() const
{
    return js::fieldsJsonWithExtras(*this, kFields);
}

} // namespace ft::core
