#pragma once

#include "httpexchange.h"
#include "records.h"

#include <nlohmann/json_fwd.hpp>

namespace ft::emu {

class Simulator;

// A job and its events as each surface shows them: Azure classic's status words, its spelling of
// organisation_id and suffix, hyperparameters typed as numbers ("auto" as -1) and no nulls; OpenAI
// without Azure's trainingType.
class JobPresenter final
{
public:
    explicit JobPresenter(Simulator &simulator);

    nlohmann::ordered_json job(const JobRecord &record, Surface surface);
    static nlohmann::ordered_json event(const core::JobEvent &event, Surface surface);

private:
    static void classicShape(nlohmann::ordered_json &o, const core::FineTuningJob &job);

    Simulator &m_simulator;
};

} // namespace ft::emu
