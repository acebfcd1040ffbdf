#pragma once

#include "httpexchange.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace ft::emu {

// The schema check the service runs on a create-job body before anything else: every field of the
// CreateFineTuningJobRequest (and Azure's trainingType) with the JSON type the schema gives it, each
// hyperparameter "auto" or a number of its kind within its range — the deprecated top-level
// `hyperparameters` as well as those under `method` —, metadata a map of at most 16 strings, integrations
// an array of wandb objects, and a suffix without control characters. The first field found wrong is
// answered with 400 naming it in `param`.
std::optional<ErrorSpec> checkCreateJobBody(const nlohmann::ordered_json &body);

} // namespace ft::emu
