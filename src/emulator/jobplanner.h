#pragma once

#include "records.h"
#include "simconfig.h"

#include <QString>

#include <optional>

namespace ft::emu {

class Store;

// The training plan of a job, fixed when its files pass validation: reads and checks the training (and
// validation) file as the service does, counts examples and tokens, and resolves every "auto"
// hyperparameter from the catalog and the simulation's defaults.
class JobPlanner final
{
public:
    struct Refusal
    {
        QString message;
        QString param; // training_file or validation_file
    };

    JobPlanner(Store &store, const SimConfig &config);

    // Plans the job of `record` (its plan, and the job's resolved hyperparameters), or says why its
    // files fail it.
    std::optional<Refusal> plan(JobRecord &record) const;

private:
    struct Stats
    {
        qint64 examples = 0;
        qint64 tokens = 0;
    };

    std::optional<Refusal> scan(const QString &fileId, bool isValidation, const core::Method &method,
                                Stats &stats) const;
    void resolve(JobRecord &record, core::Method &method, const Stats &train, const Stats &valid) const;
    void resolveReinforcement(JobPlan &plan, core::Method &method) const;

    Store &m_store;
    const SimConfig &m_config;
};

} // namespace ft::emu
