#pragma once

#include "finetunedraft.h"
#include "sampledata.h"
#include "writeerror.h"

#include <variant>

namespace ft::core {

// A wizard draft for trying a sample: the sample's files written whole to `directory` (the wizard reads
// local files), its method, suggested model, grader (reinforcement) and a suffix that names the sample.
// The draft starts on the training data page, so the data check runs where the user can see it.
std::variant<FineTuneDraft, WriteError> sampleDraft(const SampleData &sample, const QString &directory,
                                                    int trainingPage);

} // namespace ft::core
